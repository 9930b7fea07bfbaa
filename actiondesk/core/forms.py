"""Forms of core's own pages (org's forms stay in org, which sits below core)."""
from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.core import keepers
from actiondesk.core.fields import ModelMultipleChoiceField
from actiondesk.org.models import Department


class KeepersForm(forms.Form):
    """Who keeps one registered area: its default department, the ticked departments, or admins only."""

    area = forms.ChoiceField(label=_("范围"))
    mode = forms.ChoiceField(label=_("维护方式"), required=False, widget=forms.RadioSelect,
                             choices=[("default", _("默认部门")), ("named", _("指定部门")), ("admins", _("仅管理员"))])
    departments = ModelMultipleChoiceField(label=_("维护部门"), queryset=Department.objects.none(), required=False,
                                           widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, zone_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [(a.key, a.label) for a in keepers.areas()]
        self.fields["departments"].queryset = Department.objects.filter(zone_id=zone_id).order_by("sort_order", "pk")

    def clean(self):
        cleaned = super().clean()
        ticked = bool(cleaned.get("departments"))
        # Without a mode (older clients) ticked departments name keepers and none returns to the default.
        mode = cleaned.get("mode") or ("named" if ticked else "default")
        if mode == "named" and not ticked:
            self.add_error("departments", _("请勾选至少一个部门，或选择“默认部门”或“仅管理员”"))
        elif mode != "named":
            cleaned["departments"] = []  # the chosen mode wins over ticks left from the named departments
        cleaned["mode"] = mode
        return cleaned
