"""Forms of the supervision settings pages. They parse input; the services validate the rules and save."""
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.plans.kinds import kind_of
from actiondesk.supervision.models import SupervisionSettings
from actiondesk.supervision.schedules import preset_choices, preset_shares
from actiondesk.supervision.scoring import score_components
from actiondesk.supervision.services_settings import SETTINGS_FIELDS

MONTHS = range(1, 13)
HUNDRED = Decimal(100)


class SupervisionSettingsForm(forms.ModelForm):
    """The plan's settings, and one weight per score component a higher app registered (``component_<key>``)."""

    class Meta:
        model = SupervisionSettings
        fields = SETTINGS_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        weights = self.instance.weights
        for component in score_components():
            self.fields[f"component_{component.key}"] = forms.IntegerField(
                label=_("权重：%(label)s") % {"label": component.label}, min_value=0, max_value=100,
                required=False,  # left empty: the weight stays as it is
                initial=weights.get(component.key, component.default_weight))

    def component_weights(self) -> dict:
        return {c.weight_setting: self.cleaned_data[f"component_{c.key}"] for c in score_components()
                if self.cleaned_data.get(f"component_{c.key}") is not None}


def _decimal(label, **kwargs):
    return forms.DecimalField(label=label, required=False, max_digits=18, decimal_places=4, **kwargs)


class IndicatorSettingsForm(forms.Form):
    """Schedule as 12 cumulative percentages (or a preset), band overrides, last-year and reference values."""

    preset = forms.ChoiceField(label=_("进度计划模板"), choices=preset_choices, required=False)
    normal_band = _decimal(_("正常区间（低于序时进度百分点，空=按方案）"), min_value=0)
    severe_band = _decimal(_("严重滞后界限（百分点，空=按方案）"), min_value=0)

    def __init__(self, *args, indicator, schedule=None, last_year=None, references=None, **kwargs):
        initial = kwargs.setdefault("initial", {})
        shares = (schedule.shares if schedule else None) or []
        for m in MONTHS:
            if shares:
                initial.setdefault(f"share_{m}", (Decimal(str(shares[m - 1])) * HUNDRED).normalize())
            initial.setdefault(f"last_year_{m}", (last_year or {}).get(m))
            initial.setdefault(f"reference_{m}", (references or {}).get(m))
        if schedule:
            initial.setdefault("normal_band", schedule.normal_band)
            initial.setdefault("severe_band", schedule.severe_band)
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        for m in MONTHS:
            month = _("%(m)s月") % {"m": m}
            self.fields[f"share_{m}"] = _decimal(month, min_value=0, max_value=100)
            if kind_of(indicator.kind).takes_last_year:
                self.fields[f"last_year_{m}"] = _decimal(month)
            if kind_of(indicator.kind).takes_reference:
                self.fields[f"reference_{m}"] = _decimal(month)

    def share_fields(self):
        return [self[f"share_{m}"] for m in MONTHS]

    def last_year_fields(self):
        return [self[f"last_year_{m}"] for m in MONTHS if f"last_year_{m}" in self.fields]

    def reference_fields(self):
        return [self[f"reference_{m}"] for m in MONTHS if f"reference_{m}" in self.fields]

    def clean(self):
        data = super().clean()
        if data.get("preset"):
            data["shares"] = preset_shares(data["preset"])
        else:
            percents = [data.get(f"share_{m}") for m in MONTHS]
            if all(p is None for p in percents):
                data["shares"] = None
            elif any(p is None for p in percents):
                raise forms.ValidationError(_("进度计划须填满12个月，或全部留空按均匀进度"))
            else:
                data["shares"] = [p / HUNDRED for p in percents]
        return data

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        kwargs = {"shares": data["shares"], "normal_band": data.get("normal_band"),
                  "severe_band": data.get("severe_band")}
        if kind_of(self.indicator.kind).takes_last_year:
            kwargs["last_year"] = {m: data.get(f"last_year_{m}") for m in MONTHS}
        if kind_of(self.indicator.kind).takes_reference:
            kwargs["references"] = {m: data.get(f"reference_{m}") for m in MONTHS}
        return kwargs
