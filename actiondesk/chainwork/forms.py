from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.models import ChainSegment
from actiondesk.chainwork.choices import ProblemState, RaisedBy, RouteStage
from actiondesk.core.fields import ModelMultipleChoiceField
from actiondesk.core.widgets import DateInput
from actiondesk.demands.models import Policy
from actiondesk.org.models import Department
from actiondesk.plans.choices import EvidenceKind
from actiondesk.plans.models import Task


class _ZoneForm(forms.Form):
    def __init__(self, *args, zone_id: int, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.queryset = Department.objects.filter(zone_id=zone_id)
                # Read once: the docket renders this form under every item and meeting (validation still queries).
                field.choices = list(field.choices)


class PlanForm(forms.Form):
    task = forms.ModelChoiceField(label=_("落实的重点任务"), queryset=Task.objects.none(), required=False,
                                  help_text=_("计划事项的工作节点记入该任务的任务分解表"))
    technology_route = forms.CharField(label=_("技术路径（总体说明）"), required=False,
                                       widget=forms.Textarea(attrs={"rows": 3}))
    policies = ModelMultipleChoiceField(label=_("配套政策（政策库）"), queryset=Policy.objects.none(), required=False)
    policy_note = forms.CharField(label=_("政策说明"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, zone_id: int, year: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["task"].queryset = Task.objects.filter(plan__zone_id=zone_id, plan__year=year).order_by(
            "position", "pk")
        self.fields["policies"].queryset = Policy.objects.filter(zone_id=zone_id).order_by("pk")


class PlanItemForm(_ZoneForm):
    goal = forms.CharField(label=_("目标"), max_length=200)
    measure = forms.CharField(label=_("举措"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    owner_department = forms.ModelChoiceField(label=_("责任部门"), queryset=Department.objects.none())
    due_on = forms.DateField(label=_("完成时限（记为首个工作节点）"), required=False, widget=DateInput())


class ItemMilestoneForm(_ZoneForm):
    title = forms.CharField(label=_("节点成果"), max_length=160)
    due_date = forms.DateField(label=_("完成时限"), widget=DateInput())
    department = forms.ModelChoiceField(label=_("责任部门（默认计划事项的责任部门）"), required=False,
                                        queryset=Department.objects.none())
    evidence_kind = forms.ChoiceField(label=_("佐证要求"), choices=EvidenceKind.choices)


class RouteStepForm(forms.Form):
    segment = forms.ModelChoiceField(label=_("环节"), queryset=ChainSegment.objects.none(), required=False)
    stage = forms.ChoiceField(label=_("阶段"), choices=RouteStage.choices)
    key_technologies = forms.CharField(label=_("关键技术"), max_length=300)

    def __init__(self, *args, chain, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["segment"].queryset = ChainSegment.objects.filter(chain=chain)


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
