"""Writes of the innovation registries: achievements, platforms, events, technology contracts and talent
(keyword-only, acting_user first, audited). The 场景项目库 is written by services_scenes."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, is_system
from actiondesk.core.values import check_instance, clean_date
from actiondesk.innovation.choices import (
    STAGE_ORDER,
    AchievementStage,
    KeeperArea,
)
from actiondesk.innovation.models import (
    Achievement,
    AchievementAdoption,
    AchievementStageEvent,
    Event,
    HighValueRule,
    Platform,
    TalentRecord,
    TechContract,
    keeps,
)

REGISTRY_DENIED = gettext_lazy("只有科技成果的维护部门（默认产业创新局）和管理员可以修改")
SCENES_DENIED = gettext_lazy("只有场景项目库的维护部门（默认发展改革局）和管理员可以修改")


def _ensure_keeper(acting_user, zone_id: int, area: str) -> None:
    """Creating a row has no instance to check: the user must keep the area in that zone (or be SYSTEM)."""
    if is_system(acting_user):
        return
    access = access_for(acting_user)
    if access is None or access.zone_id != zone_id or not keeps(access, area):
        raise PermissionDenied(str(REGISTRY_DENIED if area == KeeperArea.REGISTRY else SCENES_DENIED))


def _save(instance) -> None:
    check_instance(instance)
    instance.full_clean()
    instance.save()


def _apply(instance, fields: dict, allowed) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    for key, value in fields.items():
        setattr(instance, key, value.strip() if isinstance(value, str) else value)


# --- the 高价值 rule -------------------------------------------------------------------------------

def high_value_rule(zone) -> HighValueRule:
    """The zone's rule (an unsaved default until someone edits it: reads never write)."""
    return HighValueRule.objects.filter(zone=zone).first() or HighValueRule(zone=zone)


def is_high_value(achievement: Achievement, rule: HighValueRule) -> bool:
    return achievement.trl >= rule.min_trl and (achievement.expected_value >= rule.min_expected_value
                                                or achievement.invention_patents >= rule.min_invention_patents)


@transaction.atomic
def high_value_rule_update(*, zone, acting_user, **fields) -> HighValueRule:
    _ensure_keeper(acting_user, zone.pk, KeeperArea.REGISTRY)
    rule = high_value_rule(zone)
    before = snapshot(rule) if rule.pk else None
    _apply(rule, fields, ("min_trl", "min_expected_value", "min_invention_patents"))
    _save(rule)
    for achievement in Achievement.objects.filter(zone=zone):
        flag = is_high_value(achievement, rule)
        if flag != achievement.is_high_value:
            Achievement.objects.filter(pk=achievement.pk).update(is_high_value=flag)
    audit_record(actor=acting_user, action=AuditAction.UPDATE if before else AuditAction.CREATE, instance=rule,
                 before=before, after=snapshot(rule), note=_("高价值成果规则"))
    return rule


# --- achievements ------------------------------------------------------------------------------------------

ACHIEVEMENT_FIELDS = ("code", "title", "description", "institution", "field", "industry", "chain", "trl",
                      "expected_value", "invention_patents", "is_high_tech", "high_tech_on")


@transaction.atomic
def achievement_create(*, zone, acting_user, found_on: datetime.date, evidence: str = "", **fields) -> Achievement:
    """Record an achievement at 挖掘 on ``found_on`` (its first stage event)."""
    _ensure_keeper(acting_user, zone.pk, KeeperArea.REGISTRY)
    ensure_in_zone(zone.pk, chain=fields.get("chain"))
    found_on = clean_date(found_on, field="found_on", label=_("挖掘日期"))
    achievement = Achievement(zone=zone, stage=AchievementStage.MINING, stage_on=found_on)
    _apply(achievement, fields, ACHIEVEMENT_FIELDS)
    achievement.is_high_value = is_high_value(achievement, high_value_rule(zone))
    if achievement.is_high_tech and not achievement.high_tech_on:
        achievement.high_tech_on = found_on
    _save(achievement)
    AchievementStageEvent.objects.create(achievement=achievement, stage=AchievementStage.MINING, on=found_on,
                                         evidence=evidence, recorded_by=_user(acting_user))
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=achievement, after=snapshot(achievement))
    return achievement


@transaction.atomic
def achievement_update(*, achievement: Achievement, acting_user, **fields) -> Achievement:
    ensure_can_edit(acting_user, achievement, str(REGISTRY_DENIED))
    ensure_in_zone(achievement.zone_id, chain=fields.get("chain"))
    achievement = Achievement.objects.select_for_update().get(pk=achievement.pk)
    before = snapshot(achievement)
    _apply(achievement, fields, ACHIEVEMENT_FIELDS)
    achievement.is_high_value = is_high_value(achievement, high_value_rule(achievement.zone))
    if achievement.is_high_tech and not achievement.high_tech_on:
        achievement.high_tech_on = timezone.localdate()
    _save(achievement)
    audit_update(actor=acting_user, instance=achievement, before=before)
    return achievement


