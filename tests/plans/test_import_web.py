"""Upload → review beside the source → confirm; re-import updates in place and lists the changes."""
import io
from pathlib import Path

import docx
import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actiondesk.plans.models import Indicator, Plan, PlanDraft, Task
from actiondesk.plans.samples import SHENFU_2026_TEXT as PLAN_TXT

pytestmark = pytest.mark.django_db


def _upload(client, name, data):
    return client.post(reverse("plans:import_upload"), {"document": SimpleUploadedFile(name, data)})


def _confirm_form(draft, **overrides):
    """The review form as the browser would post it, unchanged unless overridden."""
    data = {"title": draft.reading["title"], "year": str(draft.reading["year"])}
    for i, task in enumerate(draft.reading["tasks"]):
        data.update({f"task-{i}-number": task["number"], f"task-{i}-title": task["title"],
                     f"task-{i}-lead": "、".join(task["lead"]), f"task-{i}-support": "、".join(task["support"])})
    for i, t in enumerate(draft.reading["targets"]):
        data.update({f"target-{i}-indicator": t["indicator"], f"target-{i}-value": "" if t["value"] is None else
                     str(t["value"]), f"target-{i}-value_max": "" if t["value_max"] is None else str(t["value_max"]),
                     f"target-{i}-unit": t["unit"] or "", f"target-{i}-comparator": t["comparator"],
                     f"target-{i}-kind": t["kind"], f"target-{i}-task": t["task"] or ""})
    data.update(overrides)
    return data


def test_department_user_cannot_open_the_plan_upload_page(login, alice):
    assert login(alice).get(reverse("plans:import_upload")).status_code == 403


def test_outsider_cannot_open_another_zones_draft(login, admin, mallory):
    response = _upload(login(admin), "plan.txt", PLAN_TXT.read_bytes())
    draft_url = response["Location"]
    assert login(mallory).get(draft_url).status_code == 404


def test_review_page_shows_every_task_and_target_beside_its_highlighted_source(login, admin):
    client = login(admin)
    response = _upload(client, "shenfu.txt", PLAN_TXT.read_bytes())
    assert response.status_code == 302
    body = client.get(response["Location"]).content.decode()
    assert body.count('name="task-') >= 19 * 4
    assert '<mark class="source">全年签约产业类项目80个</mark>' in body
    assert "财政金融局" in body and "机关各部门" in body
    assert Plan.objects.count() == 0  # nothing is stored before the reading is confirmed


def test_confirming_a_corrected_reading_stores_the_correction(login, admin, zone):
    client = login(admin)
    client.post(reverse("plans:import_upload"), {"document": SimpleUploadedFile("p.txt", PLAN_TXT.read_bytes())})
    draft = PlanDraft.objects.get()
    index = next(i for i, t in enumerate(draft.reading["tasks"]) if t["number"] == "19")
    form = _confirm_form(draft, **{f"task-{index}-support": "产业创新局"})
    response = client.post(reverse("plans:import_review", args=[draft.pk]), form)
    assert response.status_code == 200 and "方案已导入" in response.content.decode()
    task = Task.objects.get(plan__zone=zone, number="19")
    assert [d.name for d in task.support_departments.all()] == ["产业创新局"]


def test_a_unit_whose_name_holds_its_own_dun_hao_is_stored_whole_and_an_edited_list_is_split_as_the_reader_splits(
    login, admin, zone
):
    plan = ("某市2026年产业发展行动方案\n一、重点任务\n1.建设园区。完善配套。（市工业和信息化局牵头，各区、市政府配合）\n"
            "2.培育企业。新增企业5家。（市科技局负责）\n")
    client = login(admin)
    _upload(client, "p.txt", plan.encode())
    draft = PlanDraft.objects.get()
    assert draft.reading["tasks"][0]["support"] == ["各区、市政府"]
    form = _confirm_form(draft, **{"task-1-support": "市财政局、各区、县（市）政府"})
    assert client.post(reverse("plans:import_review", args=[draft.pk]), form).status_code == 200
    supports = {task.number: sorted(d.name for d in task.support_departments.all())
                for task in Task.objects.filter(plan__zone=zone)}
    assert supports == {"1": ["各区、市政府"], "2": ["各区、县（市）政府", "市财政局"]}


