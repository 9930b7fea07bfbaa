from decimal import ROUND_HALF_UP

from django import template

from actiondesk.core.access import access_for
from actiondesk.core.numbers import rounded

register = template.Library()


@register.filter
def marks_of(marks: dict, task_id) -> list:
    """The marks higher apps put on a task row of the battle map (``board_marks``)."""
    return marks.get(task_id, []) if marks else []


@register.filter
def num(value, places=2):
    """1234.5000 → 1,234.5; None → —."""
    if value is None or value == "":
        return "—"
    value = rounded(value, int(places), ROUND_HALF_UP)  # 四舍五入
    text = f"{value:,.{int(places)}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@register.filter
def pct(value):
    return "—" if value is None else f"{num(value, 1)}%"


@register.simple_tag(takes_context=True)
def can_review(context):
    access = access_for(context["request"].user)
    return bool(access and (access.is_admin or access.is_supervisor))
