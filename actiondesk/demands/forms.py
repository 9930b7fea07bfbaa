import json

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from actiondesk.core.fields import ModelMultipleChoiceField
from actiondesk.core.widgets import DateInput
from actiondesk.demands.choices import Channel, Rating
from actiondesk.demands.matching import conditions_problem
from actiondesk.demands.models import DemandCategory
from actiondesk.demands.services_portal import PORTAL_FIGURES
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.choices import Role
from actiondesk.org.models import Department
from actiondesk.org.selectors import person_name

STAFF_CHANNELS = [c for c in Channel.choices if c[0] not in (Channel.PORTAL, Channel.VISIT)]


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person_name(obj)


def _staff(zone_id):
    return get_user_model().objects.filter(membership__zone_id=zone_id, membership__role=Role.DEPARTMENT).order_by(
        "membership__department__sort_order", "username")


def _categories(zone_id):
    return DemandCategory.objects.filter(zone_id=zone_id)


def _departments(zone_id):
    return Department.objects.filter(zone_id=zone_id)


class PortalDemandForm(forms.Form):
    category = forms.ModelChoiceField(label=_("类别"), queryset=DemandCategory.objects.none())
    title = forms.CharField(label=_("诉求"), max_length=200)
    description = forms.CharField(label=_("详细说明"), widget=forms.Textarea(attrs={"rows": 4}), required=False,
                                  max_length=5000)

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = _categories(zone_id)


class DemandForm(PortalDemandForm):
    enterprise = forms.ModelChoiceField(label=_("企业"), queryset=Enterprise.objects.none())
    channel = forms.ChoiceField(label=_("渠道"), choices=STAFF_CHANNELS)
    owner = PersonChoiceField(label=_("责任人（不选按类别）"), queryset=get_user_model().objects.none(),
                              required=False)
    field_order = ["enterprise", "channel", "category", "title", "description", "owner"]

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, zone_id=zone_id, **kwargs)
        self.fields["enterprise"].queryset = Enterprise.objects.filter(zone_id=zone_id)
        self.fields["owner"].queryset = _staff(zone_id)


