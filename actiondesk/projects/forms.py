import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.models import Chain
from actiondesk.core.spreadsheets import clean_xlsx_upload
from actiondesk.core.versioning import VersionFormMixin
from actiondesk.core.widgets import DateInput
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.models import Department
from actiondesk.org.selectors import person_name
from actiondesk.parks.models import LandParcel, Park
from actiondesk.projects.choices import ENTRY_STAGES, Stage
from actiondesk.projects.models import FactorNeed, Project, ProjectProblem


class MonthField(forms.DateField):
    """A month typed as 2026-09 (the browser's <input type=month>) or a full date."""

    widget = forms.DateInput(attrs={"type": "month"})
    input_formats = ["%Y-%m", "%Y-%m-%d"]

    def to_python(self, value):
        day = super().to_python(value)
        return day.replace(day=1) if day else day


class MonthlyInvestmentForm(forms.Form):
    month = MonthField(label=_("月份"))
    amount = forms.DecimalField(label=_("完成投资（万元）"), min_value=0, max_digits=14, decimal_places=2)


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("推进到"), choices=[c for c in Stage.choices if c[0] != Stage.RESERVE])
    on = forms.DateField(label=_("日期"), widget=DateInput())
    reason = forms.CharField(label=_("说明（跳过阶段时必填）"), required=False, max_length=300)
    override_reason = forms.CharField(label=_("例外开工原因（开工前须办结的审批未办结时必填）"), required=False,
                                      max_length=300)


class LedgerUploadForm(forms.Form):
    file = forms.FileField(label=_("项目台账 .xlsx"))
    year = forms.IntegerField(label=_("台账年度"), min_value=2000, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year

    def clean_file(self):
        return clean_xlsx_upload(self.cleaned_data["file"])


def default_month() -> datetime.date:
    return timezone.localdate().replace(day=1)


DATE = DateInput()


class ParsingModelForm(forms.ModelForm):
    """A model form that only parses input: the service validates the whole object and saves it.

    ``limited_to`` names the only fields the user may change; the others are shown disabled.
    """

    def __init__(self, *args, limited_to=None, **kwargs):
        super().__init__(*args, **kwargs)
        if limited_to is not None:
            for name, field in self.fields.items():
                field.disabled = name not in limited_to

    def _post_clean(self):
        pass  # model validation happens in the service, which also keeps self.instance untouched

    def changes(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if not self.fields[k].disabled}

    def add_service_error(self, exc) -> None:
        if hasattr(exc, "error_dict"):
            for field, errors in exc.error_dict.items():
                self.add_error(field if field in self.fields else None, errors)
        else:
            self.add_error(None, exc)


class ProjectForm(VersionFormMixin, ParsingModelForm):
    stage = forms.ChoiceField(label=_("登记阶段"), choices=[(s, Stage(s).label) for s in ENTRY_STAGES],
                              initial=Stage.NEGOTIATING, required=False, help_text=_("储备：尚在谋划、未开始洽谈的项目"))
    investor_credit_code = forms.CharField(label=_("投资主体统一社会信用代码"), max_length=18, required=False,
                                           help_text=_("企业库中的企业；未入库时只填投资主体名称"))

    class Meta:
        model = Project
        fields = ["code", "name", "stage", "investor_credit_code", "investor_name", "industry", "chain",
                  "project_type", "park", "parcel", "location", "lead_department", "responsible_leader", "total_investment", "description",
                  "planned_signed_on", "planned_started_on", "planned_completed_on", "planned_producing_on"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}), "planned_signed_on": DATE,
                   "planned_started_on": DATE, "planned_completed_on": DATE, "planned_producing_on": DATE}

    def __init__(self, *args, zone_id: int, access, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone_id = zone_id
        departments = Department.objects.filter(zone_id=zone_id)
        if access.is_department:
            departments = departments.filter(pk=access.department_id)
            self.fields["lead_department"].initial = access.department_id
            self.fields["lead_department"].disabled = bool(self.instance.pk)
        self.fields["lead_department"].queryset = departments
        self.fields["chain"].queryset = Chain.objects.filter(zone_id=zone_id)
        self.fields["park"].queryset = Park.objects.filter(zone_id=zone_id)
        self.fields["parcel"].queryset = LandParcel.objects.filter(park__zone_id=zone_id).select_related("park")
        if self.instance.pk:
            del self.fields["stage"]  # later stages are reached by stage steps on the project page
        self.fields["responsible_leader"].queryset = get_user_model().objects.filter(
            membership__zone_id=zone_id, membership__role="leader").order_by("username")
        self.fields["responsible_leader"].label_from_instance = person_name
        self.fields["total_investment"].validators.append(MinValueValidator(0))
        if self.instance.pk:
            self.fields["code"].disabled = True
            self.fields["code"].help_text = _("项目编号是台账导入的依据，创建后不可修改")
            if self.instance.investor_id:
                self.fields["investor_credit_code"].initial = self.instance.investor.credit_code

    def clean_investor_credit_code(self):
        code = self.cleaned_data["investor_credit_code"].strip().upper()
        self.investor = None
        if code:
            self.investor = Enterprise.objects.filter(zone_id=self.zone_id, credit_code=code).first()
            if self.investor is None:
                raise forms.ValidationError(_("企业库中没有这个统一社会信用代码"))
        return code

    def changes(self) -> dict:
        values = super().changes()
        values.pop("investor_credit_code", None)
        values.pop("version", None)
        values["investor"] = self.investor
        if "stage" in values:
            values["stage"] = values["stage"] or Stage.NEGOTIATING
        if self.investor is not None and not values.get("investor_name"):
            values["investor_name"] = self.investor.name
        return values


class ProblemForm(ParsingModelForm):
    class Meta:
        model = ProjectProblem
        fields = ["description", "raised_on", "department", "status", "resolution_note"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2}), "raised_on": DATE,
                   "resolution_note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, zone_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.filter(zone_id=zone_id)
        self.fields["raised_on"].initial = timezone.localdate()


class FactorNeedForm(ParsingModelForm):
    class Meta:
        model = FactorNeed
        fields = ["kind", "quantity", "unit", "description", "parcel", "department", "planned_on", "supplied_on",
                  "status", "progress_note"]
        widgets = {"planned_on": DATE, "supplied_on": DATE}
        help_texts = {"parcel": _("用地需求指向所需的地块（默认为项目的用地地块）；资金、人才等需求可留空")}

    def __init__(self, *args, zone_id: int, project_parcel_id: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.filter(zone_id=zone_id)
        self.fields["parcel"].queryset = LandParcel.objects.filter(park__zone_id=zone_id).select_related("park")
        if not self.instance.pk and project_parcel_id:
            self.fields["parcel"].initial = project_parcel_id
        self.fields["quantity"].validators.append(MinValueValidator(0))
