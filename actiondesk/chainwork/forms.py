from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.chainwork.choices import ProblemState, RaisedBy
from actiondesk.core.fields import ModelMultipleChoiceField
from actiondesk.core.widgets import DateInput
from actiondesk.org.models import Department


class _ZoneForm(forms.Form):
    def __init__(self, *args, zone_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.queryset = Department.objects.filter(zone_id=zone_id)


class PlanForm(forms.Form):
    technology_route = forms.CharField(label=_("技术路径（各环节的阶段与关键技术）"), required=False,
                                       widget=forms.Textarea(attrs={"rows": 3}))
    policies = forms.CharField(label=_("配套政策"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class PlanItemForm(_ZoneForm):
    goal = forms.CharField(label=_("目标"), max_length=200)
    measure = forms.CharField(label=_("举措"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    owner_department = forms.ModelChoiceField(label=_("责任部门"), queryset=Department.objects.none())
    due_on = forms.DateField(label=_("完成时限"), required=False, widget=DateInput())


class ProblemForm(_ZoneForm):
    title = forms.CharField(label=_("问题"), max_length=200)
    detail = forms.CharField(label=_("情况说明"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    raised_by = forms.ChoiceField(label=_("提出方"), choices=RaisedBy.choices)
    raised_by_name = forms.CharField(label=_("提出单位"), max_length=200, required=False)
    owner_department = forms.ModelChoiceField(label=_("责任部门"), queryset=Department.objects.none())
    raised_on = forms.DateField(label=_("提出日期"), widget=DateInput())
    due_on = forms.DateField(label=_("解决时限"), required=False, widget=DateInput())


class ProblemStateForm(forms.Form):
    state = forms.ChoiceField(label=_("状态"), choices=ProblemState.choices)
    resolution = forms.CharField(label=_("解决情况"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class MeetingForm(forms.Form):
    title = forms.CharField(label=_("会议"), max_length=200)
    held_on = forms.DateField(label=_("召开日期"), widget=DateInput())
    minutes = forms.CharField(label=_("会议纪要"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(_ZoneForm):
    text = forms.CharField(label=_("议定事项"), widget=forms.Textarea(attrs={"rows": 2}))
    departments = ModelMultipleChoiceField(label=_("承办部门"), queryset=Department.objects.none())
    due_on = forms.DateField(label=_("办理时限"), widget=DateInput())
    problem = forms.IntegerField(label=_("协调问题"), required=False, widget=forms.Select)

    def __init__(self, *args, problems=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["problem"].widget.choices = [("", "—"), *[(p.pk, p.title) for p in problems]]
