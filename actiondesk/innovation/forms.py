from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.innovation.choices import AchievementStage, Level, SceneCategory, SceneKind


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("推进到"), choices=AchievementStage.choices)
    on = forms.DateField(label=_("日期"), widget=forms.DateInput(attrs={"type": "date"}))
    evidence = forms.CharField(label=_("佐证材料"), max_length=300, required=False)
    reason = forms.CharField(label=_("终止原因"), max_length=300, required=False)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("技术合同登记表（.xlsx）"))


class SceneForm(forms.Form):
    kind = forms.ChoiceField(label=_("类别"), choices=SceneKind.choices)
    title = forms.CharField(label=_("名称"), max_length=200)
    description = forms.CharField(label=_("描述"), widget=forms.Textarea(attrs={"rows": 4}))
    party = forms.CharField(label=_("提出或提供单位"), max_length=200)
    category = forms.ChoiceField(label=_("场景类别"), choices=SceneCategory.choices)
    industry = forms.ChoiceField(label=_("产业领域"), choices=Industry.choices)
    field = forms.CharField(label=_("技术方向"), max_length=100, required=False)
    budget = forms.DecimalField(label=_("预算（万元）"), required=False, min_value=0, max_digits=14, decimal_places=2)
    deadline = forms.DateField(label=_("期望完成日期"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    level = forms.ChoiceField(label=_("案例级别"), choices=[("", "—"), *Level.choices], required=False)
    references = forms.CharField(label=_("应用案例"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    is_ai = forms.BooleanField(label=_("人工智能场景"), required=False)


class BenchmarkForm(forms.Form):
    on = forms.DateField(label=_("入选日期"), widget=forms.DateInput(attrs={"type": "date"}))
    writeup = forms.CharField(label=_("标杆案例说明"), widget=forms.Textarea(attrs={"rows": 3}))
