"""On PostgreSQL the database itself refuses UPDATE and DELETE of audit rows.

The only update allowed is a foreign key becoming NULL (deleting a user sets actor to NULL; the name stays
in actor_name). TRUNCATE fires no row trigger, so an operator's reset and the test suite's flush still work.
SQLite relies on the ORM layer (AuditEntry.save/delete and its queryset).
"""
from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION core_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
       AND (NEW.content_type_id IS NULL OR NEW.content_type_id = OLD.content_type_id)
       AND (to_jsonb(NEW) - 'actor_id' - 'content_type_id') = (to_jsonb(OLD) - 'actor_id' - 'content_type_id') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'core_auditentry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS core_auditentry_append_only ON core_auditentry;
CREATE TRIGGER core_auditentry_append_only BEFORE UPDATE OR DELETE ON core_auditentry
    FOR EACH ROW EXECUTE FUNCTION core_auditentry_append_only();
"""
DROP = """
DROP TRIGGER IF EXISTS core_auditentry_append_only ON core_auditentry;
DROP FUNCTION IF EXISTS core_auditentry_append_only();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):

    dependencies = [("core", "0003_tokens_hashed_audit_append_only")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
