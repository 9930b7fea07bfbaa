"""The one filter definition of the transformation pool, shared by its page, its API and its Excel export."""
import datetime

import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.models import Chain, SegmentEnterprise
from actiondesk.core.filters import FilterSet, visible_choices
from actiondesk.core.scoping import visible
from actiondesk.enterprises.models import Enterprise
from actiondesk.parks.models import Park
from actiondesk.transformation.choices import (
    LEVELS_OF,
    Category,
    FactoryKind,
    ProjectState,
    RatingStage,
    Scope,
)
from actiondesk.transformation.models import Diagnosis, FactoryRating, TransformationProject

ALL = _("全部")
DIAGNOSED = [("yes", _("已诊断")), ("no", _("未诊断"))]


def _level_choices(kind):
    return [(level.value, level.label) for level in LEVELS_OF[kind]]


class PoolFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("名称/信用代码"), method="search", max_length=100)
    # By the park's name, as the enterprise list filters (links keep working across the park registry).
    park = django_filters.ChoiceFilter(label=_("园区"), empty_label=_("全部园区"), field_name="park__name")
    chain = django_filters.ModelChoiceFilter(label=_("产业链"), method="on_chain", empty_label=ALL,
                                             queryset=visible_choices(Chain, order_by=("sort_order", "pk")))
    smart_level = django_filters.ChoiceFilter(label=_("智能工厂等级"), choices=_level_choices(FactoryKind.SMART),
                                              method="smart", empty_label=ALL)
    green_level = django_filters.ChoiceFilter(label=_("绿色工厂等级"), choices=_level_choices(FactoryKind.GREEN),
                                              method="green", empty_label=ALL)
    stage = django_filters.ChoiceFilter(label=_("评级阶段"), choices=RatingStage.choices, method="in_stage",
                                        empty_label=ALL)
    state = django_filters.ChoiceFilter(label=_("改造项目状态"), choices=ProjectState.choices, method="in_state",
                                        empty_label=ALL)
    diagnosed = django_filters.ChoiceFilter(label=_("本年诊断"), choices=DIAGNOSED, method="was_diagnosed",
                                            empty_label=ALL)

    class Meta:
        model = Enterprise
        fields = []

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or datetime.date.today()
        user = getattr(self.request, "user", None)
        parks = visible(Park.objects.order_by("name"), user).values_list("name", flat=True) if user else []
        self.filters["park"].extra["choices"] = [(p, p) for p in parks]

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(credit_code__icontains=value.upper()))

    def on_chain(self, queryset, name, value):
        return queryset.filter(Exists(SegmentEnterprise.objects.filter(enterprise=OuterRef("pk"), segment__chain=value)))

    def _rated(self, queryset, kind, level):
        valid = FactoryRating.objects.filter(enterprise=OuterRef("pk"), kind=kind, level=level,
                                             stage=RatingStage.RECOGNISED).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=self.today))
        return queryset.filter(Exists(valid))

    def smart(self, queryset, name, value):
        return self._rated(queryset, FactoryKind.SMART, value)

    def green(self, queryset, name, value):
        return self._rated(queryset, FactoryKind.GREEN, value)

    def in_stage(self, queryset, name, value):
        return queryset.filter(Exists(FactoryRating.objects.filter(enterprise=OuterRef("pk"), stage=value)))

    def in_state(self, queryset, name, value):
        return queryset.filter(Exists(TransformationProject.objects.filter(enterprise=OuterRef("pk"), state=value)))

    def was_diagnosed(self, queryset, name, value):
        done = Exists(Diagnosis.objects.filter(enterprise=OuterRef("pk"),
                                               diagnosed_on__year=self.today.year))
        return queryset.filter(done if value == "yes" else ~done)


class ProjectFilterSet(FilterSet):
    """The 智改数转 project list (page and API)."""

    q = django_filters.CharFilter(label=_("项目/企业"), method="search", max_length=100)
    state = django_filters.ChoiceFilter(label=_("状态"), choices=ProjectState.choices, empty_label=ALL)
    scope = django_filters.ChoiceFilter(label=_("改造方向"), choices=Scope.choices, empty_label=ALL)
    category = django_filters.ChoiceFilter(label=_("改造内容"), choices=Category.choices, empty_label=ALL)

    class Meta:
        model = TransformationProject
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(enterprise__name__icontains=value)
                               | Q(enterprise__credit_code__icontains=value.upper()))
