"""The one filter definition of the 招商 pipeline, shared by the page, the API and the export."""
import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.models import Chain
from actiondesk.core.filters import FilterSet, visible_choices
from actiondesk.investment.choices import LeadSource, LeadStage
from actiondesk.investment.models import Lead

ALL = _("全部")


class LeadFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("目标企业/所在地"), method="search", max_length=100)
    chain = django_filters.ModelChoiceFilter(label=_("产业链"), queryset=visible_choices(Chain, order_by=("sort_order",
                                                                                                      "pk")),
                                             empty_label=ALL)
    stage = django_filters.ChoiceFilter(label=_("阶段"), choices=LeadStage.choices, empty_label=ALL)
    source = django_filters.ChoiceFilter(label=_("线索来源"), choices=LeadSource.choices, empty_label=ALL)

    class Meta:
        model = Lead
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(company_name__icontains=value) | Q(company_location__icontains=value))
