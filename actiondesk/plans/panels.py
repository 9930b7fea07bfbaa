"""Panels that higher apps add to plans pages (supervision's progress, reports due and 批示).

Plans sits below the apps that fill its pages, so it never imports them: each registers a renderer here when
it starts (``AppConfig.ready``), as apps register metrics. A renderer takes the request and the page's object
(the plan on 我的部门, else the task or the indicator) and returns the panel's HTML.
"""
from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

DEPARTMENT, TASK, INDICATOR = "department", "task", "indicator"
_renderers: dict[str, list[Callable]] = {DEPARTMENT: [], TASK: [], INDICATOR: []}


def register_panel(page: str, renderer: Callable[..., str]) -> None:
    if page not in _renderers:
        raise ValueError(f"unknown plans page {page!r}; one of {sorted(_renderers)}")
    if renderer not in _renderers[page]:
        _renderers[page].append(renderer)


def render_panels(page: str, request, obj) -> list[SafeString]:
    """The registered panels of ``page`` for ``obj``, in registration order (renderers escape their own text)."""
    return [mark_safe(renderer(request, obj)) for renderer in _renderers[page]]
