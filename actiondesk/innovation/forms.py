from django import forms
from django.utils.translation import gettext_lazy as _

from actiondesk.chains.choices import Industry
from actiondesk.core.spreadsheets import clean_xlsx_upload
from actiondesk.innovation.choices import (
    AchievementStage,
    EventKind,
    Level,
    PlatformKind,
    SceneCategory,
    SceneKind,
    SceneState,
)


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("推进到"), choices=AchievementStage.choices)
    on = forms.DateField(label=_("日期"), widget=forms.DateInput(attrs={"type": "date"}))
    evidence = forms.CharField(label=_("佐证材料"), max_length=300, required=False)
    reason = forms.CharField(label=_("终止原因"), max_length=300, required=False)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("技术合同登记表（.xlsx）"))

    def clean_file(self):
        return clean_xlsx_upload(self.cleaned_data["file"])


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


class AchievementForm(forms.Form):
    code = forms.CharField(label=_("成果编号"), max_length=40)
    title = forms.CharField(label=_("成果名称"), max_length=200)
    institution = forms.CharField(label=_("来源单位"), max_length=100)
    field = forms.CharField(label=_("技术领域"), max_length=60, required=False)
    industry = forms.ChoiceField(label=_("产业领域"), choices=Industry.choices)
    trl = forms.IntegerField(label=_("技术就绪度（1-9）"), min_value=1, max_value=9, initial=3)
    expected_value = forms.DecimalField(label=_("预期产值（万元）"), min_value=0, max_digits=14, decimal_places=2,
                                        initial=0)
    invention_patents = forms.IntegerField(label=_("发明专利数"), min_value=0, max_value=999, initial=0)
    is_high_tech = forms.BooleanField(label=_("高技术成果"), required=False)
    description = forms.CharField(label=_("成果简介"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    found_on = forms.DateField(label=_("挖掘日期"), widget=forms.DateInput(attrs={"type": "date"}))
    evidence = forms.CharField(label=_("佐证材料"), max_length=300, required=False)


class AdoptionForm(forms.Form):
    credit_code = forms.CharField(label=_("承接企业统一社会信用代码"), max_length=18)
    adopted_on = forms.DateField(label=_("承接日期"), widget=forms.DateInput(attrs={"type": "date"}))
    is_local = forms.BooleanField(label=_("本地转化"), required=False, initial=True)


class SceneStateForm(forms.Form):
    state = forms.ChoiceField(label=_("状态"), choices=[c for c in SceneState.choices if c[0] != SceneState.BENCHMARK])


class PlatformForm(forms.Form):
    name = forms.CharField(label=_("平台名称"), max_length=200)
    kind = forms.ChoiceField(label=_("类别"), choices=PlatformKind.choices)
    level = forms.ChoiceField(label=_("级别"), choices=Level.choices)
    host = forms.CharField(label=_("依托单位"), max_length=200)
    established_on = forms.DateField(label=_("组建日期"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    recognized_on = forms.DateField(label=_("认定日期"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    services = forms.CharField(label=_("服务内容"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class EventForm(forms.Form):
    title = forms.CharField(label=_("活动名称"), max_length=200)
    kind = forms.ChoiceField(label=_("类别"), choices=EventKind.choices)
    held_on = forms.DateField(label=_("举办日期"), widget=forms.DateInput(attrs={"type": "date"}))
    organiser = forms.CharField(label=_("主办单位"), max_length=200)
    intentions = forms.IntegerField(label=_("达成意向（项）"), min_value=0, max_value=9999, initial=0)
    contracts = forms.IntegerField(label=_("签订合同（项）"), min_value=0, max_value=9999, initial=0)
    outcome = forms.CharField(label=_("活动成效"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
