from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.org.choices import STAFF_ROLES
from actiondesk.org.models import Department


class _ZoneDepartmentMixin:
    def _limit_departments(self, zone_id):
        self.fields["department"].queryset = Department.objects.filter(zone_id=zone_id)


class _NewPasswordMixin:
    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", _("两次输入的密码不一致"))
        return data


class UserCreateForm(_NewPasswordMixin, _ZoneDepartmentMixin, forms.Form):
    username = forms.CharField(label=_("用户名"), max_length=150)
    full_name = forms.CharField(label=_("姓名"), max_length=150, required=False)
    role = forms.ChoiceField(label=_("角色"), choices=STAFF_ROLES)
    department = forms.ModelChoiceField(label=_("部门"), queryset=Department.objects.none(), required=False,
                                        help_text=_("角色为“部门”时必填"))
    title = forms.CharField(label=_("职务"), max_length=60, required=False)
    password1 = forms.CharField(label=_("初始密码"), widget=forms.PasswordInput, strip=False,
                                help_text=_("至少 10 个字符，不能是常见密码或纯数字"))
    password2 = forms.CharField(label=_("确认密码"), widget=forms.PasswordInput, strip=False)

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_departments(zone_id)


class MembershipForm(_ZoneDepartmentMixin, forms.Form):
    role = forms.ChoiceField(label=_("角色"), choices=STAFF_ROLES)
    department = forms.ModelChoiceField(label=_("部门"), queryset=Department.objects.none(), required=False)
    title = forms.CharField(label=_("职务"), max_length=60, required=False)

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, **kwargs)
        self._limit_departments(zone_id)


class PasswordResetForm(_NewPasswordMixin, forms.Form):
    password1 = forms.CharField(label=_("新密码"), widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label=_("确认新密码"), widget=forms.PasswordInput, strip=False)


class DepartmentForm(forms.Form):
    name = forms.CharField(label=_("部门名称"), max_length=100)