class AcceptForm(forms.Form):
    departments = ModelMultipleChoiceField(label=_("协办部门"), queryset=Department.objects.none(),
                                                 required=False, widget=forms.CheckboxSelectMultiple)
    request = forms.CharField(label=_("协办事项"), max_length=300, required=False)

    def __init__(self, *args, zone_id, exclude_department_id=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["departments"].queryset = _departments(zone_id).exclude(pk=exclude_department_id)


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("答复"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class CloseForm(forms.Form):
    resolution = forms.CharField(label=_("办理结果"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("附件（PDF、图片或办公文档，10 MB 以内）"))


class RateForm(forms.Form):
    rating = forms.ChoiceField(label=_("评价"), choices=Rating.choices, widget=forms.RadioSelect)
    note = forms.CharField(label=_("意见"), max_length=300, required=False)


class VisitForm(forms.Form):
    enterprise = forms.ModelChoiceField(label=_("企业"), queryset=Enterprise.objects.none())
    visited_on = forms.DateField(label=_("走访日期"), widget=DateInput())
    people = forms.CharField(label=_("参加人员"), max_length=300, required=False)
    topics = forms.CharField(label=_("交流内容"), widget=forms.Textarea(attrs={"rows": 3}), required=False,
                             max_length=5000)
    demand_category = forms.ModelChoiceField(label=_("提出的诉求：类别"), queryset=DemandCategory.objects.none(),
                                             required=False)
    demand_title = forms.CharField(label=_("提出的诉求"), max_length=200, required=False)
    demand_owner = PersonChoiceField(label=_("指定责任人（不选按类别）"), queryset=get_user_model().objects.none(),
                                     required=False)

    def __init__(self, *args, zone_id, enterprises, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = enterprises
        self.fields["demand_category"].queryset = _categories(zone_id)
        self.fields["demand_owner"].queryset = _staff(zone_id)

    def clean(self):
        data = super().clean()
        if data.get("demand_title") and not data.get("demand_category"):
            self.add_error("demand_category", _("请选择诉求类别"))
        return data

    def demands(self):
        data = self.cleaned_data
        if not data.get("demand_title"):
            return []
        return [{"category": data["demand_category"], "title": data["demand_title"], "owner": data["demand_owner"]}]


class FiguresForm(forms.Form):
    revenue = forms.DecimalField(label=_("营业收入(万元)"), min_value=0, max_digits=16, decimal_places=2,
                                 required=False)
    main_revenue = forms.DecimalField(label=_("主营业务收入(万元)"), min_value=0, max_digits=16, decimal_places=2,
                                      required=False)
    tax = forms.DecimalField(label=_("纳税(万元)"), min_value=0, max_digits=16, decimal_places=2, required=False)
    rnd_expense = forms.DecimalField(label=_("研发费用(万元)"), min_value=0, max_digits=16, decimal_places=2,
                                     required=False)
    employees = forms.IntegerField(label=_("从业人员"), min_value=0, max_value=10_000_000, required=False)

    def figures(self):
        return {k: self.cleaned_data[k] for k in PORTAL_FIGURES}


class RegistrationForm(forms.Form):
    credit_code = forms.CharField(label=_("统一社会信用代码"), max_length=18, min_length=18)
    enterprise_name = forms.CharField(label=_("企业名称"), max_length=200)
    contact_name = forms.CharField(label=_("联系人"), max_length=50)
    contact_phone = forms.CharField(label=_("联系电话"), max_length=30)
    username = forms.CharField(label=_("用户名"), max_length=150)
    password = forms.CharField(label=_("密码"), widget=forms.PasswordInput, max_length=128)


class ContactForm(forms.Form):
    enterprise = forms.ModelChoiceField(label=_("企业"), queryset=Enterprise.objects.none())
    username = forms.CharField(label=_("用户名"), max_length=150)
    password = forms.CharField(label=_("初始密码"), widget=forms.PasswordInput, max_length=128)

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = Enterprise.objects.filter(zone_id=zone_id)


class FigureRequestForm(forms.Form):
    enterprise = forms.ModelChoiceField(label=_("企业"), queryset=Enterprise.objects.none())
    year = forms.IntegerField(label=_("年度"), min_value=2000, max_value=2100)
    due_on = forms.DateField(label=_("报送期限"), widget=DateInput())
    note = forms.CharField(label=_("说明"), max_length=300, required=False)

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = Enterprise.objects.filter(zone_id=zone_id)


class PolicyForm(forms.Form):
    title = forms.CharField(label=_("政策名称"), max_length=200)
    issuer = forms.CharField(label=_("发布单位"), max_length=100)
    department = forms.ModelChoiceField(label=_("兑现部门"), queryset=Department.objects.none())
    benefit = forms.CharField(label=_("支持内容"), max_length=300)
    conditions = forms.CharField(label=_("适用条件"), widget=forms.Textarea(attrs={"rows": 4}), required=False,
                                 max_length=5000, initial="[]")
    deadline = forms.DateField(label=_("截止日期"), widget=DateInput(), required=False)
    automatic = forms.BooleanField(label=_("免申即享"), required=False)

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = _departments(zone_id)

    def clean_conditions(self):
        try:
            value = json.loads(self.cleaned_data["conditions"] or "[]")
        except ValueError:
            raise forms.ValidationError(_("适用条件应为 JSON 条件列表"))
        problem = conditions_problem(value)
        if problem:
            raise forms.ValidationError(problem)
        return value


class ArrearForm(forms.Form):
    enterprise = forms.ModelChoiceField(label=_("企业"), queryset=Enterprise.objects.none())
    debtor = forms.CharField(label=_("欠款单位"), max_length=100)
    department = forms.ModelChoiceField(label=_("清欠责任部门"), queryset=Department.objects.none())
    amount = forms.DecimalField(label=_("欠款金额(万元)"), min_value=0, max_digits=14, decimal_places=2)
    due_on = forms.DateField(label=_("应付日期"), widget=DateInput())
    plan = forms.CharField(label=_("还款计划"), max_length=300, required=False)

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enterprise"].queryset = Enterprise.objects.filter(zone_id=zone_id)
        self.fields["department"].queryset = _departments(zone_id)


class RepaymentForm(forms.Form):
    paid_on = forms.DateField(label=_("还款日期"), widget=DateInput())
    amount = forms.DecimalField(label=_("还款金额(万元)"), min_value=0, max_digits=14, decimal_places=2)


class SettingsForm(forms.Form):
    order_after_days = forms.IntegerField(label=_("逾期多少日发督办单"), min_value=1, max_value=365)
    leaders_after_days = forms.IntegerField(label=_("逾期多少日告包保领导"), min_value=1, max_value=365)
    visit_every_days = forms.IntegerField(label=_("走访提醒天数"), min_value=1, max_value=730)


class CategoryForm(forms.Form):
    name = forms.CharField(label=_("名称"), max_length=40)
    accept_days = forms.IntegerField(label=_("受理时限（工作日）"), min_value=1, max_value=365)
    resolve_days = forms.IntegerField(label=_("办结时限（工作日）"), min_value=1, max_value=365)
    owner = PersonChoiceField(label=_("默认责任人"), queryset=get_user_model().objects.none(), required=False)

    def __init__(self, *args, zone_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = _staff(zone_id)


class HolidayForm(forms.Form):
    day = forms.DateField(label=_("日期"), widget=DateInput())
    name = forms.CharField(label=_("名称"), max_length=40, required=False)
    is_workday = forms.BooleanField(label=_("调休上班"), required=False)
