"""Forms of core's own pages (org's forms stay in org, which sits below core)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.core import keepers
from actiondesk.core.fields import ModelMultipleChoiceField
from actiondesk.org.models import Department


class KeepersForm(forms.Form):
    """The departments that keep one registered area (none ticked: the area's default, or admins only)."""

    area = forms.ChoiceField(label=_("范围"))
    departments = ModelMultipleChoiceField(label=_("维护部门"), queryset=Department.objects.none(), required=False,
                                           widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, zone_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [(a.key, a.label) for a in keepers.areas()]
        self.fields["departments"].queryset = Department.objects.filter(zone_id=zone_id).order_by("sort_order", "pk")
