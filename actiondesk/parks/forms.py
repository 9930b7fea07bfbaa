from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.core.widgets import DateInput
from actiondesk.org.models import Department
from actiondesk.parks.choices import ReadinessItem
from actiondesk.parks.models import Building, LandParcel, Park


class ParkForm(forms.ModelForm):
    class Meta:
        model = Park
        fields = ["name", "kind", "area_mu", "operator", "department", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, zone_id: int, can_choose_department: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.filter(zone_id=zone_id)
        if not can_choose_department:
            del self.fields["department"]


class BuildingForm(forms.ModelForm):
    class Meta:
        model = Building
        fields = ["name", "floor_area_m2", "vacant_area_m2"]


class ParcelForm(forms.ModelForm):
    class Meta:
        model = LandParcel
        fields = ["code", "area_mu", "land_use", "status", "min_investment_per_mu", "min_output_per_mu",
                  "min_tax_per_mu", "max_energy_per_mu", "min_plot_ratio"]


class ReadinessForm(forms.Form):
    item = forms.ChoiceField(label=_("事项"), choices=ReadinessItem.choices)
    is_ready = forms.BooleanField(label=_("已完成"), required=False)
    ready_on = forms.DateField(label=_("完成日期"), required=False, widget=DateInput())
    note = forms.CharField(label=_("说明"), max_length=200, required=False)
