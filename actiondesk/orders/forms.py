import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.core.fields import ModelMultipleChoiceField
from actiondesk.core.versioning import VersionFormMixin
from actiondesk.core.widgets import DateInput
from actiondesk.orders.choices import OrderPriority, OrderSourceKind
from actiondesk.orders.services import MAX_FILES_PER_REPLY
from actiondesk.org.models import Department
from actiondesk.org.selectors import person_name

DEFAULT_DAYS = 15  # a new order's default time limit (办理时限)


def default_due() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=DEFAULT_DAYS)


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        department = getattr(getattr(obj, "membership", None), "department", None)
        return f"{person_name(obj)}（{department.name}）" if department else person_name(obj)


class OrderFieldsMixin(forms.Form):
    departments = ModelMultipleChoiceField(label=_("承办部门"), queryset=Department.objects.none(),
                                                 widget=forms.CheckboxSelectMultiple)
    due_on = forms.DateField(label=_("办理时限"), widget=DateInput(), initial=default_due)
    priority = forms.ChoiceField(label=_("紧急程度"), choices=OrderPriority.choices, initial=OrderPriority.NORMAL)

    def __init__(self, *args, zone_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["departments"].queryset = Department.objects.filter(zone_id=zone_id).order_by("sort_order", "pk")


class OrderForm(OrderFieldsMixin):
    subject = forms.CharField(label=_("督办事项"), max_length=200)
    instruction = forms.CharField(label=_("督办要求"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)
    source_kind = forms.ChoiceField(label=_("来源"), choices=OrderSourceKind.choices, initial=OrderSourceKind.OFFICE)
    source_label = forms.CharField(label=_("来源说明（如会议纪要第几项）"), max_length=200, required=False)
    responsible = PersonChoiceField(label=_("责任人"), queryset=get_user_model().objects.none(), required=False)
    field_order = ["subject", "instruction", "source_kind", "source_label", "departments", "responsible", "due_on",
                   "priority"]

    def __init__(self, *args, zone_id: int, **kwargs):
        super().__init__(*args, zone_id=zone_id, **kwargs)
        self.fields["responsible"].queryset = get_user_model().objects.filter(
            membership__zone_id=zone_id, is_active=True).select_related("membership__department").order_by(
            "membership__department__sort_order", "username")


class CommentOrderForm(OrderFieldsMixin):
    """The 批示 form extended: the 批示 itself and, when asked, the 督办单 that carries it to the departments."""

    text = forms.CharField(label=_("批示"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    raise_order = forms.BooleanField(label=_("同时交办督办单"), required=False, initial=True)
    field_order = ["text", "raise_order", "departments", "due_on", "priority"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("departments", "due_on", "priority"):
            self.fields[name].required = False

    def clean(self):
        data = super().clean()
        if data.get("raise_order"):
            if not data.get("departments"):
                self.add_error("departments", _("交办督办单须选择承办部门"))
            if not data.get("due_on"):
                self.add_error("due_on", _("交办督办单须填写办理时限"))
        return data


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        if len(files) > MAX_FILES_PER_REPLY:
            raise forms.ValidationError(_("一次最多上传 %(n)s 个附件") % {"n": MAX_FILES_PER_REPLY})
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class ReplyForm(VersionFormMixin):
    text = forms.CharField(label=_("落实情况"), widget=forms.Textarea(attrs={"rows": 5}), max_length=10000)
    files = MultipleFileField(label=_("附件（PDF、图片、Word 或 Excel 文件）"), required=False)


class CloseForm(VersionFormMixin):
    note = forms.CharField(label=_("办结意见"), max_length=500, required=False)


class SendBackForm(VersionFormMixin):
    reason = forms.CharField(label=_("退回原因"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
