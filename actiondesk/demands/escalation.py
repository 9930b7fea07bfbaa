"""Escalation of late demands (run daily by the ``demands.escalate`` job, or with any ``today`` in tests).

Thresholds: not accepted by its accept deadline → the owner's department and the supervision office are told;
``order_after_days`` calendar days past the resolve deadline (default 10) → a 督办单 to the owner's department;
``leaders_after_days`` (default 30) → the 包保 leader and the category's leader in charge are told. Each level
happens once per demand (``Demand.escalation``), in order, so a late run catches up.
"""
import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_role
from actiondesk.demands import alerts
from actiondesk.demands.calendar import demand_settings
from actiondesk.demands.choices import DemandStatus, Escalation, EventKind
from actiondesk.demands.models import Demand, DemandEvent
from actiondesk.org.choices import Role
from actiondesk.org.models import Membership


def _supervisors(zone_id):
    return list(Membership.objects.filter(zone_id=zone_id, role=Role.SUPERVISOR).values_list("user_id", flat=True))


def _notify_people(*, acting_user, demand, user_ids=(), department_ids=(), text: str) -> None:
    """Tell people about a late demand (the platform's notification service once it is merged)."""
    DemandEvent.objects.create(demand=demand, kind=EventKind.ESCALATED, on=demand._today, note=text[:500])


def _raise_supervision_order(*, acting_user, demand, days_late: int):
    """A 督办单 to the owner's department (orders.services.raise_order once it is merged); returns its id."""
    DemandEvent.objects.create(demand=demand, kind=EventKind.ESCALATED, on=demand._today,
                               note=_("逾期%(days)s日，发督办单") % {"days": days_late})
    return None


def _step(demand, level, settings, today, acting_user) -> bool | None:
    """True when ``level`` was reached now, False when not yet, None when it does not apply (accepted already)."""
    late = alerts.days_past(demand.resolve_due, today)
    if level == Escalation.LATE_ACCEPT:
        if demand.status != DemandStatus.SUBMITTED:
            return None
        if today <= demand.accept_due:
            return False
        _notify_people(acting_user=acting_user, demand=demand, department_ids=[demand.owner_department_id],
                      user_ids=_supervisors(demand.zone_id),
                      text=_("诉求“%(title)s”逾期未受理") % {"title": demand.title})
        return True
    if level == Escalation.ORDER:
        if late < settings.order_after_days:
            return False
        demand.order_id = _raise_supervision_order(acting_user=acting_user, demand=demand, days_late=late)
        return True
    if late < settings.leaders_after_days:
        return False
    users = [u for u in (demand.enterprise.leader_id, demand.category.leader_in_charge_id) if u]
    _notify_people(acting_user=acting_user, demand=demand, user_ids=users,
                  text=_("诉求“%(title)s”逾期%(days)s日未办结") % {"title": demand.title, "days": late})
    return True


@transaction.atomic
def demands_escalate(*, zone_id: int, today: datetime.date, acting_user) -> dict:
    """Escalate every open demand of the zone that crossed a threshold; returns counts by level. The daily job
    runs it as SYSTEM; an admin or the supervision office may run it by hand."""
    ensure_role(acting_user, zone_id, Role.ADMIN, Role.SUPERVISOR, message=_("只有管理员或督查室可以执行升级"))
    settings = demand_settings(zone_id)
    counts = {level.value: 0 for level in Escalation if level}
    candidates = (Demand.objects.select_for_update(of=("self",))
                  .filter(zone_id=zone_id, status__in=(DemandStatus.SUBMITTED, DemandStatus.IN_PROGRESS),
                          escalation__lt=Escalation.LEADERS)
                  .filter(alerts.late_q(today)).select_related("enterprise", "category"))
    for demand in candidates:
        demand._today = today
        before = demand.escalation
        for level in (Escalation.LATE_ACCEPT, Escalation.ORDER, Escalation.LEADERS):
            if demand.escalation >= level:
                continue
            reached = _step(demand, level, settings, today, acting_user)
            if reached is None:
                continue
            if not reached:
                break
            demand.escalation = level
            counts[level.value] += 1
        if demand.escalation != before:
            demand.save(update_fields=["escalation", "order_id"])
            audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=demand,
                         before={"escalation": before}, after={"escalation": demand.escalation},
                         note=_("诉求升级"))
    return counts
