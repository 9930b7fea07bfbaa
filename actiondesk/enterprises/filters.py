"""The one filter definition for the enterprise list: the page, the API and the Excel export all use it."""
import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.filters import FilterSet, UserChoiceFilter
from actiondesk.core.scoping import visible
from actiondesk.enterprises.choices import CertificationKind, ScaleStatus
from actiondesk.enterprises.models import Certification, Enterprise
from actiondesk.parks.models import Park

# 规下 is stored as "", which a form reads as "no filter": the filter value "none" stands for it.
SCALE_CHOICES = [("none", _("规下")), *ScaleStatus.choices[1:]]


def _leaders(request):
    """Users who keep (包保) an enterprise the requesting user can see."""
    if request is None:
        return get_user_model().objects.none()
    led = visible(Enterprise.objects.filter(leader__isnull=False), request.user).values("leader_id")
    return get_user_model().objects.filter(pk__in=led).order_by("username")


class EnterpriseFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("名称/曾用名/信用代码"), method="search", max_length=100)
    # By name (as before parks had a registry), so links and API clients keep working.
    park = django_filters.ChoiceFilter(label=_("园区"), empty_label=_("全部园区"), field_name="park__name")
    section = django_filters.CharFilter(label=_("门类"), method="in_section", max_length=1)
    scale = django_filters.ChoiceFilter(label=_("四上状态"), choices=SCALE_CHOICES, method="with_scale",
                                        empty_label=_("四上状态"))
    kind = django_filters.ChoiceFilter(label=_("持有资质"), choices=CertificationKind.choices, method="holding",
                                       empty_label=_("持有资质"))
    leader = UserChoiceFilter(label=_("包保领导"), queryset=_leaders, empty_label=_("包保领导"))

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
        return queryset.filter(Q(name__icontains=value) | Q(credit_code__icontains=value)
                               | Q(former_names__icontains=value))

    def in_section(self, queryset, name, value):
        return queryset.filter(industry_section=value.upper())

    def with_scale(self, queryset, name, value):
        return queryset.filter(scale_status="" if value == "none" else value)

    def holding(self, queryset, name, value):
        """Enterprises holding a certification of this kind that is valid today."""
        valid = Certification.objects.filter(enterprise=OuterRef("pk"), kind=value, granted_on__lte=self.today).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=self.today))
        return queryset.filter(Exists(valid))
