from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.core.spreadsheets import clean_xlsx_upload
from actiondesk.core.versioning import VersionFormMixin
from actiondesk.core.widgets import DateInput
from actiondesk.projects.models import Project
from actiondesk.transformation.choices import CaseStatus, FactoryLevel
from actiondesk.transformation.models import (
    Diagnosis,
    FactoryRating,
    SceneGuide,
    Solution,
    TransformationCase,
    TransformationProject,
)

DATE = DateInput()


class DiagnosisForm(forms.ModelForm):
    class Meta:
        model = Diagnosis
        fields = ["diagnosed_on", "provider", "method", "level_overall", "level_personnel", "level_technology",
                  "level_resources", "level_manufacturing", "findings", "measures", "report"]
        widgets = {"diagnosed_on": DATE, "findings": forms.Textarea(attrs={"rows": 3}),
                   "measures": forms.Textarea(attrs={"rows": 3})}


class RatingForm(forms.ModelForm):
    class Meta:
        model = FactoryRating
        fields = ["kind", "level", "stage", "applied_on", "recognised_on", "expires_on", "certificate_number"]
        widgets = {"applied_on": DATE, "recognised_on": DATE, "expires_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = [("", "---------"), *FactoryLevel.choices]


class ProjectForm(VersionFormMixin, forms.ModelForm):
    class Meta:
        model = TransformationProject
        fields = ["name", "scope", "category", "solution", "vendor", "ledger_project", "planned_investment",
                  "actual_investment", "subsidy_applied", "subsidy_granted", "started_on", "completed_on", "state",
                  "efficiency_before", "efficiency_after", "energy_before", "energy_after", "quality_before",
                  "quality_after"]
        widgets = {"started_on": DATE, "completed_on": DATE}

    def __init__(self, *args, zone_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["solution"].queryset = Solution.objects.filter(zone_id=zone_id)
        self.fields["ledger_project"].queryset = Project.objects.filter(zone_id=zone_id).order_by("code")


class CaseForm(forms.ModelForm):
    class Meta:
        model = TransformationCase
        fields = ["title", "problem", "solution", "investment", "effect", "replicability"]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in ("problem", "solution", "effect",
                                                                        "replicability")}


class CaseReviewForm(forms.Form):
    status = forms.ChoiceField(label=_("状态"), choices=CaseStatus.choices)


class SolutionForm(forms.ModelForm):
    class Meta:
        model = Solution
        fields = ["name", "industry", "category", "vendor", "reference_price", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class GuideForm(VersionFormMixin, forms.ModelForm):
    class Meta:
        model = SceneGuide
        fields = ["introduction", "scenes", "solutions"]
        widgets = {"introduction": forms.Textarea(attrs={"rows": 3}), "scenes": forms.Textarea(attrs={"rows": 8}),
                   "solutions": forms.CheckboxSelectMultiple}

    def __init__(self, *args, zone_id=None, industry=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["solutions"].queryset = Solution.objects.filter(zone_id=zone_id).order_by("industry", "name")


class SettingsForm(forms.Form):
    diagnosis_validity_months = forms.IntegerField(label=_("诊断有效期（月）"), required=False, min_value=1,
                                                   max_value=60,
                                                   help_text=_("留空：只计当年内的诊断"))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Excel 文件（.xlsx）"))

    def clean_file(self):
        return clean_xlsx_upload(self.cleaned_data["file"])
