"""Filter definitions of supervision: period reports (a FilterSet) and the battle map (its own, below).

The battle map is shared by the page and the API.

The board is computed rows, not a queryset, so it is not a FilterSet: ``BoardQuery`` declares and validates the
parameters (the API's query schema: an invalid value is a 422), ``BoardFilter`` applies them to the rows. The
page reads the same parameters leniently (an invalid one is ignored). The 督导通报 and 台账 exports are the
whole board of a period by design and take no filter.
"""
from dataclasses import dataclass

import django_filters
import pydantic
from django.utils.translation import gettext_lazy as _
from ninja import Schema

from actiondesk.core.filters import FilterSet, visible_choices
from actiondesk.core.params import Id, Period
from actiondesk.org.models import Department
from actiondesk.supervision.choices import ProgressStatus, ReportStatus
from actiondesk.supervision.models import PeriodReport, ReportingPeriod

ALL = _("全部")


class ReportFilterSet(FilterSet):
    """The period-report list of the API (the reports page groups reports by period itself)."""

    period = django_filters.ModelChoiceFilter(label=_("报送周期"), queryset=visible_choices(ReportingPeriod),
                                              empty_label=ALL)
    department = django_filters.ModelChoiceFilter(
        label=_("部门"), queryset=visible_choices(Department, order_by=("sort_order", "pk")), empty_label=ALL)
    status = django_filters.ChoiceFilter(label=_("状态"), choices=ReportStatus.choices, empty_label=ALL)

    class Meta:
        model = PeriodReport
        fields = []


class BoardQuery(Schema):
    period: Period | None = None
    department: Id | None = None
    programme: Id | None = None
    status: ProgressStatus | None = None


@dataclass(frozen=True)
class BoardFilter:
    department: int | None = None
    programme: int | None = None
    status: str | None = None

    @classmethod
    def from_query(cls, query: BoardQuery) -> "BoardFilter":
        return cls(query.department, query.programme, query.status)

    @classmethod
    def from_params(cls, params) -> "BoardFilter":
        """The page: each valid parameter applies, an invalid one is ignored."""
        values = {}
        for name in ("department", "programme", "status"):
            try:
                values[name] = getattr(BoardQuery(**{name: params.get(name) or None}), name)
            except pydantic.ValidationError:
                values[name] = None
        return cls(**values)

    @property
    def active(self) -> bool:
        return bool(self.department or self.programme or self.status)

    def tasks(self, board) -> list:
        rows = board.tasks
        if self.department:
            rows = [t for t in rows if any(d.pk == self.department for d in t.leads)]
        if self.programme:
            rows = [t for t in rows if t.task.programme_id == self.programme]
        if self.status:
            rows = [t for t in rows if t.status == self.status]
        return rows

    def indicators(self, board) -> list:
        rows = board.indicators
        if self.department:
            led = {t.task.pk for t in board.tasks if any(d.pk == self.department for d in t.leads)}
            rows = [r for r in rows if (r.reporter and r.reporter.pk == self.department) or led & set(r.task_ids)]
        if self.programme:
            in_programme = {t.task.pk for t in board.tasks if t.task.programme_id == self.programme}
            rows = [r for r in rows if in_programme & set(r.task_ids)]
        if self.status:
            rows = [r for r in rows if r.status == self.status]
        return rows