@transaction.atomic
def achievement_advance(*, achievement: Achievement, stage: str, on: datetime.date, acting_user, evidence: str = "",
                        reason: str = "") -> AchievementStageEvent:
    """Move an achievement to a later stage (or 终止 with a reason). A stage's date never comes before the
    previous stage's date, and the pipeline never goes back."""
    ensure_can_edit(acting_user, achievement, str(REGISTRY_DENIED))
    achievement = Achievement.objects.select_for_update().get(pk=achievement.pk)
    on = clean_date(on, field="on", label=_("日期"))
    if stage not in AchievementStage.values:
        raise ValidationError({"stage": _("未知的阶段：%(stage)s") % {"stage": stage}})
    if achievement.stage == AchievementStage.TERMINATED:
        raise ValidationError({"stage": _("成果已终止，不能再推进")})
    if stage == AchievementStage.TERMINATED:
        if not (reason or "").strip():
            raise ValidationError({"reason": _("终止须写明原因")})
    elif STAGE_ORDER.index(stage) <= STAGE_ORDER.index(achievement.stage):
        raise ValidationError({"stage": _("阶段只能向后推进：当前为%(current)s") % {
            "current": achievement.get_stage_display()}})
    last = achievement.stage_events.order_by("-on", "-pk").first()
    if last is not None and on < last.on:
        raise ValidationError({"on": _("日期不能早于上一阶段（%(stage)s，%(on)s）") % {
            "stage": last.get_stage_display(), "on": last.on.isoformat()}})
    before = snapshot(achievement, ["stage", "stage_on", "terminated_reason"])
    event = AchievementStageEvent.objects.create(achievement=achievement, stage=stage, on=on,
                                                 evidence=evidence or reason, recorded_by=_user(acting_user))
    achievement.stage, achievement.stage_on = stage, on
    if stage == AchievementStage.TERMINATED:
        achievement.terminated_reason = reason.strip()
    _save(achievement)
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=achievement, before=before,
                 after=snapshot(achievement, ["stage", "stage_on", "terminated_reason"]),
                 note=_("阶段：%(stage)s") % {"stage": event.get_stage_display()})
    return event


@transaction.atomic
def achievement_adopt(*, achievement: Achievement, enterprise, adopted_on: datetime.date, acting_user,
                      is_local: bool = True, note: str = "") -> AchievementAdoption:
    """An enterprise takes the achievement up; several may, and the achievement still counts once."""
    ensure_can_edit(acting_user, achievement, str(REGISTRY_DENIED))
    ensure_in_zone(achievement.zone_id, enterprise=enterprise)
    adopted_on = clean_date(adopted_on, field="adopted_on", label=_("承接日期"))
    if AchievementAdoption.objects.filter(achievement=achievement, enterprise=enterprise).exists():
        raise ValidationError({"enterprise": _("%(name)s 已承接该成果") % {"name": enterprise.name}})
    adoption = AchievementAdoption(achievement=achievement, enterprise=enterprise, adopted_on=adopted_on,
                                   is_local=is_local, note=note)
    _save(adoption)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=achievement, after={
        "enterprise": enterprise.name, "adopted_on": adopted_on, "is_local": is_local}, note=_("成果承接"))
    return adoption


# --- platforms, events, contracts, talent ---------------------------------------------------------------------

PLATFORM_FIELDS = ("name", "kind", "level", "host", "chain", "established_on", "recognized_on", "services")


@transaction.atomic
def platform_create(*, zone, acting_user, **fields) -> Platform:
    _ensure_keeper(acting_user, zone.pk, KeeperArea.REGISTRY)
    ensure_in_zone(zone.pk, chain=fields.get("chain"))
    platform = Platform(zone=zone)
    _apply(platform, fields, PLATFORM_FIELDS)
    _save(platform)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=platform, after=snapshot(platform))
    return platform


@transaction.atomic
def platform_update(*, platform: Platform, acting_user, **fields) -> Platform:
    ensure_can_edit(acting_user, platform, str(REGISTRY_DENIED))
    ensure_in_zone(platform.zone_id, chain=fields.get("chain"))
    before = snapshot(platform)
    _apply(platform, fields, PLATFORM_FIELDS)
    _save(platform)
    audit_update(actor=acting_user, instance=platform, before=before)
    return platform


EVENT_FIELDS = ("title", "kind", "held_on", "organiser", "intentions", "contracts", "outcome")


