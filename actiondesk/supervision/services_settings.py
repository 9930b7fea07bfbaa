"""Writes behind the supervision settings pages: plan settings and one indicator's schedule, bands and values."""
from django.core.exceptions import ValidationError
from django.db import transaction

from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal, clean_integer
from actiondesk.org.choices import Role
from actiondesk.plans.kinds import kind_of
from actiondesk.supervision.models import (
    IndicatorSchedule,
    LastYearValue,
    ReferenceValue,
    SupervisionSettings,
)
from actiondesk.supervision.progress import validate_schedule
from actiondesk.supervision.scoring import score_components
from actiondesk.supervision.services_plan import _role_in_zone

SETTINGS_FIELDS = ("due_day", "normal_band", "severe_band", "weight_on_time", "weight_progress", "weight_support",
                   "weight_overdue", "weight_returned", "escalate_after_days", "milestone_severe_days")
WEIGHTS = ("weight_on_time", "weight_progress", "weight_support", "weight_overdue", "weight_returned")
COMPONENT_WEIGHT_MAX = 1000


def _check_bands(normal, severe, errors):
    if normal is not None and normal < 0:
        errors["normal_band"] = "正常区间不能为负"
    if severe is not None and severe < 0:
        errors["severe_band"] = "严重滞后界限不能为负"
    if normal is not None and severe is not None and severe < normal:
        errors["severe_band"] = "严重滞后界限须不小于正常区间"


@transaction.atomic
def supervision_settings_update(*, plan, acting_user, component_weights: dict | None = None,
                                **fields) -> SupervisionSettings:
    """Thresholds, score weights, due day and escalation of a plan; only the zone's admin changes them.
    ``component_weights``: {weight setting: weight} of the score components higher apps register."""
    _role_in_zone(acting_user, plan.zone_id, (Role.ADMIN,), "只有管理员可以修改督导设置")
    unknown = set(fields) - set(SETTINGS_FIELDS)
    if unknown:
        raise ValueError(f"unknown settings: {sorted(unknown)}")
    obj = SupervisionSettings.objects.filter(plan=plan).first()
    created = obj is None
    obj = obj or SupervisionSettings(plan=plan)
    before = {} if created else snapshot(obj, (*SETTINGS_FIELDS, "component_weights"))
    errors = {}
    for name, value in fields.items():
        try:
            if name in ("normal_band", "severe_band"):
                value = clean_decimal(value, model=SupervisionSettings, field=name, min=0, max=100, required=True)
            else:
                value = clean_integer(value, model=SupervisionSettings, field=name, min=0, required=True)
        except ValidationError as exc:
            errors.update(exc.message_dict)
            continue
        setattr(obj, name, value)
    if component_weights:
        known = {c.weight_setting for c in score_components()}
        weights = dict(obj.component_weights or {})
        for name, value in component_weights.items():
            if name not in known:
                raise ValueError(f"unknown score component: {name}")
            try:
                weights[name] = clean_integer(value, model=SupervisionSettings, field="weight_support", min=0,
                                              max=COMPONENT_WEIGHT_MAX, required=True)
            except ValidationError as exc:
                errors[f"component_{name}"] = exc.messages
        obj.component_weights = weights
    if errors:
        raise ValidationError(errors)
    if not 1 <= int(obj.due_day) <= 28:
        errors["due_day"] = "截止日须在1–28日之间"
    _check_bands(obj.normal_band, obj.severe_band, errors)
    if sum(int(getattr(obj, w)) for w in WEIGHTS) == 0:
        errors["weight_on_time"] = "权重须为非负整数且不能全为0"
    if errors:
        raise ValidationError(errors)
    obj.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE if created else AuditAction.UPDATE, instance=obj,
                 before=before, after=snapshot(obj, (*SETTINGS_FIELDS, "component_weights")), note="督导设置")
    return obj


def _monthly(values: dict | None, model) -> dict:
    """{month: Decimal | None} with months 1–12 only."""
    result = {}
    for month, value in (values or {}).items():
        month = int(month)
        if not 1 <= month <= 12:
            raise ValidationError(f"月份须为1–12：{month}")
        result[month] = clean_decimal(value, model=model, field="value")
    return result


def _replace_monthly(model, indicator, values: dict) -> dict:
    before = {str(m): str(v) for m, v in model.objects.filter(indicator=indicator).values_list("month", "value")}
    model.objects.filter(indicator=indicator, month__in=[m for m, v in values.items() if v is None]).delete()
    for month, value in values.items():
        if value is not None:
            model.objects.update_or_create(indicator=indicator, month=month, defaults={"value": value})
    after = {str(m): str(v) for m, v in model.objects.filter(indicator=indicator).values_list("month", "value")}
    return {"before": before, "after": after}


@transaction.atomic
def indicator_settings_update(*, indicator, acting_user, shares=None, normal_band=None, severe_band=None,
                              last_year: dict | None = None, references: dict | None = None) -> IndicatorSchedule | None:
    """One indicator's 序时进度 schedule (12 cumulative shares ending at 1), colour bands overriding the
    plan's, last year's monthly cumulative values (growth-rate targets) and monthly reference values
    (relative targets). Empty shares and bands fall back to the plan's; an empty month is removed."""
    _role_in_zone(acting_user, indicator.plan.zone_id, (Role.ADMIN,), "只有管理员可以修改指标设置")
    errors = {}
    if shares:
        try:
            shares = [str(s) for s in validate_schedule(shares)]
        except (ValueError, ArithmeticError) as exc:
            errors["shares"] = str(exc)
    for name, value in (("normal_band", normal_band), ("severe_band", severe_band)):
        try:
            clean_decimal(value, model=IndicatorSchedule, field=name, min=0, max=100)
        except ValidationError as exc:
            errors.update(exc.message_dict)
    if errors:
        raise ValidationError(errors)
    normal_band = clean_decimal(normal_band, model=IndicatorSchedule, field="normal_band")
    severe_band = clean_decimal(severe_band, model=IndicatorSchedule, field="severe_band")
    _check_bands(normal_band, severe_band, errors)
    last_year, references = _monthly(last_year, LastYearValue), _monthly(references, ReferenceValue)
    if any(v is not None for v in last_year.values()) and not kind_of(indicator.kind).takes_last_year:
        errors["last_year"] = "只有增速类指标需要上年同期值"
    if any(v is not None and v <= 0 for v in last_year.values()):
        errors["last_year"] = "上年同期值须大于0"
    if any(v is not None for v in references.values()) and not kind_of(indicator.kind).takes_reference:
        errors["references"] = "只有相对目标指标需要参照值"
    if errors:
        raise ValidationError(errors)
    current = IndicatorSchedule.objects.filter(indicator=indicator).first()
    before = snapshot(current, ("shares", "normal_band", "severe_band")) if current else {}
    schedule = None
    if shares or normal_band is not None or severe_band is not None:
        schedule, _created = IndicatorSchedule.objects.update_or_create(
            indicator=indicator, defaults={"shares": shares or None, "normal_band": normal_band,
                                           "severe_band": severe_band})
    elif current:
        current.delete()
    after = snapshot(schedule, ("shares", "normal_band", "severe_band")) if schedule else {}
    changes = {"last_year": _replace_monthly(LastYearValue, indicator, last_year),
               "references": _replace_monthly(ReferenceValue, indicator, references)}
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=indicator, note="指标督导设置",
                 before={**before, **{k: v["before"] for k, v in changes.items()}},
                 after={**after, **{k: v["after"] for k, v in changes.items()}})
    return schedule
