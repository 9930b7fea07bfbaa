"""Writes: every change to the registry goes through here, validated, audited, in one transaction."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, ensure_role, is_system
from actiondesk.core.values import check_instance
from actiondesk.core.versioning import bump, check_version, lock
from actiondesk.enterprises import uscc
from actiondesk.enterprises.choices import VALIDITY_YEARS
from actiondesk.enterprises.imports.columns import section_for
from actiondesk.enterprises.ladders import defaults
from actiondesk.enterprises.ladders.expressions import ExpressionError, to_python
from actiondesk.enterprises.models import (
    Certification,
    Criterion,
    Enterprise,
    EnterpriseYearFigures,
    Ladder,
    PolicyNote,
    RuleSet,
    Rung,
)
from actiondesk.enterprises.models.permissions import keeps_pool
from actiondesk.org.choices import Role
from actiondesk.parks.selectors import resolve_park

ENTERPRISE_FIELDS = ("credit_code", "name", "former_names", "industry_code", "park", "address", "registered_on",
                     "contact_name", "contact_phone", "scale_status", "scale_entered_on", "leader")


# Figures that cannot be negative (net profit can).
NON_NEGATIVE_FIGURES = ("revenue", "main_revenue", "tax", "rnd_expense", "employees", "tech_staff", "total_assets",
                        "liabilities", "hightech_revenue", "ip_class1", "ip_class2", "equity_financing", "energy_tce")


def _require_keeper(user, zone_id):
    if is_system(user):
        return
    access = access_for(user)
    if not keeps_pool(access) or access.zone_id != zone_id:
        raise PermissionDenied("无权修改企业培育库")


@transaction.atomic
def ladders_load_defaults(*, zone_id: int, acting_user) -> int:
    """Create the default ladders, rungs, 2022/2026 rule sets and criteria for a zone that has none."""
    ensure_role(acting_user, zone_id, Role.ADMIN, message="只有管理员可以载入默认梯度标准")
    if Ladder.objects.filter(zone_id=zone_id).exists():
        return 0
    count = 0
    for position, spec in enumerate(defaults.LADDERS):
        ladder = Ladder.objects.create(zone_id=zone_id, code=spec["code"], name=spec["name"], position=position)
        for rung_position, rung_spec in enumerate(spec["rungs"]):
            rung = Rung.objects.create(ladder=ladder, kind=rung_spec["kind"], position=rung_position)
            for rs in rung_spec["rule_sets"]:
                rule_set = RuleSet.objects.create(rung=rung, version=rs["version"], effective_from=rs["effective_from"],
                                                  effective_to=rs["effective_to"], document=rs["document"],
                                                  note=rs["note"])
                Criterion.objects.bulk_create([Criterion(
                    rule_set=rule_set, position=i, label=r["label"], expression=r["expression"],
                    operator=r["operator"], threshold=r["threshold"], unit=r["unit"], condition=r["condition"],
                    alternative_group=r["group"], evidence=r["evidence"], unverified=r["unverified"],
                    source=r["source"]) for i, r in enumerate(rs["rules"])])
                count += len(rs["rules"])
    return count


def _clean_enterprise(values: dict, zone_id: int):
    if "park" in values:  # a Park of the zone, or its name in the registry
        values["park"] = resolve_park(zone_id, values["park"])
    code = values.get("credit_code")
    if code is not None:
        reason = uscc.check(code)
        if reason:
            raise ValidationError({"credit_code": f"统一社会信用代码无效：{reason}"})
    if "industry_code" in values:
        values["industry_section"] = section_for(values["industry_code"] or "")


@transaction.atomic
def enterprise_create(*, zone, acting_user, **values) -> Enterprise:
    _require_keeper(acting_user, zone.pk)
    _clean_enterprise(values, zone.pk)
    enterprise = Enterprise(zone=zone, **values)
    check_instance(enterprise)
    enterprise.full_clean()
    enterprise.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=enterprise, after=snapshot(enterprise))
    return enterprise


@transaction.atomic
def enterprise_update(*, enterprise: Enterprise, acting_user, expected_version: int | None = None,
                      **values) -> Enterprise:
    """Edit an enterprise's base data. ``expected_version``: the version the editor read; a newer stored one
    refuses the edit (StaleVersion)."""
    ensure_can_edit(acting_user, enterprise, "无权修改企业培育库")
    unknown = set(values) - set(ENTERPRISE_FIELDS)
    if unknown:
        raise ValidationError(f"不可修改的字段：{', '.join(sorted(unknown))}")
    enterprise = lock(enterprise)
    check_version(enterprise, expected_version, values)
    _clean_enterprise(values, enterprise.zone_id)
    ensure_in_zone(enterprise.zone_id, leader=values.get("leader"))
    audited = [f.name for f in Enterprise._meta.concrete_fields if f.name != "updated_at"]
    before = snapshot(enterprise, audited)
    for key, value in values.items():
        setattr(enterprise, key, value)
    check_instance(enterprise)
    enterprise.full_clean()
    bump(enterprise)
    enterprise.save()
    audit_update(actor=acting_user, instance=enterprise, before=before, fields=audited)
    return enterprise


@transaction.atomic
def figures_save(*, enterprise: Enterprise, year: int, acting_user, **values) -> EnterpriseYearFigures:
    ensure_can_edit(acting_user, enterprise, "无权修改企业培育库")
    row = EnterpriseYearFigures.objects.filter(enterprise=enterprise, year=year).first()
    created = row is None
    row = row or EnterpriseYearFigures(enterprise=enterprise, year=year)
    before = snapshot(row)
    for key, value in values.items():
        setattr(row, key, value)
    check_instance(row, years=("year",))
    for name in NON_NEGATIVE_FIGURES:
        clean_decimal(getattr(row, name), model=EnterpriseYearFigures, field=name, min=0)
    row.full_clean()
    row.save()
    if created:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=row, after=snapshot(row))
    else:
        audit_update(actor=acting_user, instance=row, before=before)
    return row


def default_expiry(kind: str, granted_on: datetime.date) -> datetime.date | None:
    years = VALIDITY_YEARS.get(kind)
    if not years:
        return None
    try:
        return granted_on.replace(year=granted_on.year + years) - datetime.timedelta(days=1)
    except ValueError:  # 29 February
        return granted_on.replace(year=granted_on.year + years, day=28)


@transaction.atomic
def certification_add(*, enterprise: Enterprise, acting_user, kind: str, granted_on: datetime.date,
                      expires_on=None, **values) -> Certification:
    ensure_can_edit(acting_user, enterprise, "无权修改企业培育库")
    cert = Certification(enterprise=enterprise, kind=kind, granted_on=granted_on,
                         expires_on=expires_on or default_expiry(kind, granted_on), **values)
    if cert.expires_on and cert.expires_on < cert.granted_on:
        raise ValidationError({"expires_on": "有效期至不能早于认定日期"})
    check_instance(cert, years=("registration_year",))
    cert.full_clean()
    cert.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=cert, after=snapshot(cert))
    return cert


@transaction.atomic
def policy_note_save(*, enterprise: Enterprise, acting_user, note: PolicyNote | None = None, **values) -> PolicyNote:
    """一企一策: keepers create notes; a note is then edited by its owner department (or an admin)."""
    if note is None:
        ensure_can_edit(acting_user, enterprise, "无权修改企业培育库")
        note = PolicyNote(enterprise=enterprise, created_by=acting_user if getattr(acting_user, "pk", None) else None)
        before = None
    else:
        ensure_can_edit(acting_user, note, "无权修改该条一企一策")
        before = snapshot(note)
    ensure_in_zone(enterprise.zone_id, owner_department=values.get("owner_department"))
    for key, value in values.items():
        setattr(note, key, value)
    check_instance(note)
    note.full_clean()
    note.save()
    if before is None:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=note, after=snapshot(note))
    else:
        audit_update(actor=acting_user, instance=note, before=before)
    return note


@transaction.atomic
def criterion_update(*, criterion: Criterion, acting_user, **values) -> Criterion:
    """A zone admin edits a criterion; the expression must stay inside the rule language."""
    ensure_can_edit(acting_user, criterion, "只有管理员可以修改梯度标准")
    before = snapshot(criterion)
    for key, value in values.items():
        setattr(criterion, key, value)
    for field in ("expression", "condition"):
        text = getattr(criterion, field)
        if text:
            try:
                to_python(text)
            except ExpressionError as exc:
                raise ValidationError({field: str(exc)}) from exc
    check_instance(criterion)
    criterion.full_clean()
    criterion.save()
    audit_update(actor=acting_user, instance=criterion, before=before)
    return criterion
