from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import PlacementRole
from actiondesk.chains.models import InvestmentTarget
from actiondesk.core.spreadsheets import clean_xlsx_upload


class InvestmentTargetForm(forms.ModelForm):
    class Meta:
        model = InvestmentTarget
        fields = ["company_name", "location", "reason", "status"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 2})}


class PolicyForm(forms.Form):
    chief_name = forms.CharField(label=_("链长"), max_length=60, required=False)
    policy_note = forms.CharField(label=_("一链一策"), widget=forms.Textarea(attrs={"rows": 4}), required=False)


class PlacementForm(forms.Form):
    segment = forms.ModelChoiceField(label=_("环节"), queryset=None)
    enterprise = forms.ModelChoiceField(label=_("企业"), queryset=None, widget=forms.HiddenInput,
                                        error_messages={"required": _("请先搜索并选择企业"),
                                                        "invalid_choice": _("请先搜索并选择本示范区的企业")})
    role = forms.ChoiceField(label=_("角色"), choices=PlacementRole.choices, initial=PlacementRole.SUPPORTING)

    def __init__(self, *args, chain, enterprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["segment"].queryset = chain.segments.all()
        self.fields["enterprise"].queryset = enterprises


class OutputUploadForm(forms.Form):
    file = forms.FileField(label=_("月度产值 .xlsx"))

    def clean_file(self):
        return clean_xlsx_upload(self.cleaned_data["file"])
