from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.models import Chain, ChainSegment
from actiondesk.core.widgets import DateInput
from actiondesk.enterprises.models import Enterprise
from actiondesk.investment.choices import LeadStage
from actiondesk.investment.models import Lead


class LeadForm(forms.ModelForm):
    referrer_credit_code = forms.CharField(label=_("推荐企业统一社会信用代码"), max_length=18, required=False,
                                           help_text=_("链主推荐时填写"))

    class Meta:
        model = Lead
        fields = ["company_name", "company_location", "chain", "segment", "source", "source_note",
                  "expected_investment", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, zone_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone_id = zone_id
        self.fields["chain"].queryset = Chain.objects.filter(zone_id=zone_id)
        self.fields["segment"].queryset = ChainSegment.objects.filter(chain__zone_id=zone_id).select_related("chain")
        self.fields["segment"].label_from_instance = lambda s: f"{s.chain.name} · {s.name}"

    def clean_referrer_credit_code(self):
        code = self.cleaned_data["referrer_credit_code"].strip()
        if not code:
            return None
        enterprise = Enterprise.objects.filter(zone_id=self.zone_id, credit_code=code).first()
        if enterprise is None:
            raise forms.ValidationError(_("企业库中没有这个统一社会信用代码"))
        return enterprise


class AdvanceForm(forms.Form):
    stage = forms.ChoiceField(label=_("推进到"), choices=[c for c in LeadStage.choices if c[0] != LeadStage.LEAD])
    on = forms.DateField(label=_("日期"), widget=DateInput())
    note = forms.CharField(label=_("说明"), max_length=200, required=False)
    project_code = forms.CharField(label=_("关联已有台账项目（项目编号）"), max_length=40, required=False,
                                   help_text=_("签约时：台账已有该项目则填写编号，否则自动新建台账项目"))
    project_name = forms.CharField(label=_("新建项目名称"), max_length=200, required=False)
