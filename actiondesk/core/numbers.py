"""The one check for numbers entering through a form, the API or an import (called in the service).

A value must be a finite number that fits the model field it is stored in (max_digits, decimal_places)
and lies within the domain's sane range; otherwise a ValidationError names the field and says why.
"""
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

# Domain ranges the services pass as ``min``/``max``.
PERCENT_MIN, PERCENT_MAX = Decimal(-100), Decimal(10000)  # growth rates and ratios, in percent
# PositiveIntegerField and friends are 32-bit on every database we run on.
# (subclasses first: BigIntegerField is an IntegerField).
INTEGER_LIMITS = {models.SmallIntegerField: 32767, models.BigIntegerField: 9223372036854775807,
                  models.IntegerField: 2147483647}


def rounded(value, places: int, rounding=ROUND_HALF_EVEN) -> Decimal:
    """``value`` rounded to ``places`` decimals, however large (quantize alone fails past 28 digits, so a
    bad stored value would fail the page that formats it); non-finite values are returned unchanged."""
    value = value if isinstance(value, Decimal) else Decimal(str(value))
    if not value.is_finite():
        return value
    with localcontext() as context:
        context.prec = max(28, value.adjusted() + places + 2)
        return value.quantize(Decimal(1).scaleb(-places), rounding=rounding)


class NumberProblem(Exception):
    """Why a raw value is refused (the reason alone, without field or value)."""


def _parse(raw) -> Decimal | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise NumberProblem(_("不是数字"))
    try:
        value = raw if isinstance(raw, Decimal) else Decimal(str(raw).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        raise NumberProblem(_("不是数字"))
    if not value.is_finite():
        raise NumberProblem(_("不是有限的数字"))
    return value


def _fits(value: Decimal, model_field, round_places: bool = False) -> None:
    digits = getattr(model_field, "max_digits", None)
    places = getattr(model_field, "decimal_places", None)
    if digits is not None and places is not None and value != 0:
        _sign, digit_tuple, exponent = value.normalize().as_tuple()
        decimals = max(-exponent, 0)
        whole = max(len(digit_tuple) + exponent, 0)
        if decimals > places and not round_places:
            raise NumberProblem(_("最多保留 %(places)s 位小数") % {"places": places})
        if whole > digits - places:
            raise NumberProblem(_("超出范围（整数部分最多 %(digits)s 位）") % {"digits": digits - places})
    if isinstance(model_field, models.IntegerField):
        if value != value.to_integral_value():
            raise NumberProblem(_("须为整数"))
        limit = next((v for cls, v in INTEGER_LIMITS.items() if isinstance(model_field, cls)), INTEGER_LIMITS[
            models.IntegerField])
        if abs(value) > limit:
            raise NumberProblem(_("超出范围"))


def decimal_problem(raw, *, model, field: str, min=None, max=None, integral: bool = False,
                    round_places: bool = False) -> str | None:
    """The reason ``raw`` is refused for ``model.field`` (None when it is acceptable or empty).
    ``round_places``: the caller rounds to the field's places (spreadsheet floats), so more are fine."""
    try:
        _checked(raw, model._meta.get_field(field), min, max, integral, round_places)
    except NumberProblem as exc:
        return str(exc)
    return None


def _checked(raw, model_field, min, max, integral, round_places=False) -> Decimal | None:
    value = _parse(raw)
    if value is None:
        return None
    if integral and value != value.to_integral_value():
        raise NumberProblem(_("须为整数"))
    if min is not None and value < Decimal(min):
        raise NumberProblem(_("不能为负数") if Decimal(min) == 0 else _("不能小于 %(min)s") % {"min": min})
    if max is not None and value > Decimal(max):
        raise NumberProblem(_("不能大于 %(max)s") % {"max": max})
    _fits(value, model_field, round_places)
    return value


def clean_decimal(raw, *, model, field: str, min: Decimal | int | None = None, max: Decimal | int | None = None,
                  integral: bool = False, required: bool = False) -> Decimal | None:
    """``raw`` (form text, int, float or Decimal) as a Decimal that ``model.field`` can store, within
    [min, max]; None when empty. Reads max_digits/decimal_places (or the integer range) from the model
    field and rounds nothing silently: more decimal places than the field keeps are refused."""
    model_field = model._meta.get_field(field)
    label = str(getattr(model_field, "verbose_name", "") or field)
    try:
        value = _checked(raw, model_field, min, max, integral)
    except NumberProblem as exc:
        raise ValidationError({field: _("%(label)s：“%(value)s”%(reason)s") % {
            "label": label, "value": raw, "reason": exc}}) from None
    if value is None and required:
        raise ValidationError({field: _("%(label)s：请填写") % {"label": label}})
    return value


def clean_integer(raw, *, model, field: str, min: int | None = None, max: int | None = None,
                  required: bool = False) -> int | None:
    value = clean_decimal(raw, model=model, field=field, min=min, max=max, integral=True, required=required)
    return None if value is None else int(value)


def schema_field(model, field: str, default=None, *, ge=None, le=None):
    """A pydantic/ninja Field carrying the same limits as ``model.field`` (digits, places, integer range,
    finite), so an API schema cannot drift from what the service accepts."""
    from pydantic import Field

    model_field = model._meta.get_field(field)
    kwargs = {"description": str(model_field.verbose_name)}
    if isinstance(model_field, models.DecimalField):
        kwargs.update(allow_inf_nan=False, max_digits=model_field.max_digits,
                      decimal_places=model_field.decimal_places)
    elif isinstance(model_field, models.IntegerField):
        limit = next(v for cls, v in INTEGER_LIMITS.items() if isinstance(model_field, cls))
        positive = (models.PositiveIntegerField, models.PositiveSmallIntegerField, models.PositiveBigIntegerField)
        low = 0 if isinstance(model_field, positive) else -limit
        ge = low if ge is None else max(ge, low)
        le = limit if le is None else min(le, limit)
    return Field(default, ge=ge, le=le, **kwargs)