def test_review_reports_bad_corrections_and_stores_nothing(login, admin):
    client = login(admin)
    client.post(reverse("plans:import_upload"), {"document": SimpleUploadedFile("p.txt", PLAN_TXT.read_bytes())})
    draft = PlanDraft.objects.get()
    form = _confirm_form(draft, **{"target-0-task": "99", "target-1-value": "八十"})
    body = client.post(reverse("plans:import_review", args=[draft.pk]), form).content.decode()
    assert "任务编号 99 不存在" in body and "“八十”不是数字" in body
    assert Plan.objects.count() == 0


def test_reimporting_a_revised_document_keeps_attached_data_and_lists_changes(login, admin, zone, tmp_path):
    client = login(admin)
    client.post(reverse("plans:import_upload"), {"document": SimpleUploadedFile("p.txt", PLAN_TXT.read_bytes())})
    draft = PlanDraft.objects.get()
    client.post(reverse("plans:import_review", args=[draft.pk]), _confirm_form(draft))
    indicator = Indicator.objects.get(plan__zone=zone, source_text="全年签约产业类项目80个")
    indicator.baseline = 61
    indicator.save()
    task_ids = dict(Task.objects.values_list("number", "pk"))

    revised = PLAN_TXT.read_text(encoding="utf-8").replace("全年签约产业类项目80个", "全年签约产业类项目90个")
    revised = revised.replace("(牵头部门:财政金融局)", "(牵头部门:财政金融局;配合部门:产业创新局)")
    client.post(reverse("plans:import_upload"), {"document": SimpleUploadedFile("p2.txt", revised.encode("gb18030"))})
    draft2 = PlanDraft.objects.latest("pk")
    body = client.post(reverse("plans:import_review", args=[draft2.pk]), _confirm_form(draft2)).content.decode()
    assert "方案已更新" in body
    assert "任务19配合部门：无 → 产业创新局" in body
    assert "目标：≥ 80 个 → ≥ 90 个" in body
    assert Plan.objects.count() == 1
    assert dict(Task.objects.values_list("number", "pk")) == task_ids
    indicator.refresh_from_db()
    assert indicator.target_value == 90 and indicator.baseline == 61


