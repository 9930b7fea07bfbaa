"""Supervision's panels on plans pages, registered with ``core.panels`` when the app starts.

Each computes only its own rows (``selectors_pages``), never the whole battle map.
"""
from django.template.loader import render_to_string

from actiondesk.core.access import access_for
from actiondesk.core.panels import DEPARTMENT, INDICATOR, TASK, register_panel
from actiondesk.supervision import selectors_pages


def department_panel(request, plan) -> str:
    access = access_for(request.user)
    if access is not None and access.reads_whole_zone:
        return render_to_string("supervision/_overseer_desk.html", selectors_pages.overseer_desk(request.user, plan))
    return render_to_string("supervision/_department_due.html", selectors_pages.department_due(request.user, plan))


def task_panel(request, task) -> str:
    return render_to_string("supervision/_task_extra.html", selectors_pages.task_panel(request, task))


def indicator_panel(request, indicator) -> str:
    return render_to_string("supervision/_indicator_extra.html", selectors_pages.indicator_panel(request, indicator))


def register() -> None:
    register_panel(DEPARTMENT, department_panel)
    register_panel(TASK, task_panel)
    register_panel(INDICATOR, indicator_panel)
