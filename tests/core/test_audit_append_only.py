"""The audit trail is append-only: no change or deletion through the ORM, admin or (on PostgreSQL) raw SQL."""
import pytest
from django.db import DatabaseError, connection, transaction

from actiondesk.core.audit import audit_record
from actiondesk.core.models import AuditAction, AuditEntry, AuditImmutable

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(zone):
    return audit_record(actor=None, action=AuditAction.UPDATE, instance=zone, note="原始记录")


def test_an_entry_cannot_be_changed_or_deleted_through_the_model(entry):
    entry.note = "改过"
    with pytest.raises(AuditImmutable):
        entry.save()
    with pytest.raises(AuditImmutable):
        entry.delete()
    assert AuditEntry.objects.get(pk=entry.pk).note == "原始记录"


def test_bulk_update_and_delete_are_refused(entry):
    with pytest.raises(AuditImmutable):
        AuditEntry.objects.filter(pk=entry.pk).update(note="改过")
    with pytest.raises(AuditImmutable):
        AuditEntry.objects.all().delete()
    with pytest.raises(AuditImmutable):
        AuditEntry.objects.bulk_update([entry], ["note"])
    assert AuditEntry.objects.filter(pk=entry.pk, note="原始记录").exists()


def test_a_zone_with_an_audit_trail_cannot_be_deleted(entry, zone):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        zone.delete()


def test_deleting_an_account_keeps_its_entries_with_the_name(admin, zone):
    kept = audit_record(actor=admin, action=AuditAction.UPDATE, instance=zone, note="管理员操作")
    admin.delete()
    kept = AuditEntry.objects.get(pk=kept.pk)
    assert kept.actor_id is None and kept.actor_name == "admin"


def test_the_audit_page_offers_no_change(login, admin, entry):
    page = login(admin).get("/audit/").content.decode()
    assert "原始记录" in page and 'method="post"' not in page.split("<main", 1)[1]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL; SQLite uses the ORM layer")
def test_postgresql_refuses_raw_sql_update_and_delete(entry):
    for sql in ("DELETE FROM core_auditentry WHERE id = %s", "UPDATE core_auditentry SET note = 'x' WHERE id = %s"):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [entry.pk])
    assert AuditEntry.objects.filter(pk=entry.pk, note="原始记录").exists()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL")
def test_postgresql_allows_only_clearing_a_deleted_actor(admin, zone):
    kept = audit_record(actor=admin, action=AuditAction.UPDATE, instance=zone)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE core_auditentry SET actor_id = NULL WHERE id = %s", [kept.pk])
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE core_auditentry SET actor_id = NULL, actor_name = 'x' WHERE id = %s", [kept.pk])
