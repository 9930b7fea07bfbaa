"""The one check for text and dates entering through a form, the API or an import, and ``check_instance``,
which applies it (and core.numbers) to every field of a model instance before a service saves it.

Control characters break PostgreSQL (NUL) and exports; bidi overrides make a name read differently from
what it is (U+202E turns "exe.txt" around). Dates far outside reason are typing errors.
"""
import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

from actiondesk.core.numbers import clean_decimal

# C0 controls except tab, newline and carriage return; DEL and C1 controls; bidi embeddings, overrides
# and isolates (U+202A–U+202E, U+2066–U+2069).
UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def text_problem(value: str) -> str | None:
    """Why the text is refused, or None."""
    match = UNSAFE_TEXT.search(value or "")
    if match is None:
        return None
    char = match.group()
    kind = _("双向控制字符") if "\u202a" <= char <= "\u2069" else _("控制字符")
    return _("含有不允许的%(kind)s U+%(code)s（第%(position)s个字符）") % {
        "kind": kind, "code": f"{ord(char):04X}", "position": match.start() + 1}


def clean_text(value, *, field: str, label: str = "") -> str:
    if value is None:
        return value
    problem = text_problem(str(value))
    if problem:
        raise ValidationError({field: _("%(label)s：%(problem)s") % {"label": label or field, "problem": problem}})
    return value


def date_window() -> tuple[datetime.date, datetime.date]:
    return (datetime.date.fromisoformat(settings.ACTIONDESK_DATE_MIN),
            datetime.date.fromisoformat(settings.ACTIONDESK_DATE_MAX))


def date_problem(value) -> str | None:
    if not isinstance(value, datetime.date):
        return None
    day = value.date() if isinstance(value, datetime.datetime) else value
    low, high = date_window()
    if not low <= day <= high:
        return _("“%(day)s”超出允许的日期范围（%(low)s 至 %(high)s）") % {
            "day": day.isoformat(), "low": low.isoformat(), "high": high.isoformat()}
    return None


def clean_date(value, *, field: str, label: str = ""):
    problem = date_problem(value)
    if problem:
        raise ValidationError({field: _("%(label)s：%(problem)s") % {"label": label or field, "problem": problem}})
    return value


def year_problem(value) -> str | None:
    """A year (an integer field holding one) outside the date window."""
    low, high = date_window()
    if value is None:
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        return _("“%(value)s”不是年份") % {"value": value}
    if not low.year <= year <= high.year:
        return _("“%(value)s”超出允许的年份范围（%(low)s–%(high)s）") % {"value": value, "low": low.year,
                                                                      "high": high.year}
    return None


def check_instance(instance, *, exclude=(), years=()) -> None:
    """Refuse unsafe text, out-of-window dates and numbers a field cannot hold, on every concrete field.

    ``years`` names integer fields that hold a year (checked against the date window). Raises one
    ValidationError with every field's message."""
    errors = {}
    for field in instance._meta.concrete_fields:
        if field.name in exclude or field.primary_key or field.is_relation:
            continue
        value = getattr(instance, field.attname)
        if value is None:
            continue
        label = str(field.verbose_name)
        try:
            if isinstance(field, (models.CharField, models.TextField)):
                clean_text(value, field=field.name, label=label)
            elif isinstance(field, models.DateField):
                clean_date(value, field=field.name, label=label)
            elif isinstance(field, (models.DecimalField, models.IntegerField)) and not isinstance(
                    field, models.AutoField):
                clean_decimal(value, model=type(instance), field=field.name)
                if field.name in years and (problem := year_problem(value)):
                    raise ValidationError({field.name: _("%(label)s：%(problem)s") % {"label": label,
                                                                                      "problem": problem}})
            elif isinstance(field, models.JSONField):
                _check_json(value, field.name, label)
        except ValidationError as exc:
            errors.update(exc.message_dict)
    if errors:
        raise ValidationError(errors)


def _check_json(value, name, label) -> None:
    if isinstance(value, str):
        clean_text(value, field=name, label=label)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_json(key, name, label)
            _check_json(item, name, label)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _check_json(item, name, label)
