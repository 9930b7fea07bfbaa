"""The filter definitions of the innovation lists (page, API and export share each one)."""
import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.chains.models import Chain
from actiondesk.core.filters import FilterSet, IntegerFilter, visible_choices
from actiondesk.innovation.choices import AchievementStage, ContractType, SceneCategory, SceneKind, SceneState
from actiondesk.innovation.models import Achievement, Docking, SceneItem, TechContract
from actiondesk.org.models import Department

ALL = _("全部")
YES_NO = [("yes", _("是")), ("no", _("否"))]


def _flag(queryset, field, value):
    return queryset.filter(**{field: value == "yes"})


class AchievementFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)
    stage = django_filters.ChoiceFilter(label=_("阶段"), choices=AchievementStage.choices, empty_label=ALL)
    industry = django_filters.ChoiceFilter(label=_("产业领域"), choices=Industry.choices, empty_label=ALL)
    chain = django_filters.ModelChoiceFilter(label=_("产业链"), queryset=visible_choices(
        Chain, order_by=("sort_order", "pk")), empty_label=ALL)
    high_value = django_filters.ChoiceFilter(label=_("高价值"), choices=YES_NO, method="flag", empty_label=ALL)

    class Meta:
        model = Achievement
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(code__icontains=value) | Q(institution__icontains=value))

    def flag(self, queryset, name, value):
        return _flag(queryset, "is_high_value", value)


class ContractFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)
    contract_type = django_filters.ChoiceFilter(label=_("合同类型"), choices=ContractType.choices, empty_label=ALL)
    year = IntegerFilter(label=_("登记年度"), field_name="signed_on", lookup_expr="year", min_value=2000, max_value=2100)

    class Meta:
        model = TechContract
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(number__icontains=value) | Q(name__icontains=value) | Q(seller__icontains=value)
                               | Q(buyer__icontains=value))


class SceneFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)
    kind = django_filters.ChoiceFilter(label=_("类别"), choices=SceneKind.choices, empty_label=ALL)
    state = django_filters.ChoiceFilter(label=_("状态"), choices=SceneState.choices, empty_label=ALL)
    category = django_filters.ChoiceFilter(label=_("场景类别"), choices=SceneCategory.choices, empty_label=ALL)
    ai = django_filters.ChoiceFilter(label=_("人工智能场景"), choices=YES_NO, method="flag", empty_label=ALL)
    department = django_filters.ModelChoiceFilter(label=_("对口部门"), queryset=visible_choices(
        Department, order_by=("sort_order", "pk")), empty_label=ALL)

    class Meta:
        model = SceneItem
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(description__icontains=value) | Q(party__icontains=value))

    def flag(self, queryset, name, value):
        return _flag(queryset, "is_ai", value)


class DockingFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)

    class Meta:
        model = Docking
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(demand__title__icontains=value) | Q(supply__title__icontains=value))
