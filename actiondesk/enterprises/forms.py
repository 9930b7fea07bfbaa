from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from actiondesk.core.spreadsheets import clean_xlsx_upload
from actiondesk.core.values import year_problem
from actiondesk.core.versioning import VersionFormMixin
from actiondesk.core.widgets import DateInput
from actiondesk.enterprises.models import (
    Certification,
    Criterion,
    Enterprise,
    EnterpriseYearFigures,
    PolicyNote,
)
from actiondesk.enterprises.models.registry import FIGURE_FIELDS
from actiondesk.org.selectors import person_name
from actiondesk.parks.models import Park

DATE = DateInput()


class EnterpriseForm(VersionFormMixin, forms.ModelForm):
    class Meta:
        model = Enterprise
        fields = ["credit_code", "name", "former_names", "industry_code", "park", "address", "registered_on",
                  "contact_name", "contact_phone", "scale_status", "scale_entered_on", "leader"]
        widgets = {"registered_on": DATE, "scale_entered_on": DATE}

    def __init__(self, *args, zone=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["leader"].queryset = get_user_model().objects.filter(membership__zone=zone,
                                                                         membership__role="leader")
        self.fields["leader"].label_from_instance = person_name
        self.fields["park"].queryset = Park.objects.filter(zone=zone)


class FiguresForm(forms.ModelForm):
    class Meta:
        model = EnterpriseYearFigures
        fields = ["year", *FIGURE_FIELDS]

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year is not None and (problem := year_problem(year)):  # the configured window, as the service checks
            raise ValidationError(problem)
        return year


class CertificationForm(forms.ModelForm):
    class Meta:
        model = Certification
        fields = ["kind", "level", "granted_on", "expires_on", "certificate_number", "registration_year",
                  "source"]
        widgets = {"granted_on": DATE, "expires_on": DATE}


class PolicyNoteForm(forms.ModelForm):
    class Meta:
        model = PolicyNote
        fields = ["need", "measure", "owner_department", "due_on", "status"]
        widgets = {"due_on": DATE, "measure": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, zone=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_department"].queryset = self.fields["owner_department"].queryset.filter(zone=zone)


class CriterionForm(forms.ModelForm):
    class Meta:
        model = Criterion
        fields = ["label", "expression", "operator", "threshold", "unit", "condition", "alternative_group",
                  "evidence", "unverified", "source"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The example is rule language: marked as code, explained in words by the table below the form.
        self.fields["expression"].help_text = format_html(
            "{}<code>rnd_expense / revenue * 100</code>{}", _("年度数据字段的算式，如 "), _("（研发费用占营收的百分比）"))
        self.fields["condition"].help_text = format_html(
            "{}<code>revenue &lt;= 5000</code>{}", _("仅在条件成立时适用，如 "), _("（营收不超过5000万元）"))


class ImportForm(forms.Form):
    file = forms.FileField(label="Excel 文件 (.xlsx)")

    def clean_file(self):
        return clean_xlsx_upload(self.cleaned_data["file"])


class TenancyForm(forms.Form):
    """An enterprise moving onto a park's land, named by its 统一社会信用代码."""

    credit_code = forms.CharField(label=_("统一社会信用代码"), max_length=18)
    area_mu = forms.DecimalField(label=_("用地面积(亩)"), max_digits=12, decimal_places=2, min_value=0)
    moved_in_on = forms.DateField(label=_("入驻日期"), widget=DATE)


class TenancyEndForm(forms.Form):
    moved_out_on = forms.DateField(label=_("迁出日期"), widget=DATE)
