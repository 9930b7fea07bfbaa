from decimal import Decimal

from django import template

from actiondesk.core.access import access_for

register = template.Library()


@register.filter
def num(value, places=2):
    """1234.5000 → 1,234.5; None → —."""
    if value is None or value == "":
        return "—"
    value = Decimal(str(value)).quantize(Decimal(1).scaleb(-int(places)))
    text = f"{value:,.{int(places)}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@register.filter
def pct(value):
    return "—" if value is None else f"{num(value, 1)}%"


@register.inclusion_tag("supervision/_department_due.html", takes_context=True)
def department_due_reports(context):
    from actiondesk.supervision.selectors_pages import department_due

    return department_due(context["request"].user, context.get("plan"))


@register.inclusion_tag("supervision/_indicator_extra.html", takes_context=True)
def indicator_supervision(context, indicator):
    from actiondesk.supervision.selectors_pages import indicator_panel

    return indicator_panel(context["request"], indicator)


@register.inclusion_tag("supervision/_task_extra.html", takes_context=True)
def task_supervision(context, task):
    from actiondesk.supervision.selectors_pages import task_panel

    return task_panel(context["request"], task)


@register.simple_tag(takes_context=True)
def can_review(context):
    access = access_for(context["request"].user)
    return bool(access and (access.is_admin or access.is_supervisor))
