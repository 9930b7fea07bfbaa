from django import template

from actiondesk.plans.models import programme_heading
from actiondesk.plans.reader_rules import target_rule_text, task_rule_text

register = template.Library()


@register.filter
def task_rule(code: str) -> str:
    return task_rule_text(code)


@register.filter
def target_rule(code: str) -> str:
    return target_rule_text(code)


@register.filter
def heading(programme: dict) -> str:
    """A read programme's heading as the plan prints it ("三、…", "（一）…")."""
    return programme_heading(programme.get("number", ""), programme.get("title", ""))


@register.simple_tag(takes_context=True)
def typed(context, *parts, default=""):
    """A review field's value: as the clerk typed it when the page comes back with errors (nothing typed is
    lost), else as read. The field's name is its parts joined by '-': ``{% typed "task" i "lead" default=… %}``."""
    posted = context.get("posted")
    if posted is not None:
        return posted.get("-".join(str(part) for part in parts), "")
    return "" if default is None else default
