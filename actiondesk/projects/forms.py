import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.projects.choices import Stage


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
    stage = forms.ChoiceField(label=_("推进到"), choices=[c for c in Stage.choices if c[0] != Stage.NEGOTIATING])
    on = forms.DateField(label=_("日期"), widget=forms.DateInput(attrs={"type": "date"}))
    reason = forms.CharField(label=_("说明（跳过阶段时必填）"), required=False, max_length=300)


class LedgerUploadForm(forms.Form):
    file = forms.FileField(label=_("项目台账 .xlsx"))
    year = forms.IntegerField(label=_("台账年度"), min_value=2000, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("请上传 .xlsx 文件"))
        return upload


def default_month() -> datetime.date:
    return timezone.localdate().replace(day=1)
