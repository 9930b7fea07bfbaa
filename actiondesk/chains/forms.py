from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.models import InvestmentTarget


class InvestmentTargetForm(forms.ModelForm):
    class Meta:
        model = InvestmentTarget
        fields = ["company_name", "location", "reason", "status"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 2})}


class PolicyForm(forms.Form):
    chief_name = forms.CharField(label=_("链长"), max_length=60, required=False)
    policy_note = forms.CharField(label=_("一链一策"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
