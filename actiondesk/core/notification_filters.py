"""The one filter definition of the notifications list (page and API)."""
import django_filters
from django.utils.translation import gettext_lazy as _

from actiondesk.core.filters import FilterSet
from actiondesk.core.models import Notification, NotificationKind

READ_STATES = [("unread", _("未读")), ("read", _("已读"))]


class NotificationFilterSet(FilterSet):
    state = django_filters.ChoiceFilter(label=_("状态"), choices=READ_STATES, method="by_state", empty_label=_("全部"))
    kind = django_filters.ChoiceFilter(label=_("类型"), choices=NotificationKind.choices, empty_label=_("全部"))

    class Meta:
        model = Notification
        fields = []

    def by_state(self, queryset, name, value):
        return queryset.filter(read_at__isnull=(value == "unread"))
