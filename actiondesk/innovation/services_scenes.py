"""Writes of the 场景项目库: demands and supplies, their states, 标杆场景 and decisions on suggested matches
(keyword-only, acting_user first, audited)."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, is_system
from actiondesk.core.values import clean_date
from actiondesk.innovation.choices import Decision, KeeperArea, SceneKind, SceneState
from actiondesk.innovation.models import Docking, MatchDecision, SceneItem
from actiondesk.innovation.services import SCENES_DENIED, _apply, _ensure_keeper, _save, _user
from actiondesk.org.models import Department

# --- the 场景项目库 ------------------------------------------------------------------------------------------

SCENE_FIELDS = ("kind", "title", "description", "category", "industry", "chain", "field", "party", "enterprise",
                "department", "budget", "deadline", "level", "references", "is_ai")


@transaction.atomic
def scene_create(*, zone, acting_user, **fields) -> SceneItem:
    """Record a demand or a supply (state 征集). The 对口部门 defaults to the recording user's department."""
    _ensure_keeper(acting_user, zone.pk, KeeperArea.SCENES)
    if fields.get("department") is None and not is_system(acting_user):
        access = access_for(acting_user)
        if access and access.department_id:
            fields["department"] = Department.objects.get(pk=access.department_id)
    ensure_in_zone(zone.pk, chain=fields.get("chain"), enterprise=fields.get("enterprise"),
                   department=fields.get("department"))
    if fields.get("department") is None:
        raise ValidationError({"department": _("请选择对口部门")})
    scene = SceneItem(zone=zone)
    _apply(scene, fields, SCENE_FIELDS)
    _save(scene)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=scene, after=snapshot(scene))
    return scene


@transaction.atomic
def scene_update(*, scene: SceneItem, acting_user, **fields) -> SceneItem:
    ensure_can_edit(acting_user, scene, str(SCENES_DENIED))
    ensure_in_zone(scene.zone_id, chain=fields.get("chain"), enterprise=fields.get("enterprise"),
                   department=fields.get("department"))
    scene = SceneItem.objects.select_for_update().get(pk=scene.pk)
    before = snapshot(scene)
    _apply(scene, {k: v for k, v in fields.items() if k != "kind"}, SCENE_FIELDS)
    _save(scene)
    audit_update(actor=acting_user, instance=scene, before=before)
    return scene


@transaction.atomic
def scene_set_state(*, scene: SceneItem, state: str, acting_user) -> SceneItem:
    """Move a scene along 征集 → 发布 → 对接 → 建设 → 验收 (标杆 only through ``scene_select_benchmark``)."""
    ensure_can_edit(acting_user, scene, str(SCENES_DENIED))
    if state not in SceneState.values or state == SceneState.BENCHMARK:
        raise ValidationError({"state": _("不能直接设为该状态")})
    before = snapshot(scene, ["state"])
    scene.state = state
    _save(scene)
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=scene, before=before,
                 after=snapshot(scene, ["state"]), note=_("场景状态"))
    return scene


@transaction.atomic
def scene_select_benchmark(*, scene: SceneItem, on: datetime.date, writeup: str, acting_user) -> SceneItem:
    """Select a scene as 标杆场景 with its write-up (技术先进、模式创新、效益显著)."""
    ensure_can_edit(acting_user, scene, str(SCENES_DENIED))
    if not (writeup or "").strip():
        raise ValidationError({"benchmark_writeup": _("请填写标杆案例说明")})
    before = snapshot(scene, ["state", "benchmark_on", "benchmark_writeup"])
    scene.state, scene.benchmark_on = SceneState.BENCHMARK, clean_date(on, field="on", label=_("入选日期"))
    scene.benchmark_writeup = writeup.strip()
    _save(scene)
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=scene, before=before,
                 after=snapshot(scene, ["state", "benchmark_on", "benchmark_writeup"]), note=_("入选标杆场景"))
    return scene


@transaction.atomic
def match_decide(*, demand: SceneItem, supply: SceneItem, decision: str, acting_user, score: float = 0,
                 terms=(), reasons=(), on: datetime.date | None = None) -> MatchDecision:
    """Accept or reject a suggested pair. Accepting creates the 对接 record (seen by both parties' departments)
    and moves a demand still in 征集/发布 to 对接."""
    ensure_can_edit(acting_user, demand, str(SCENES_DENIED))
    if demand.kind != SceneKind.DEMAND or supply.kind != SceneKind.SUPPLY or demand.zone_id != supply.zone_id:
        raise ValidationError(_("只能对同一示范区的需求和供给作出处理"))
    if decision not in Decision.values:
        raise ValidationError({"decision": _("未知的处理结果")})
    row, _created = MatchDecision.objects.update_or_create(
        demand=demand, supply=supply, defaults={"decision": decision, "score": score, "terms": list(terms)[:30],
                                                "reasons": list(reasons)[:10], "decided_by": _user(acting_user)})
    if decision == Decision.ACCEPTED and not Docking.objects.filter(demand=demand, supply=supply).exists():
        docking = Docking.objects.create(zone_id=demand.zone_id, demand=demand, supply=supply,
                                         docked_on=on or timezone.localdate(), created_by=_user(acting_user),
                                         note=_("采纳匹配建议：%(terms)s") % {"terms": "、".join(list(terms)[:8])})
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=docking, after={
            "demand": demand.title, "supply": supply.title, "terms": list(terms)[:8]}, note=_("采纳匹配建议"))
        for scene in (demand, supply):
            if SceneState.values.index(scene.state) < SceneState.values.index(SceneState.DOCKING):
                SceneItem.objects.filter(pk=scene.pk).update(state=SceneState.DOCKING)
    else:
        audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=demand, after={
            "supply": supply.title, "decision": decision}, note=_("匹配建议处理"))
    return row
