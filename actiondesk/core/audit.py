"""Audit trail: services call ``audit_record`` in the same transaction as the change they make."""
import datetime
import decimal
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import models

from actiondesk.core.language import SYSTEM_NAME
from actiondesk.core.models import AuditAction, AuditEntry
from actiondesk.core.versioning import EditVersionField


def to_json_value(value):
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json_value(v) for k, v in value.items()}
    return value


def snapshot(instance: models.Model, fields=None) -> dict:
    """The instance's concrete field values as JSON-ready data (foreign keys as ids)."""
    data = {}
    for field in instance._meta.concrete_fields:
        if (fields is not None and field.name not in fields) or isinstance(field, EditVersionField):
            continue
        data[field.attname if field.is_relation else field.name] = to_json_value(getattr(instance, field.attname))
    for field in instance._meta.many_to_many:
        if fields is not None and field.name not in fields:
            continue
        if instance.pk:
            data[field.name] = sorted(str(o) for o in getattr(instance, field.name).all())
    return data


def changed_fields(before: dict | None, after: dict | None) -> list[str]:
    before, after = before or {}, after or {}
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def audit_record(
    *,
    actor,
    action: str,
    instance: models.Model | None = None,
    before: dict | None = None,
    after: dict | None = None,
    note: str = "",
    zone=None,
    batch: dict | None = None,
    model: type[models.Model] | None = None,
) -> AuditEntry:
    target_model = model or (type(instance) if instance is not None else None)
    if zone is None and instance is not None:
        zone = _zone_of(instance)
    return AuditEntry.objects.create(
        zone=zone,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=_actor_name(actor),
        action=action,
        content_type=ContentType.objects.get_for_model(target_model) if target_model else None,
        object_id=str(instance.pk) if instance is not None and instance.pk is not None else "",
        object_repr=str(instance)[:300] if instance is not None else "",
        before=to_json_value(before) if before is not None else None,
        after=to_json_value(after) if after is not None else None,
        note=note,
        batch=to_json_value(batch) if batch is not None else None,
    )


def audit_update(*, actor, instance, before: dict, note: str = "", fields=None) -> AuditEntry | None:
    """Record an update when something changed; only the changed fields are kept."""
    after = snapshot(instance, fields)
    keys = changed_fields(before, after)
    if not keys:
        return None
    return audit_record(
        actor=actor,
        action=AuditAction.UPDATE,
        instance=instance,
        before={k: before.get(k) for k in keys},
        after={k: after.get(k) for k in keys},
        note=note,
    )


def entries_for(instance: models.Model):
    ct = ContentType.objects.get_for_model(type(instance))
    return AuditEntry.objects.filter(content_type=ct, object_id=str(instance.pk)).select_related("actor")


def _actor_name(actor) -> str:
    if actor is None:
        return SYSTEM_NAME
    if isinstance(actor, str):
        return actor
    full = actor.get_full_name() if hasattr(actor, "get_full_name") else ""
    return full or getattr(actor, "username", str(actor))


def _zone_of(instance):
    path = getattr(type(instance), "scope_zone", None)
    if path is None:
        return None
    if path == "":  # the zone itself (audit sits below org, so it knows the zone only by this declaration)
        return instance
    obj = instance
    for part in path.split("__"):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj
