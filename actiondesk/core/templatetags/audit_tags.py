from django import template

from actiondesk.core.audit_display import describe

register = template.Library()


@register.simple_tag
def audit_rows(entries):
    """``{% audit_rows entries as rows %}``: each entry with its changes in words (see core.audit_display)."""
    return describe(entries)
