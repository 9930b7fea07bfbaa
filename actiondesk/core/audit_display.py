"""Audit entries in the reader's words: field labels and before → after values, never raw JSON or Python values."""
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from actiondesk.core.audit import changed_fields


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


def _field(model, key):
    if model is None:
        return None
    for name in (key, key[:-3] if key.endswith("_id") else None):
        if not name:
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if hasattr(field, "verbose_name"):  # not a reverse relation that happens to share the key
            return field
    return None


def _text(value, field, related: dict) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("是") if value else _("否")
    if field is not None and field.is_relation and field.many_to_one:
        obj = related.get((field.related_model, value))
        return str(obj) if obj is not None else _("编号%(id)s（已删除）") % {"id": value}
    if field is not None and getattr(field, "choices", None):
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, list):
        return "、".join(_text(v, None, related) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}：{_text(v, None, related)}" for k, v in value.items())
    if isinstance(value, str) and (field is None or isinstance(field, models.DateTimeField)):
        return _moment(value) or value
    return str(value)


def _moment(text: str) -> str | None:
    """A snapshot's ISO timestamp (stored in UTC) in the zone's time to the minute, as pages show times."""
    if "T" not in text:
        return None
    try:
        parsed = parse_datetime(text)
    except ValueError:
        return None
    if parsed is None:
        return None
    return (timezone.localtime(parsed) if timezone.is_aware(parsed) else parsed).strftime("%Y-%m-%d %H:%M")


# Keys that services record beside a model's own fields (accounts, lockouts, imports, explanations).
COMMON_LABELS = {"role": _lazy("角色"), "department": _lazy("部门"), "username": _lazy("用户名"),
                 "is_active": _lazy("启用"), "cleared_attempts": _lazy("清除的登录失败次数"),
                 "value_reasons": _lazy("数值变动说明"), "user": _lazy("用户"), "name": _lazy("名称"),
                 "prefix": _lazy("令牌前缀"), "expires_at": _lazy("到期时间"), "revoked_at": _lazy("撤销时间")}


def _label(model, field, key) -> str:
    """The field's verbose name; for a foreign key left with Django's default ("reviewed by"), the related model's
    name; for keys a model adds to its snapshots, the label it declares in ``audit_labels``."""
    if field is not None:
        label = str(field.verbose_name)
        if field.is_relation and label == field.name.replace("_", " "):
            label = str(field.related_model._meta.verbose_name)
        return label
    return str(getattr(model, "audit_labels", {}).get(key) or COMMON_LABELS.get(key, key))


def describe(entries) -> list[tuple]:
    """[(entry, [Change, …])] for a page of entries; related objects are read in one query per model."""
    entries = list(entries)
    wanted: dict = {}
    plan = []
    for entry in entries:
        model = entry.content_type.model_class() if entry.content_type_id else None
        before, after = entry.before or {}, entry.after or {}
        if entry.before and entry.after:
            keys = changed_fields(before, after)
        else:  # a creation or deletion: the values it had, without ids and empty fields
            keys = [k for k in sorted(set(before) | set(after))
                    if k != "id" and (before.get(k) or after.get(k)) not in (None, "", [], {})]
        fields = [(key, _field(model, key)) for key in keys]
        for key, field in fields:
            if field is not None and field.is_relation and field.many_to_one:
                for value in (before.get(key), after.get(key)):
                    if value not in (None, ""):
                        wanted.setdefault(field.related_model, set()).add(value)
        plan.append((entry, model, before, after, fields))
    related = {}
    for model, ids in wanted.items():
        for pk, obj in model._default_manager.in_bulk([i for i in ids if str(i).isdigit()]).items():
            related[(model, pk)] = obj
    return [(entry, [Change(_label(model, field, key), _text(before.get(key), field, related),
                            _text(after.get(key), field, related)) for key, field in fields])
            for entry, model, before, after, fields in plan]
