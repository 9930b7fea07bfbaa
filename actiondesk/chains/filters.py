"""The one filter definition of the chain list, shared by the page and the API."""
import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import ChainKind, Industry
from actiondesk.chains.models import Chain
from actiondesk.core.filters import FilterSet, IntegerFilter, visible_choices
from actiondesk.org.models import Department

ALL = _("全部")


class ChainFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("产业链/链长"), method="search", max_length=60)
    kind = django_filters.ChoiceFilter(label=_("类别"), choices=ChainKind.choices, empty_label=ALL)
    industry = django_filters.ChoiceFilter(label=_("所属主导产业"), choices=Industry.choices, empty_label=ALL)
    department = django_filters.ModelChoiceFilter(
        label=_("牵头部门"), queryset=visible_choices(Department, order_by=("sort_order", "pk")), empty_label=ALL)
    # The year of the 产值 column (read by the list, not a row filter).
    year = IntegerFilter(label=_("产值年度"), method="keep", min_value=2000, max_value=2100)

    class Meta:
        model = Chain
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(chief_name__icontains=value)
                               | Q(chief__first_name__icontains=value) | Q(chief__username__icontains=value))
