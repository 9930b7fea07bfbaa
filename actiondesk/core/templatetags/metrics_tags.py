from django import template
from django.utils.translation import gettext as _

from actiondesk.core.metrics import get_metric

register = template.Library()


@register.filter
def metric_label(name: str) -> str:
    """A bound metric as the reader knows it: its label, never its dotted internal name."""
    metric = get_metric(name) if name else None
    return metric.label if metric else _("未注册的数据来源")


@register.filter
def metric_source(name: str) -> str:
    metric = get_metric(name) if name else None
    return metric.source if metric else ""
