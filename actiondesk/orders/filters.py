"""The one filter definition of the 督办单 list, shared by the page, the API and the .xlsx export."""
import datetime

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.core.filters import FilterSet, visible_choices
from actiondesk.orders.choices import UNCLOSED_STATES, OrderPriority, OrderSourceKind, OrderState
from actiondesk.orders.models import Order
from actiondesk.org.models import Department

ALL = _("全部")
TIMELINESS = [("overdue", _("已逾期")), ("open", _("未办结"))]


class OrderFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)
    state = django_filters.ChoiceFilter(label=_("状态"), choices=OrderState.choices, empty_label=ALL)
    priority = django_filters.ChoiceFilter(label=_("紧急程度"), choices=OrderPriority.choices, empty_label=ALL)
    source_kind = django_filters.ChoiceFilter(label=_("来源"), choices=OrderSourceKind.choices, empty_label=ALL)
    department = django_filters.ModelChoiceFilter(
        label=_("承办部门"), field_name="departments", queryset=visible_choices(Department, order_by=("sort_order",
                                                                                                    "pk")),
        empty_label=ALL)
    timeliness = django_filters.ChoiceFilter(label=_("办理情况"), choices=TIMELINESS, method="by_timeliness",
                                             empty_label=ALL)

    class Meta:
        model = Order
        fields = []

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    def search(self, queryset, name, value):
        return queryset.filter(Q(subject__icontains=value) | Q(instruction__icontains=value)
                               | Q(source_label__icontains=value))

    def by_timeliness(self, queryset, name, value):
        queryset = queryset.filter(state__in=UNCLOSED_STATES)
        return queryset.filter(due_on__lt=self.today) if value == "overdue" else queryset
