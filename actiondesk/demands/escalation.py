"""Escalation of late demands (run daily by the ``demands.escalate`` job, or with any ``today`` in tests).

Thresholds: not accepted by its accept deadline → the owner's department and the supervision office are told;
``order_after_days`` calendar days past the resolve deadline (default 10) → a 督办单 to the owner's department;
``leaders_after_days`` (default 30) → the 包保 leader and the category's leader in charge are told. Each level
happens once per demand (``Demand.escalation``), in order, so a late run catches up.
"""
import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from actiondesk.core.audit import audit_record
from actiondesk.core.models import AuditAction, NotificationKind
from actiondesk.core.notifications import Message, notify
from actiondesk.core.scoping import SYSTEM, ensure_role
from actiondesk.demands import alerts
from actiondesk.demands.calendar import demand_settings, zone_calendar
from actiondesk.demands.choices import DemandStatus, Escalation, EventKind
from actiondesk.demands.models import Demand, DemandEvent
from actiondesk.orders.choices import OrderPriority, OrderSourceKind
from actiondesk.orders.services import raise_order
from actiondesk.org.choices import Role


def _supervisors(zone_id):
    return list(get_user_model().objects.filter(membership__zone_id=zone_id, membership__role=Role.SUPERVISOR))


def demand_url(demand) -> str:
    return f"/demands/{demand.pk}/"


def _notify_people(*, acting_user, demand, users=(), departments=(), text: Message) -> None:
    """Tell people about a late demand (their bell, core.notifications) and note it on the demand's history."""
    notify(acting_user=acting_user, users=[u for u in users if u is not None], departments=departments,
           kind=NotificationKind.DEMAND_ESCALATED, text=text, url=demand_url(demand), target=demand,
           zone=demand.zone)
    DemandEvent.objects.create(demand=demand, kind=EventKind.ESCALATED, on=demand._today, note=text.official()[:500])


def _raise_supervision_order(*, acting_user, demand, days_late: int):
    """A 督办单 to the owner's department, the owner responsible, due in five working days; returns it."""
    text = _("逾期%(days)s日未办结，发督办单") % {"days": days_late}
    order = raise_order(
        acting_user=acting_user, zone=demand.zone, subject=_("企业诉求逾期：%(title)s") % {"title": demand.title},
        instruction=_("%(enterprise)s的诉求“%(title)s”已超过办结时限%(days)s日，请%(department)s于时限内办结并回复。")
        % {"enterprise": demand.enterprise.name, "title": demand.title, "days": days_late,
           "department": demand.owner_department.name},
        departments=[demand.owner_department], responsible=demand.owner,
        due_on=zone_calendar(demand.zone_id).add(demand._today, 5), priority=OrderPriority.URGENT, source=demand,
        source_kind=OrderSourceKind.OFFICE, source_label=_("企业诉求：%(enterprise)s—%(title)s") % {
            "enterprise": demand.enterprise.name, "title": demand.title})
    DemandEvent.objects.create(demand=demand, kind=EventKind.ESCALATED, on=demand._today, note=text)
    return order


def _step(demand, level, settings, today, acting_user) -> bool | None:
    """True when ``level`` was reached now, False when not yet, None when it does not apply (accepted already)."""
    late = alerts.days_past(demand.resolve_due, today)
    if level == Escalation.LATE_ACCEPT:
        if demand.status != DemandStatus.SUBMITTED:
            return None
        if today <= demand.accept_due:
            return False
        _notify_people(acting_user=acting_user, demand=demand, departments=[demand.owner_department],
                       users=_supervisors(demand.zone_id),
                      text=Message(gettext_noop("诉求“%(title)s”逾期未受理"), {"title": demand.title}))
        return True
    if level == Escalation.ORDER:
        if late < settings.order_after_days:
            return False
        demand.order = _raise_supervision_order(acting_user=SYSTEM, demand=demand, days_late=late)
        return True
    if late < settings.leaders_after_days:
        return False
    users = [demand.enterprise.leader, demand.category.leader_in_charge]
    _notify_people(acting_user=acting_user, demand=demand, users=users,
                  text=Message(gettext_noop("诉求“%(title)s”逾期%(days)s日未办结"), {"title": demand.title, "days": late}))
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
                  .filter(alerts.late_q(today)).select_related("zone", "enterprise__leader", "category__leader_in_charge",
                                                                "owner", "owner_department"))
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
            demand.save(update_fields=["escalation", "order"])
            audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=demand,
                         before={"escalation": before}, after={"escalation": demand.escalation},
                         note=_("诉求升级"))
    return counts
