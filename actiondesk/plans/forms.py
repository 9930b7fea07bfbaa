from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.core.metrics import metric_choices
from actiondesk.core.spreadsheets import clean_xlsx_upload
from actiondesk.core.versioning import VersionFormMixin
from actiondesk.org.models import Department
from actiondesk.plans.models import Indicator
from actiondesk.plans.services import DEPARTMENT_EDITABLE_FIELDS


class IndicatorForm(VersionFormMixin, forms.ModelForm):
    metric = forms.ChoiceField(label=_("数据来源指标"), required=False)

    class Meta:
        model = Indicator
        fields = ["name", "target_value", "value_max", "unit", "comparator", "kind", "reference", "baseline",
                  "lead_department", "metric"]

    def __init__(self, *args, zone_id=None, is_admin=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["metric"].choices = [("", _("人工填报"))] + metric_choices()
        self.fields["lead_department"].queryset = Department.objects.filter(zone_id=zone_id)
        if not is_admin:
            # Departments keep the reference data; targets and data sources are the admin's.
            for name in list(self.fields):
                if name not in (*DEPARTMENT_EDITABLE_FIELDS, "version"):
                    del self.fields[name]


class PlanUploadForm(forms.Form):
    document = forms.FileField(label=_("方案文件（.txt / .md / .docx / .doc / .odt / .rtf / .pdf / .ofd / .xlsx / .xls / .html / .jpg / .png / .tif）"))
    title = forms.CharField(label=_("标题（可选，不填则从文件识别）"), required=False, max_length=200)


class MilestoneUploadForm(forms.Form):
    file = forms.FileField(label=_("任务分解表 .xlsx"))

    def clean_file(self):
        return clean_xlsx_upload(self.cleaned_data["file"])


class MilestoneEvidenceForm(forms.Form):
    file = forms.FileField(label=_("佐证文件（PDF、图片或办公文档）"))
