"""金融+ forms: each serves both recording a row and changing it (the page passes ``instance``). Enterprises are
named by 统一社会信用代码 (a zone holds too many for a list); other rows are chosen from the zone's own."""
from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.models import Chain
from actiondesk.core import fields
from actiondesk.core.widgets import DateInput
from actiondesk.enterprises.models import Enterprise
from actiondesk.finance.choices import Exchange, ListingStage
from actiondesk.finance.models import FundInvestment, GuidanceFund, Loan, MatchmakingEvent, RiskPool


class EnterpriseByCode(forms.CharField):
    """An enterprise of the zone named by its 统一社会信用代码."""

    def __init__(self, *, zone_id: int, **kwargs):
        super().__init__(label=_("企业统一社会信用代码"), max_length=18, **kwargs)
        self.zone_id = zone_id

    def prepare_value(self, value):
        if isinstance(value, int):  # a model form's initial value is the enterprise's id
            return Enterprise.objects.filter(pk=value).values_list("credit_code", flat=True).first() or ""
        return value

    def clean(self, value):
        code = super().clean(value).strip().upper()
        enterprise = Enterprise.objects.filter(zone_id=self.zone_id, credit_code=code).first()
        if enterprise is None:
            raise forms.ValidationError(_("企业库中没有这个统一社会信用代码"))
        return enterprise


class ZoneModelForm(forms.ModelForm):
    """A model form whose row choices are the zone's own."""

    def __init__(self, *args, zone_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone_id = zone_id
        if "enterprise" in self.fields:
            self.fields["enterprise"] = EnterpriseByCode(zone_id=zone_id)


class FundForm(ZoneModelForm):
    focus_chains = fields.ModelMultipleChoiceField(label=_("重点投向产业链"), queryset=Chain.objects.none(),
                                                   required=False, widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = GuidanceFund
        fields = ["name", "parent", "manager", "size", "committed", "paid_in", "focus_chains"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["focus_chains"].queryset = Chain.objects.filter(zone_id=self.zone_id)
        parents = GuidanceFund.objects.filter(zone_id=self.zone_id, parent__isnull=True)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents

    def clean(self):
        data = super().clean()
        if (data.get("paid_in") or 0) > (data.get("committed") or 0):
            self.add_error("paid_in", _("实缴不能大于认缴"))
        return data


class InvestmentForm(ZoneModelForm):
    class Meta:
        model = FundInvestment
        fields = ["enterprise", "amount", "invested_on"]
        widgets = {"invested_on": DateInput()}


class EventForm(ZoneModelForm):
    class Meta:
        model = MatchmakingEvent
        fields = ["name", "held_on", "banks", "enterprises_attending"]
        widgets = {"held_on": DateInput()}


class LoanForm(ZoneModelForm):
    class Meta:
        model = Loan
        fields = ["enterprise", "bank", "product", "amount", "granted_on", "event", "pool"]
        widgets = {"granted_on": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = MatchmakingEvent.objects.filter(zone_id=self.zone_id)
        self.fields["pool"].queryset = RiskPool.objects.filter(zone_id=self.zone_id)


class PoolForm(ZoneModelForm):
    class Meta:
        model = RiskPool
        fields = ["name", "size", "compensation_rate"]


class CompensationForm(forms.Form):
    loss = forms.DecimalField(label=_("贷款损失（万元）"), max_digits=14, decimal_places=2, min_value=0)
    paid_on = forms.DateField(label=_("补偿日期"), widget=DateInput())


class ListingStepForm(forms.Form):
    enterprise = forms.CharField()  # replaced by EnterpriseByCode
    stage = forms.ChoiceField(label=_("上市梯度"), choices=ListingStage.choices)
    exchange = forms.ChoiceField(label=_("交易所/板块"), choices=[("", "—"), *Exchange.choices], required=False)
    reached_on = forms.DateField(label=_("日期"), required=False, widget=DateInput())
    note = forms.CharField(label=_("说明"), max_length=200, required=False)

    def __init__(self, *args, zone_id: int, fixed: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"] = EnterpriseByCode(zone_id=zone_id)
        if fixed:  # changing a recorded rung: the enterprise and the rung stay
            for name in ("enterprise", "stage"):
                self.fields[name].disabled = True
