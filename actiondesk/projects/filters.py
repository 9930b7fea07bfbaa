"""The one filter definition of the project list, shared by the page, the API and the 台账 export."""
import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.chains.models import Chain
from actiondesk.org.models import Department
from actiondesk.projects.choices import ProjectType, Stage
from actiondesk.projects.selectors import overdue_q, stalled_q

ALERTS = [("", _("全部")), ("stalled", _("停滞项目")), ("overdue", _("阶段逾期"))]


def _blank(choices):
    return [("", _("全部")), *choices]


class ProjectFilter(forms.Form):
    q = forms.CharField(label=_("关键词"), required=False)
    industry = forms.ChoiceField(label=_("产业领域"), choices=_blank(Industry.choices), required=False)
    chain = forms.TypedChoiceField(label=_("产业链"), required=False, coerce=int, empty_value=None)
    project_type = forms.ChoiceField(label=_("项目类型"), choices=_blank(ProjectType.choices), required=False)
    stage = forms.ChoiceField(label=_("阶段"), choices=_blank(Stage.choices), required=False)
    lead_department = forms.TypedChoiceField(label=_("责任部门"), required=False, coerce=int, empty_value=None)
    signed_year = forms.IntegerField(label=_("签约年度"), required=False, min_value=2000, max_value=2100)
    alert = forms.ChoiceField(label=_("预警"), choices=ALERTS, required=False)

    def __init__(self, data=None, *, zone_id: int, stalled_months: int = 3, today: datetime.date | None = None):
        super().__init__(data or None)
        self.fields["chain"].choices = _blank(Chain.objects.filter(zone_id=zone_id).values_list("pk", "name"))
        self.fields["lead_department"].choices = _blank(
            Department.objects.filter(zone_id=zone_id).values_list("pk", "name"))
        self.stalled_months, self.today = stalled_months, today or timezone.localdate()

    def filter(self, qs):
        """``qs`` narrowed by the valid filters (an invalid form filters nothing it could not read)."""
        if not self.is_bound:
            return qs
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("q"):
            q = data["q"]
            qs = qs.filter(Q(name__icontains=q) | Q(code__icontains=q) | Q(investor_name__icontains=q)
                           | Q(investor__name__icontains=q))
        for field in ("industry", "project_type", "stage"):
            if data.get(field):
                qs = qs.filter(**{field: data[field]})
        if data.get("chain"):
            qs = qs.filter(chain_id=data["chain"])
        if data.get("lead_department"):
            qs = qs.filter(lead_department_id=data["lead_department"])
        if data.get("signed_year"):
            qs = qs.filter(signed_on__year=data["signed_year"])
        if data.get("alert") == "stalled":
            qs = qs.filter(stalled_q(today=self.today, months=self.stalled_months))
        elif data.get("alert") == "overdue":
            qs = qs.filter(overdue_q(today=self.today))
        return qs
