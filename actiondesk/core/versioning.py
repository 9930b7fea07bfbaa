"""Optimistic locking: two people editing one record never silently overwrite each other.

A model inherits ``Versioned`` (a ``version`` column). Its update service takes ``expected_version``
(keyword, ``None`` = the caller does not know it, e.g. the CLI or a demo), locks the row, calls
``check_version`` and ``bump`` before saving. A stale version raises ``StaleVersion`` — a ValidationError
"已被他人修改" that carries the current row and the fields where it differs from what the caller tried to
save, so a page re-renders with the other person's values and the diff (``core/stale_changes.html``).
The API sends ``ETag: "v<version>"`` on GET and reads ``If-Match`` on writes (412 when stale, optional so
existing clients keep working).
"""
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class EditVersionField(models.PositiveIntegerField):
    """The edit counter; ``core.audit.snapshot`` leaves it out so audit rows keep showing real changes."""


class Versioned(models.Model):
    # db_default: the bulk import writes rows with COPY/executemany and never names this column.
    version = EditVersionField(_("编辑版本"), default=1, db_default=1, editable=False)

    class Meta:
        abstract = True


@dataclass(frozen=True)
class FieldChange:
    name: str
    label: str
    yours: str
    theirs: str


class StaleVersion(ValidationError):
    """The record was saved by someone else since the caller read it."""

    def __init__(self, current, changes: list[FieldChange]):
        super().__init__(gettext("已被他人修改（现为第 %(version)s 版），请核对下列差异后再保存")
                         % {"version": current.version}, code="stale")
        self.current = current
        self.changes = changes


def shown(value) -> str:
    """A plain value as a person reads it: 60, not 60.0000; empty as "—"."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def display(instance, name: str, value) -> str:
    """A field's value as a person reads it: choice labels, related objects by name."""
    field = instance._meta.get_field(name)
    if field.choices and value not in (None, ""):
        return str(dict(field.flatchoices).get(value, value))
    return shown(value)


def field_changes(current, values: dict) -> list[FieldChange]:
    """The fields where the stored row differs from the values the caller wanted to save."""
    changes = []
    for name, yours in values.items():
        theirs = getattr(current, name, None)
        if getattr(yours, "pk", yours) == getattr(theirs, "pk", theirs) or yours in (None, "") and theirs in (None, ""):
            continue
        label = str(current._meta.get_field(name).verbose_name)
        changes.append(FieldChange(name, label, display(current, name, yours), display(current, name, theirs)))
    return changes


def lock(instance):
    """The current row, locked until the transaction ends (PostgreSQL; SQLite serializes writers anyway)."""
    return type(instance)._default_manager.select_for_update().get(pk=instance.pk)


def check_version(current, expected_version, values: dict | None = None, changes=None) -> None:
    """Refuse a write based on an older version; ``changes`` (a callable) overrides the field diff."""
    if expected_version is None or expected_version == "":
        return
    try:
        expected = int(expected_version)
    except (TypeError, ValueError):
        raise ValidationError(gettext("版本号无效：%(value)s") % {"value": expected_version})
    if expected != current.version:
        raise StaleVersion(current, changes() if changes else field_changes(current, values or {}))


def bump(instance) -> None:
    """Called by the service on every save (under ``lock``)."""
    instance.version = (instance.version or 0) + 1


class VersionFormMixin(forms.Form):
    """A hidden ``version`` field: the form carries the version it was rendered with."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = getattr(self, "instance", None)
        if instance is not None and instance.pk:
            self.fields["version"].initial = instance.version

    def expected_version(self):
        return self.cleaned_data.get("version")


def etag(instance) -> str:
    return f'"v{instance.version}"'


def if_match_version(request) -> int | None:
    """The version named by an ``If-Match`` header; ``None`` when absent or ``*`` (optional for old clients).
    A header that names no version of ours can never match: -1 makes the service refuse it (412)."""
    header = (request.headers.get("If-Match") or "").strip()
    if not header or header == "*":
        return None
    tag = header.split(",")[0].strip().removeprefix("W/").strip('"')
    return int(tag[1:]) if tag[:1] == "v" and tag[1:].isdigit() else -1
