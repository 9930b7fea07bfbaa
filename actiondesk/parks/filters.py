"""The one filter definition of the park registry, shared by the page, the API and the export."""
import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.filters import FilterSet, IntegerFilter, visible_choices
from actiondesk.org.models import Department
from actiondesk.parks.choices import ParkKind
from actiondesk.parks.models import Park

ALL = _("全部")


class ParkFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("园区/运营平台"), method="search", max_length=100)
    kind = django_filters.ChoiceFilter(label=_("园区类型"), choices=ParkKind.choices, empty_label=ALL)
    department = django_filters.ModelChoiceFilter(
        label=_("主管部门"), queryset=visible_choices(Department, order_by=("sort_order", "pk")), empty_label=ALL)
    # The year of the 亩均效益 figures (read by the page, not a row filter).
    year = IntegerFilter(label=_("亩均年度"), method="keep", min_value=2000, max_value=2100)

    class Meta:
        model = Park
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(operator__icontains=value))
