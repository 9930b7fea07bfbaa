"""Ladder criteria as the criteria page shows them: in words, with Chinese labels for codes."""
import math

from django import template
from django.utils.translation import gettext_lazy as _

from actiondesk.enterprises.choices import EvidenceGrade, Operator
from actiondesk.enterprises.ladders.rules import fmt
from actiondesk.enterprises.ladders.wording import in_words

register = template.Library()

# "Any one of the group" criteria: the groups the default ladders use, by what they measure.
GROUP_LABELS = {"score": _("评分（满足其一）"), "growth": _("成长性（满足其一）"), "scale": _("规模（满足其一）")}


@register.filter(name="in_words")
def in_words_filter(expression: str) -> str:
    return in_words(expression)


@register.filter
def evidence_label(code: str) -> str:
    return str(dict(EvidenceGrade.choices).get(code, code))


@register.filter
def group_label(group: str) -> str:
    return str(GROUP_LABELS.get(group, _("同组条件满足其一"))) if group else ""


@register.filter
def requirement(rule: dict) -> str:
    """"≥ 500人", never "<= 500.0人"."""
    operator = dict(Operator.choices).get(rule.get("operator"), rule.get("operator"))
    return f"{operator} {fmt(rule.get('threshold'))}{rule.get('unit') or ''}"


@register.filter
def closeness(value) -> str:
    """接近度 as a percentage rounded down: an enterprise short of a criterion never reads as 100%."""
    try:
        share = float(value)
    except (TypeError, ValueError):
        return "—"
    if math.isnan(share):
        return "—"
    return f"{math.floor(max(share, 0) * 1000) / 10:.1f}%"