@pytest.mark.parametrize("name,data,message", [
    ("empty.txt", b"", "空"),
    ("x.docx", b"not a zip at all", "docx"),
    ("pic.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00", ""),
    ("broken.pdf", b"%PDF-1.7\n%%EOF", "PDF"),
    ("tasks.xlsx", b"not a zip at all", "xlsx"),
    ("page.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "网页"),
    ("plan.doc", b"no word file", "不是有效的 .doc"),
])
def test_bad_uploads_show_a_clear_message_and_store_nothing(login, admin, name, data, message):
    response = _upload(login(admin), name, data)
    assert response.status_code == 400
    body = response.content.decode()
    assert 'class="errorlist' in body and message in body
    assert PlanDraft.objects.count() == 0 and Plan.objects.count() == 0


def test_review_page_shows_the_rule_behind_each_split_and_target_and_marks_what_is_unsure(login, admin, mallory):
    client = login(admin)
    plan = ("某区2026年行动计划\n一、重点任务\n1.完善工作机制。推行六种模式。\n"
            "2.培育企业。新增企业10家。(牵头单位:区工信局;配合单位:区科技局)\n").encode()
    response = _upload(client, "plan.txt", plan)
    body = client.get(response["Location"]).content.decode()
    assert body.count('<span class="tag unsure">待确认</span>') == 1  # the task with no responsibility clause
    assert "未找到责任单位" in body
    assert "按“牵头单位/配合单位”标注" in body
    assert "未写比较词，按“不少于”" in body  # 新增企业10家
    assert login(mallory).get(response["Location"]).status_code == 404


def test_review_page_names_the_rule_that_took_the_lead_from_a_table_row_naming_its_unit(login, admin, mallory):
    client = login(admin)
    plan = ("某县考核细则\n序号 考核项目 分值 考核内容 评分标准\n二、 部门项目 60\n"
            "1 重点部门 县甲局 30 推进甲项整治 建成甲设施5处（10分）\n15 持续推进乙项治理 开展检查（15分）\n").encode()
    response = _upload(client, "plan.txt", plan)
    body = client.get(response["Location"]).content.decode()
    assert "表格未标责任单位列，按行内的单位名称" in body  # row 1 names 县甲局
    assert "表格的责任单位跨行，沿用上一行的单位" in body  # the next line inherits it
    assert login(mallory).get(response["Location"]).status_code == 404


def _word_plan_with_a_task_table() -> bytes:
    document = docx.Document()
    for line in ("某区2026年营商环境优化行动方案", "一、主要目标", "到2026年，新增市场主体5000户以上。", "二、重点任务",
                 "附件", "重点任务清单"):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=5)
    for cell, label in zip(table.rows[0].cells, ("序号", "重点任务", "具体措施", "牵头单位", "配合单位"), strict=True):
        cell.text = label
    for values in (("1", "优化开办服务", "全年新增企业3000户", "区市场监管局", "区税务局、区人社局"),
                   ("2", "加强要素保障", "供应工业用地500亩", "区规划资源局", "")):
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_plan_whose_tasks_stand_in_a_table_is_reviewed_and_stored_row_by_row(login, admin):
    client = login(admin)
    response = _upload(client, "plan.docx", _word_plan_with_a_task_table())
    assert response.status_code == 302
    body = client.get(response["Location"]).content.decode()
    assert "优化开办服务" in body and "加强要素保障" in body
    assert ">None<" not in body  # a task in no programme shows an empty 工程 cell
    draft = PlanDraft.objects.get()
    assert [(t["title"], t["lead"], t["support"]) for t in draft.reading["tasks"]] == [
        ("优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]), ("加强要素保障", ["区规划资源局"], [])]
    client.post(response["Location"], _confirm_form(draft))
    assert sorted(Task.objects.values_list("title", flat=True)) == ["优化开办服务", "加强要素保障"]
    assert Indicator.objects.filter(target_value=500).exists()


def test_a_task_table_kept_in_excel_is_reviewed_and_stored_row_by_row(login, admin, mallory):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (("某区2026年营商环境优化任务分解表",), ("序号", "重点任务", "具体措施", "牵头单位", "配合单位"),
                (1, "优化开办服务", "全年新增企业3000户", "区市场监管局", "区税务局\n区人社局"),
                (2, "加强要素保障", "供应工业用地500亩", "区规划资源局")):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    client = login(admin)
    response = _upload(client, "任务分解表.xlsx", buffer.getvalue())
    assert response.status_code == 302
    draft = PlanDraft.objects.get()
    assert draft.reading["title"] == "某区2026年营商环境优化任务分解表"
    assert [(t["title"], t["lead"], t["support"]) for t in draft.reading["tasks"]] == [
        ("优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]), ("加强要素保障", ["区规划资源局"], [])]
    assert "供应工业用地500亩" in client.get(response["Location"]).content.decode()
    assert login(mallory).get(response["Location"]).status_code == 404
    login(admin).post(response["Location"], _confirm_form(draft))
    assert sorted(Task.objects.values_list("title", flat=True)) == ["优化开办服务", "加强要素保障"]
    assert Indicator.objects.filter(target_value=3000).exists()


def test_a_plan_saved_from_its_government_web_page_is_reviewed_without_the_portal_around_it(login, admin, mallory):
    page = Path(__file__).parent / "fixtures/html/national-2020-regulating-industry-association-chamber-fees-notice.html"
    client = login(admin)
    response = _upload(client, "通知.html", page.read_bytes())
    assert response.status_code == 302
    draft = PlanDraft.objects.get()
    assert draft.reading["title"] == "国务院办公厅关于进一步规范行业协会商会收费的通知"
    assert len(draft.reading["tasks"]) == 13
    body = client.get(response["Location"]).content.decode()
    assert "市场监管总局" in body and "上一篇" not in body
    assert login(mallory).get(response["Location"]).status_code == 404


def test_a_plan_uploaded_as_its_published_pdf_is_reviewed_task_by_task(login, admin, mallory):
    pdf = Path(__file__).parent / "fixtures/pdf/zhejiang-2026-industrial-internet-ai-integration-empowerment-action-plan.pdf"
    client = login(admin)
    response = _upload(client, "方案.pdf", pdf.read_bytes())
    assert response.status_code == 302
    draft = PlanDraft.objects.get()
    assert len(draft.reading["tasks"]) == 14 and len(draft.reading["targets"]) == 8
    body = client.get(response["Location"]).content.decode()
    assert body.count('name="task-') >= 14 * 4 and "省经信厅" in body
    assert login(mallory).get(response["Location"]).status_code == 404


def test_confirming_keeps_the_readers_own_reading_and_counts_what_staff_changed(login, admin, mallory):
    client = login(admin)
    _upload(client, "p.txt", PLAN_TXT.read_bytes())
    draft = PlanDraft.objects.get()
    read = draft.reading
    task = next(i for i, t in enumerate(read["tasks"]) if t["number"] == "19")
    value = next(i for i, t in enumerate(read["targets"]) if t["text"] == "全年签约产业类项目80个")
    form = _confirm_form(draft, **{f"task-{task}-support": "产业创新局", "target-0-delete": "on",
                                   f"target-{value}-value": "90"})
    body = client.post(reverse("plans:import_review", args=[draft.pk]), form).content.decode()
    draft.refresh_from_db()
    assert draft.read_as == read and draft.reading != read
    assert "识别结果确认前的改动" in body
    assert "任务：识别 19 项，补录 0 项，删除 0 项，改标题 0 项，改牵头单位 0 项，改配合单位 1 项。" in body
    assert f"指标：识别 {len(read['targets'])} 处，补录 0 处，删除 1 处，改动 1 处。" in body
    again = client.get(reverse("plans:import_review", args=[draft.pk])).content.decode()
    assert "改配合单位 1 项" in again and "该文件已确认导入" in again
    assert login(mallory).get(reverse("plans:import_review", args=[draft.pk])).status_code == 404


def test_a_draft_not_yet_confirmed_shows_no_count_of_changes(login, admin):
    client = login(admin)
    response = _upload(client, "p.txt", PLAN_TXT.read_bytes())
    body = client.get(response["Location"]).content.decode()
    assert "识别结果确认前的改动" not in body and PlanDraft.objects.get().read_as is None


def _review(client, draft, **overrides):
    return client.post(reverse("plans:import_review", args=[draft.pk]), _confirm_form(draft, **overrides))


@pytest.mark.parametrize(("overrides", "message"), [
    ({"target-0-value": "Infinity"}, "目标值：“Infinity”"),
    ({"target-0-value": "NaN"}, "目标值：“NaN”"),
    ({"target-0-value": "1e30"}, "目标值：“1e30”"),
    ({"target-1-value": "-5", "target-1-kind": "absolute"}, "目标值不能为负数"),
    ({"target-1-comparator": "zz"}, "比较方式“zz”无效"),
    ({"target-1-kind": "other"}, "类型“other”无效"),
    ({"target-1-comparator": "range", "target-1-value_max": ""}, "区间须填写上限"),
    ({"target-1-value": "10", "target-1-value_max": "5"}, "上限不能小于目标值"),
    ({"target-1-unit": "个" * 21}, "超过 20 个字"),
    ({"year": "Infinity"}, "年度"),
    ({"year": "1999"}, "年度"),
])
def test_a_figure_the_plan_cannot_store_is_refused_on_the_page_and_nothing_is_stored(login, admin, overrides, message):
    client = login(admin)
    _upload(client, "p.txt", PLAN_TXT.read_bytes())
    draft = PlanDraft.objects.get()
    response = _review(client, draft, **overrides)
    assert response.status_code == 200 and message in response.content.decode()
    assert Plan.objects.count() == 0 and PlanDraft.objects.get().confirmed_plan_id is None


def test_a_refused_page_comes_back_with_everything_as_typed(login, admin, mallory):
    client = login(admin)
    _upload(client, "p.txt", PLAN_TXT.read_bytes())
    draft = PlanDraft.objects.get()
    body = _review(client, draft, **{"task-3-support": "区审计局", "task-4-delete": "on", "target-0-value": "八十",
                                     "target-2-comparator": "<=", "new-task-0-title": "推进园区<智慧>管理",
                                     "new-task-0-number": "20", "new-target-0-text": "新建智慧园区3个"}).content.decode()
    assert "“八十”不是数字" in body
    assert 'name="task-3-support" value="区审计局"' in body and 'name="target-0-value" value="八十"' in body
    assert 'name="task-4-delete" aria-label="删除" checked' in body
    assert 'name="new-task-0-title" value="推进园区&lt;智慧&gt;管理"' in body  # typed text comes back escaped
    assert 'name="new-target-0-text" value="新建智慧园区3个"' in body and '<details class="review-add" id="add-tasks" open>' in body
    assert '<option value="&lt;=" selected>' in body.split('name="target-2-comparator"')[1].split("</select>")[0]
    assert login(mallory).post(reverse("plans:import_review", args=[draft.pk]), {}).status_code == 404
    assert Plan.objects.count() == 0


def test_tasks_and_targets_the_reader_missed_are_added_on_the_review_page(login, admin, zone):
    client = login(admin)
    _upload(client, "p.txt", PLAN_TXT.read_bytes())
    draft = PlanDraft.objects.get()
    body = _review(client, draft, **{
        "new-task-0-number": "20", "new-task-0-title": "推进数字化转型", "new-task-0-group": "(一)",
        "new-task-0-lead": "产业创新局、发展改革局", "new-task-0-support": "财政金融局",
        "new-target-0-text": "新增数字化车间10个", "new-target-0-value": "10", "new-target-0-unit": "个",
        "new-target-0-comparator": ">=", "new-target-0-kind": "absolute", "new-target-0-task": "20"}).content.decode()
    assert "方案已导入" in body
    assert "任务：识别 19 项，补录 1 项，删除 0 项" in body and "补录 1 处" in body
    task = Task.objects.get(plan__zone=zone, number="20")
    assert task.title == "推进数字化转型" and task.programme.number == "(一)"
    assert [d.name for d in task.leads] == ["产业创新局", "发展改革局"]
    assert [d.name for d in task.support_departments.all()] == ["财政金融局"]
    indicator = Indicator.objects.get(plan__zone=zone, name="新增数字化车间10个")
    assert indicator.target_value == 10 and indicator.unit == "个" and list(indicator.tasks.all()) == [task]


@pytest.mark.parametrize(("overrides", "message"), [
    ({"new-task-0-title": "推进数字化转型"}, "新增任务第 1 行：请填写编号和任务名称"),
    ({"new-task-1-number": "19", "new-task-1-title": "重复"}, "新增任务第 2 行：任务编号 19 已有"),
    ({"new-task-0-number": "20", "new-task-0-title": "x", "new-task-0-group": "(九)"}, "工程“(九)”不存在"),
    ({"new-target-0-value": "10"}, "新增指标第 1 行：请填写指标"),
    ({"new-target-0-text": "新增车间", "new-target-0-value": "10", "new-target-0-task": "99"}, "任务编号 99 不存在"),
    ({"new-target-0-text": "新增车间"}, "新增指标第 1 行：请填写目标值"),
])
def test_a_bad_added_row_is_refused_with_its_row_and_nothing_is_stored(login, admin, overrides, message):
    client = login(admin)
    _upload(client, "p.txt", PLAN_TXT.read_bytes())
    draft = PlanDraft.objects.get()
    assert message in _review(client, draft, **overrides).content.decode()
    assert Plan.objects.count() == 0
