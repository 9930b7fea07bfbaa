from django import template

from actiondesk.plans.reader_rules import target_rule_text, task_rule_text

register = template.Library()


@register.filter
def task_rule(code: str) -> str:
    return task_rule_text(code)


@register.filter
def target_rule(code: str) -> str:
    return target_rule_text(code)
