"""The filter definitions of the 金融+ lists, each shared by the dashboard, the API and the 台账 export: loans (year,
bank, product, date range), 政银企对接 events (year) and the listing ladder (enterprises per rung)."""
import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.filters import FilterSet, IntegerFilter
from actiondesk.core.widgets import DateInput
from actiondesk.finance.choices import Exchange, ListingStage, LoanProduct
from actiondesk.finance.models import ListingStep, Loan, MatchmakingEvent

ALL = _("全部")


class LoanFilterSet(FilterSet):
    year = IntegerFilter(label=_("年度"), field_name="granted_on", lookup_expr="year", min_value=2000, max_value=2100)
    bank = django_filters.CharFilter(label=_("银行"), lookup_expr="icontains", max_length=100)
    product = django_filters.ChoiceFilter(label=_("金融产品"), choices=LoanProduct.choices, empty_label=ALL)
    granted_from = django_filters.DateFilter(label=_("放款日期自"), field_name="granted_on", lookup_expr="gte",
                                             widget=DateInput)
    granted_to = django_filters.DateFilter(label=_("放款日期至"), field_name="granted_on", lookup_expr="lte",
                                           widget=DateInput)

    class Meta:
        model = Loan
        fields = []


class EventFilterSet(FilterSet):
    year = IntegerFilter(label=_("年度"), field_name="held_on", lookup_expr="year", min_value=2000, max_value=2100)

    class Meta:
        model = MatchmakingEvent
        fields = []


class ListingStepFilterSet(FilterSet):
    stage = django_filters.ChoiceFilter(label=_("上市梯度"), choices=ListingStage.choices, empty_label=ALL)
    exchange = django_filters.ChoiceFilter(label=_("交易所/板块"), choices=Exchange.choices, empty_label=ALL)
    enterprise = django_filters.CharFilter(label=_("企业名称/信用代码"), method="search", max_length=100)

    class Meta:
        model = ListingStep
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(enterprise__name__icontains=value) | Q(enterprise__credit_code__iexact=value))
