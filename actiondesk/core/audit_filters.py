"""The one filter definition of the audit list (审计记录), shared by the page and the API."""
import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.access import access_for
from actiondesk.core.filters import FilterSet, UserChoiceFilter
from actiondesk.core.models import AuditAction, AuditEntry
from actiondesk.core.widgets import DateInput

ALL = _("全部")


def _zone_users(request):
    """Accounts of the requesting user's zone (audit rows of other zones are never visible anyway)."""
    access = access_for(request.user) if request is not None else None
    if access is None:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(membership__zone_id=access.zone_id).order_by("username")


class AuditFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("对象/说明"), method="search", max_length=100)
    action = django_filters.ChoiceFilter(label=_("操作"), choices=AuditAction.choices, empty_label=ALL)
    actor = UserChoiceFilter(label=_("操作人"), queryset=_zone_users, empty_label=ALL)
    since = django_filters.DateFilter(label=_("起始日期"), field_name="at", lookup_expr="date__gte", widget=DateInput)
    until = django_filters.DateFilter(label=_("截止日期"), field_name="at", lookup_expr="date__lte", widget=DateInput)

    class Meta:
        model = AuditEntry
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(Q(object_repr__icontains=value) | Q(note__icontains=value)
                               | Q(actor_name__icontains=value))
