"""The one filter definition of each demands list, shared by its page, its API and its export."""
import datetime

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.core.filters import FilterSet, IntegerFilter, visible_choices
from actiondesk.demands import alerts
from actiondesk.demands.choices import Channel, DemandStatus, Rating
from actiondesk.demands.models import Arrear, Demand, DemandCategory, Policy
from actiondesk.org.models import Department

ALL = _("全部")
ALERTS = [("overdue", _("已逾期")), ("escalated", _("已升级")), ("reopened", _("重新办理"))]


class DemandFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)
    status = django_filters.ChoiceFilter(label=_("状态"), choices=DemandStatus.choices, empty_label=ALL)
    channel = django_filters.ChoiceFilter(label=_("渠道"), choices=Channel.choices, empty_label=ALL)
    category = django_filters.ModelChoiceFilter(label=_("类别"), queryset=visible_choices(
        DemandCategory, order_by=("sort_order", "pk")), empty_label=ALL)
    owner_department = django_filters.ModelChoiceFilter(label=_("责任部门"), queryset=visible_choices(
        Department, order_by=("sort_order", "pk")), empty_label=ALL)
    rating = django_filters.ChoiceFilter(label=_("评价"), choices=Rating.choices, empty_label=ALL)
    year = IntegerFilter(label=_("提出年度"), field_name="raised_on", lookup_expr="year", min_value=2000,
                         max_value=2100)
    alert = django_filters.ChoiceFilter(label=_("预警"), choices=ALERTS, method="alerted", empty_label=ALL)

    class Meta:
        model = Demand
        fields = []

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(enterprise__name__icontains=value))

    def alerted(self, queryset, name, value):
        if value == "overdue":
            return queryset.filter(alerts.late_q(self.today))
        if value == "escalated":
            return queryset.filter(escalation__gt=0)
        return queryset.filter(reopen_count__gt=0)


class PolicyFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), field_name="title", lookup_expr="icontains", max_length=100)
    automatic = django_filters.BooleanFilter(label=_("免申即享"))

    class Meta:
        model = Policy
        fields = []


class ArrearFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)
    department = django_filters.ModelChoiceFilter(label=_("清欠责任部门"), queryset=visible_choices(
        Department, order_by=("sort_order", "pk")), empty_label=ALL)

    class Meta:
        model = Arrear
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(debtor__icontains=value) | Q(enterprise__name__icontains=value))
