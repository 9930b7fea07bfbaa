from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.models import Chain, ChainSegment
from actiondesk.core.widgets import DateInput
from actiondesk.enterprises.models import Enterprise
from actiondesk.investment.choices import LeadStage
from actiondesk.investment.models import Lead
from actiondesk.org.models import Department
from actiondesk.org.selectors import person_name


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


class LeadEditForm(LeadForm):
    """A lead's own fields on its edit page; the stage moves on the lead page's stage form. The owner is one of
    the responsible department's staff; only an admin hands the lead to another department; a signed lead's
    investment is the ledger project's."""

    class Meta(LeadForm.Meta):
        fields = ["company_name", "company_location", "chain", "segment", "source", "source_note", "department",
                  "owner", "expected_investment", "note"]

    def __init__(self, *args, zone_id: int, can_choose_department: bool, **kwargs):
        super().__init__(*args, zone_id=zone_id, **kwargs)
        lead = self.instance
        self.fields["department"].queryset = Department.objects.filter(zone_id=zone_id)
        if not can_choose_department:
            del self.fields["department"]
        self.fields["owner"].queryset = get_user_model().objects.filter(
            membership__zone_id=zone_id, membership__department_id=lead.department_id).order_by("username")
        self.fields["owner"].label_from_instance = person_name
        if lead.project_id:
            del self.fields["expected_investment"]
        if lead.referrer_id:
            self.fields["referrer_credit_code"].initial = lead.referrer.credit_code

    def changes(self) -> dict:
        values = dict(self.cleaned_data)
        values["referrer"] = values.pop("referrer_credit_code")
        return values


class AdvanceForm(forms.Form):
    stage = forms.ChoiceField(label=_("推进到"), choices=[c for c in LeadStage.choices if c[0] != LeadStage.LEAD])
    on = forms.DateField(label=_("日期"), widget=DateInput())
    note = forms.CharField(label=_("说明"), max_length=200, required=False)
    project_code = forms.CharField(label=_("关联已有台账项目（项目编号）"), max_length=40, required=False,
                                   help_text=_("签约时：台账已有该项目则填写编号，否则自动新建台账项目"))
    project_name = forms.CharField(label=_("新建项目名称"), max_length=200, required=False)
