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
