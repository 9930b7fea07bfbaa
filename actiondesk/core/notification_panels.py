"""The bell's list on 我的部门 (a ``core.panels`` panel): the user's latest notifications, unread first."""
from django.db.models import F
from django.middleware.csrf import get_token
from django.template.loader import render_to_string

from actiondesk.core.models import Notification
from actiondesk.core.panels import DEPARTMENT, register_panel
from actiondesk.core.scoping import visible

SHOWN = 8


def department_panel(request, plan) -> str:
    items = list(visible(Notification.objects.all(), request.user)
                 .order_by(F("read_at").asc(nulls_first=True), "-created_at", "-pk")[:SHOWN])
    return render_to_string("core/_notifications_panel.html", {"items": items, "csrf_token": get_token(request)})


def register() -> None:
    register_panel(DEPARTMENT, department_panel)
