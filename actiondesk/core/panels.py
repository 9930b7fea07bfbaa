"""Panels that higher apps add to lower apps' pages.

A page's app sits below the apps that fill it, so it never imports them: each registers a renderer here when it
starts (``AppConfig.ready``), as apps register metrics. A renderer takes the request and the page's object and
returns the panel's HTML (renderers escape their own text). The pages that take panels are named below; a new
page joins the list in the commit that renders it.
"""
from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

# plans: 我的部门 (the plan), task detail, indicator detail, a milestone's page
DEPARTMENT, TASK, INDICATOR, MILESTONE = "department", "task", "indicator", "milestone"
# registries: an enterprise's profile (一企一档), a project's page, a chain's map
ENTERPRISE, PROJECT, CHAIN = "enterprise", "project", "chain"
# parks: the registry of parks (the queryset of parks shown) and one park's page (the park)
PARK_LIST, PARK = "park_list", "park"
PAGES = (DEPARTMENT, TASK, INDICATOR, MILESTONE, ENTERPRISE, PROJECT, CHAIN, PARK_LIST, PARK)
_renderers: dict[str, list[Callable]] = {page: [] for page in PAGES}


def register_panel(page: str, renderer: Callable[..., str]) -> None:
    if page not in _renderers:
        raise ValueError(f"unknown page {page!r}; one of {sorted(_renderers)}")
    if renderer not in _renderers[page]:
        _renderers[page].append(renderer)


def render_panels(page: str, request, obj) -> list[SafeString]:
    """The registered panels of ``page`` for ``obj``, in registration order."""
    return [mark_safe(renderer(request, obj)) for renderer in _renderers[page]]
