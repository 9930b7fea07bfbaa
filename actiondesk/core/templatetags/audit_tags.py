from django import template

from actiondesk.core.audit_display import describe
from actiondesk.core.language import actor_label

register = template.Library()


@register.simple_tag
def audit_rows(entries):
    """``{% audit_rows entries as rows %}``: each entry with its changes in words (see core.audit_display)."""
    return describe(entries)


@register.filter
def actor(name):
    """``{{ entry.actor_name|actor }}``: a stored actor name in the reader's language (the platform's own name)."""
    return actor_label(name or "")