@transaction.atomic
def event_create(*, zone, acting_user, achievements=(), enterprises=(), **fields) -> Event:
    _ensure_keeper(acting_user, zone.pk, KeeperArea.REGISTRY)
    ensure_in_zone(zone.pk, **{f"achievement_{a.pk}": a for a in achievements},
                   **{f"enterprise_{e.pk}": e for e in enterprises})
    event = Event(zone=zone)
    _apply(event, fields, EVENT_FIELDS)
    _save(event)
    event.achievements.set(achievements)
    event.enterprises.set(enterprises)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=event, after={
        **snapshot(event), "achievements": [a.code for a in achievements], "enterprises": [e.name for e in enterprises]})
    return event


CONTRACT_FIELDS = ("number", "name", "seller", "buyer", "contract_type", "amount", "signed_on")


@transaction.atomic
def contract_create(*, zone, acting_user, **fields) -> TechContract:
    _ensure_keeper(acting_user, zone.pk, KeeperArea.REGISTRY)
    contract = TechContract(zone=zone)
    _apply(contract, fields, CONTRACT_FIELDS)
    _save(contract)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=contract, after=snapshot(contract))
    return contract


@transaction.atomic
def contracts_import_save(*, zone, rows: list[dict], acting_user, file_name: str = "", sha256: str = "") -> dict:
    """Write checked rows of a registration-system export in one transaction with ONE audit entry:
    a number seen before updates that contract, a new number adds one."""
    _ensure_keeper(acting_user, zone.pk, KeeperArea.REGISTRY)
    existing = {c.number: c for c in TechContract.objects.filter(zone=zone, number__in=[r["number"] for r in rows])}
    new, changed, previous = [], [], {}
    for values in rows:
        contract = existing.get(values["number"])
        if contract is None:
            contract = TechContract(zone=zone, **values)
            check_instance(contract)
            contract.full_clean(validate_unique=False)
            new.append(contract)
            continue
        before = snapshot(contract, list(CONTRACT_FIELDS))
        for key, value in values.items():
            setattr(contract, key, value)
        if snapshot(contract, list(CONTRACT_FIELDS)) != before:
            check_instance(contract)
            contract.full_clean(validate_unique=False)
            previous[contract.number] = before
            changed.append(contract)
    TechContract.objects.bulk_create(new, batch_size=500)
    TechContract.objects.bulk_update(changed, [f for f in CONTRACT_FIELDS if f != "number"], batch_size=500)
    batch = {"file_name": file_name, "sha256": sha256, "created": len(new), "updated": len(changed),
             "previous": previous}
    audit_record(actor=acting_user, action=AuditAction.IMPORT, model=TechContract, zone=zone, batch=batch,
                 note=_("导入技术合同 %(file)s") % {"file": file_name})
    return {"created": len(new), "updated": len(changed), "unchanged": len(rows) - len(new) - len(changed)}


TALENT_FIELDS = ("year", "chain", "group", "side", "headcount", "enterprise", "source")


@transaction.atomic
def talent_record_create(*, zone, acting_user, **fields) -> TalentRecord:
    _ensure_keeper(acting_user, zone.pk, KeeperArea.REGISTRY)
    ensure_in_zone(zone.pk, chain=fields.get("chain"), enterprise=fields.get("enterprise"))
    record = TalentRecord(zone=zone)
    _apply(record, fields, TALENT_FIELDS)
    check_instance(record, years=("year",))
    record.full_clean()
    record.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=record, after=snapshot(record))
    return record


@transaction.atomic
def talent_import_save(*, zone, rows: list[dict], acting_user, file_name: str = "", sha256: str = "") -> dict:
    """Replace the zone's talent figures for the years the file covers, with ONE audit entry (the counts before)."""
    _ensure_keeper(acting_user, zone.pk, KeeperArea.REGISTRY)
    years = sorted({r["year"] for r in rows})
    records = [TalentRecord(zone=zone, **r) for r in rows]
    for record in records:
        check_instance(record, years=("year",))
        record.full_clean(exclude=["chain"])
    if not set(r["chain_id"] for r in rows) <= set(zone.chains.values_list("pk", flat=True)):
        raise ValidationError(_("只能导入本示范区产业链的人才数据"))
    previous = TalentRecord.objects.filter(zone=zone, year__in=years).count()
    TalentRecord.objects.filter(zone=zone, year__in=years).delete()
    TalentRecord.objects.bulk_create(records, batch_size=500)
    audit_record(actor=acting_user, action=AuditAction.IMPORT, model=TalentRecord, zone=zone, batch={
        "file_name": file_name, "sha256": sha256, "created": len(records), "updated": 0,
        "previous": {"years": years, "rows": previous}}, note=_("导入产业人才 %(file)s") % {"file": file_name})
    return {"created": len(records), "replaced": previous}


def _user(acting_user):
    return None if is_system(acting_user) else acting_user
