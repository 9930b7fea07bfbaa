"""The one filter definition of the milestone list (任务分解表), shared by the grid page, the API and the export."""
import datetime

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.core.filters import FilterSet, visible_choices
from actiondesk.org.models import Department
from actiondesk.plans.choices import MilestoneApproval, MilestoneProgress, MilestoneState
from actiondesk.plans.models import Milestone, Task

ALL = _("全部")


class MilestoneFilterSet(FilterSet):
    task = django_filters.ModelChoiceFilter(label=_("重点任务"), queryset=visible_choices(Task, order_by=(
        "plan", "position")), empty_label=ALL)
    department = django_filters.ModelChoiceFilter(label=_("责任部门"), queryset=visible_choices(
        Department, order_by=("sort_order", "pk")), empty_label=ALL)
    state = django_filters.ChoiceFilter(label=_("状态"), choices=MilestoneState.choices, method="in_state",
                                        empty_label=ALL)
    approval = django_filters.ChoiceFilter(label=_("审核"), choices=MilestoneApproval.choices, empty_label=ALL)

    class Meta:
        model = Milestone
        fields = []

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    def in_state(self, queryset, name, value):
        """逾期 is computed from the date, so the states are filtered by date, never by a stored label."""
        done = Q(progress=MilestoneProgress.DONE)
        late = Q(due_date__lt=self.today) & ~done
        if value == MilestoneState.OVERDUE:
            return queryset.filter(late)
        if value == MilestoneState.DONE:
            return queryset.filter(done)
        return queryset.filter(Q(progress=value) & ~late)
