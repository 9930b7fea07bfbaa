"""The one filter definition of each 链长制 list, shared by the page, the API and the export: the problems 台账
(``ProblemFilterSet``) and chain plans (``PlanFilterSet``)."""
import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import ChainKind
from actiondesk.chains.models import Chain
from actiondesk.chainwork.choices import ProblemState, RaisedBy
from actiondesk.chainwork.models import ChainMeeting, ChainPlan, ChainProblem
from actiondesk.core.filters import FilterSet, IntegerFilter, visible_choices
from actiondesk.org.models import Department

ALL = _("全部")
DUE = [("overdue", _("已超时限未解决")), ("open", _("未解决"))]


class ProblemFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("问题/提出单位"), method="search", max_length=100)
    chain = django_filters.ModelChoiceFilter(label=_("产业链"), empty_label=ALL,
                                             queryset=visible_choices(Chain, order_by=("sort_order", "pk")))
    kind = django_filters.ChoiceFilter(label=_("产业链类别"), field_name="chain__kind", choices=ChainKind.choices,
                                       empty_label=ALL)
    state = django_filters.ChoiceFilter(label=_("状态"), choices=ProblemState.choices, empty_label=ALL)
    raised_by = django_filters.ChoiceFilter(label=_("提出方"), choices=RaisedBy.choices, empty_label=ALL)
    owner_department = django_filters.ModelChoiceFilter(
        label=_("责任部门"), queryset=visible_choices(Department, order_by=("sort_order", "pk")), empty_label=ALL)
    due = django_filters.ChoiceFilter(label=_("办理情况"), choices=DUE, method="by_due", empty_label=ALL)
    year = IntegerFilter(label=_("提出年度"), field_name="raised_on", lookup_expr="year", min_value=2000,
                         max_value=2100)

    class Meta:
        model = ChainProblem
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(raised_by_name__icontains=value))

    def by_due(self, queryset, name, value):
        unresolved = queryset.exclude(state=ProblemState.RESOLVED)
        if value == "overdue":
            return unresolved.filter(due_on__lt=timezone.localdate())
        return unresolved


class PlanFilterSet(FilterSet):
    chain = django_filters.ModelChoiceFilter(label=_("产业链"), empty_label=ALL,
                                             queryset=visible_choices(Chain, order_by=("sort_order", "pk")))
    kind = django_filters.ChoiceFilter(label=_("产业链类别"), field_name="chain__kind", choices=ChainKind.choices,
                                       empty_label=ALL)
    year = IntegerFilter(label=_("年度"), min_value=2000, max_value=2100)

    class Meta:
        model = ChainPlan
        fields = []


class MeetingFilterSet(FilterSet):
    chain = django_filters.ModelChoiceFilter(label=_("产业链"), empty_label=ALL,
                                             queryset=visible_choices(Chain, order_by=("sort_order", "pk")))
    year = IntegerFilter(label=_("召开年度"), field_name="held_on", lookup_expr="year", min_value=2000, max_value=2100)

    class Meta:
        model = ChainMeeting
        fields = []
