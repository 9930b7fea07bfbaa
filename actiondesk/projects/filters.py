"""The one filter definition of the project list, shared by the page, the API and the 台账 export."""
import datetime

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.chains.models import Chain
from actiondesk.core.filters import FilterSet, IntegerFilter, visible_choices
from actiondesk.org.models import Department
from actiondesk.projects import alerts
from actiondesk.projects.choices import ProjectType, Stage
from actiondesk.projects.models import ApprovalStep, Project, ProjectApproval
from actiondesk.projects.selectors import overdue_q, stalled_q
from actiondesk.projects.selectors_approvals import overdue_q as approval_overdue_q
from actiondesk.projects.selectors_approvals import project_overdue_q

ALERTS = [("stalled", _("停滞项目")), ("overdue", _("阶段逾期")), ("approval_overdue", _("审批逾期"))]
ALL = _("全部")


class ProjectFilterSet(FilterSet):
    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)
    industry = django_filters.ChoiceFilter(label=_("产业领域"), choices=Industry.choices, empty_label=ALL)
    chain = django_filters.ModelChoiceFilter(label=_("产业链"), queryset=visible_choices(Chain, order_by=("sort_order",
                                             "pk")), empty_label=ALL)
    project_type = django_filters.ChoiceFilter(label=_("项目类型"), choices=ProjectType.choices, empty_label=ALL)
    stage = django_filters.ChoiceFilter(label=_("阶段"), choices=Stage.choices, empty_label=ALL)
    lead_department = django_filters.ModelChoiceFilter(
        label=_("责任部门"), queryset=visible_choices(Department, order_by=("sort_order", "pk")), empty_label=ALL)
    signed_year = IntegerFilter(label=_("签约年度"), field_name="signed_on", lookup_expr="year",
                                min_value=2000, max_value=2100)
    alert = django_filters.ChoiceFilter(label=_("预警"), choices=ALERTS, method="alerted", empty_label=ALL)
    # How long without investment or a stage step makes a project stalled (read by ``alert``).
    months = IntegerFilter(label=_("停滞月数"), method="keep", min_value=1, max_value=24)

    class Meta:
        model = Project
        fields = []

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    @property
    def stalled_months(self) -> int:
        return self.value("months") or alerts.DEFAULT_STALLED_MONTHS

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(code__icontains=value) | Q(investor_name__icontains=value)
                               | Q(investor__name__icontains=value))

    def alerted(self, queryset, name, value):
        if value == "stalled":
            return queryset.filter(stalled_q(today=self.today, months=self.stalled_months))
        if value == "approval_overdue":
            return queryset.filter(project_overdue_q(today=self.today))
        return queryset.filter(overdue_q(today=self.today))


APPROVAL_STATUSES = [("pending", _("未办结")), ("overdue", _("逾期")), ("granted", _("已办结")),
                     ("not_required", _("不涉及"))]


class ApprovalFilterSet(FilterSet):
    """The one filter of the approvals 台账: page and .xlsx export."""

    q = django_filters.CharFilter(label=_("关键词"), method="search", max_length=100)
    step = django_filters.ModelChoiceFilter(label=_("审批事项"), queryset=visible_choices(ApprovalStep, order_by=(
        "sort_order", "pk")), empty_label=ALL)
    department = django_filters.ModelChoiceFilter(
        label=_("审批部门"), field_name="step__department",
        queryset=visible_choices(Department, order_by=("sort_order", "pk")), empty_label=ALL)
    lead_department = django_filters.ModelChoiceFilter(
        label=_("责任部门"), field_name="project__lead_department",
        queryset=visible_choices(Department, order_by=("sort_order", "pk")), empty_label=ALL)
    status = django_filters.ChoiceFilter(label=_("状态"), choices=APPROVAL_STATUSES, method="in_status",
                                         empty_label=ALL)

    class Meta:
        model = ProjectApproval
        fields = []

    def __init__(self, *args, today: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()

    def search(self, queryset, name, value):
        return queryset.filter(Q(project__name__icontains=value) | Q(project__code__icontains=value)
                               | Q(document_number__icontains=value))

    def in_status(self, queryset, name, value):
        if value == "overdue":
            return queryset.filter(approval_overdue_q(today=self.today))
        if value == "granted":
            return queryset.filter(granted_on__isnull=False)
        if value == "not_required":
            return queryset.filter(required=False)
        return queryset.filter(required=True, granted_on__isnull=True)
