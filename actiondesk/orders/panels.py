"""Orders' panels on lower apps' pages (``core.panels``) and its extension of the 批示 form (supervision).

Task and indicator pages: the orders about the object with each department's reply and the state (a leader sees
there what became of the 批示). A project's page and a milestone's page: its orders and a 交办 link. 我的部门: the department's open orders;
for leaders and the office, the counts and the overdue orders.
"""
from urllib.parse import urlencode

from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.access import access_for
from actiondesk.core.panels import DEPARTMENT, INDICATOR, MILESTONE, PROJECT, TASK, register_panel
from actiondesk.orders import selectors
from actiondesk.orders.choices import OPEN_STATES, UNCLOSED_STATES
from actiondesk.orders.forms import CommentOrderForm
from actiondesk.orders.services import RAISERS
from actiondesk.supervision.board_marks import register_task_marks
from actiondesk.supervision.comment_forms import register_comment_form


def _about(request, obj, *, raise_link: bool = False) -> str:
    access = access_for(request.user)
    if access is None:
        return ""
    raise_url = ""
    if raise_link and access.role in RAISERS:
        raise_url = reverse("orders:order_create") + "?" + urlencode({"source": f"{obj._meta.label_lower}:{obj.pk}"})
    return render_to_string("orders/_orders_panel.html", {
        "orders": selectors.orders_about(obj, request.user), "today": timezone.localdate(), "raise_url": raise_url})


def task_panel(request, task) -> str:
    return _about(request, task)


def indicator_panel(request, indicator) -> str:
    return _about(request, indicator)


def project_panel(request, project) -> str:
    return _about(request, project, raise_link=True)


def milestone_panel(request, milestone) -> str:
    """A milestone's orders and, for leaders, the supervision office and admins, the 交办 button."""
    return _about(request, milestone, raise_link=True)


def department_panel(request, plan) -> str:
    access = access_for(request.user)
    if access is None:
        return ""
    today = timezone.localdate()
    visible = selectors.orders_visible(request.user)
    if access.reads_whole_zone:
        orders = visible.filter(state__in=UNCLOSED_STATES, due_on__lt=today)
        context = {"overseer": True, "counts": selectors.state_counts(visible)}
    else:
        orders = visible.filter(state__in=OPEN_STATES)
        context = {"overseer": False}
    orders = selectors.order_list(orders).prefetch_related("replies__department", "replies__attachments")[:20]
    return render_to_string("orders/_department_orders.html", {**context, "orders": orders, "today": today})


def comment_form(request, target) -> dict:
    """The 批示 form's extra fields: carry the 批示 by a 督办单 to the lead departments (checked by default)."""
    access = access_for(request.user)
    leads = list(target.lead_departments.all()) if hasattr(target, "lead_departments") else (
        [target.lead_department] if getattr(target, "lead_department_id", None) else [])
    form = CommentOrderForm(zone_id=access.zone_id, initial={"departments": leads},
                            auto_id="id_comment_order_%s")
    return {"comment_order_form": form, "csrf_token": get_token(request)}


def open_order_marks(user, zone_id, task_ids) -> dict:
    """The battle map's mark on a task with orders not yet closed: "督办 N", linking to the task's orders."""
    return {task_id: {"label": _("督办 %(n)s") % {"n": n},
                      "url": reverse("plans:task_detail", args=[task_id]) + "#orders"}
            for task_id, n in selectors.open_orders_by_task(user, zone_id, task_ids).items()}


def register() -> None:
    register_panel(TASK, task_panel)
    register_panel(INDICATOR, indicator_panel)
    register_panel(PROJECT, project_panel)
    register_panel(MILESTONE, milestone_panel)
    register_panel(DEPARTMENT, department_panel)
    register_comment_form("orders/_comment_form.html", comment_form)
    register_task_marks(open_order_marks)
