"""The plan import proposes milestones from the task text; the admin confirms, corrects or drops them on review."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actiondesk.plans.models import Milestone, PlanDraft, Task
from actiondesk.plans.reader import read_plan_file
from actiondesk.plans.reader.milestones import names_deliverable
from actiondesk.plans.samples import SHENFU_2026_TEXT as PLAN_TXT

pytestmark = pytest.mark.django_db


def test_the_reader_proposes_a_milestone_for_every_task_whose_text_names_a_deliverable():
    reading = read_plan_file(PLAN_TXT)
    naming = [t["number"] for t in reading["tasks"] if names_deliverable(t["text"])]
    proposed = [t["number"] for t in reading["tasks"] if t["milestones"]]
    assert proposed == naming
    assert len(proposed) == 15  # of the plan's 19 tasks; 8, 12, 13 and 18 name no deliverable verb
    task_16 = next(t for t in reading["tasks"] if t["number"] == "16")
    assert task_16["milestones"][0] == {"title": "编制出台《辽宁省沈抚改革创新示范区人工智能创新发展行动方案》",
                                        "due_text": "年底前", "due": "2026-12-31"}
    task_19 = next(t for t in reading["tasks"] if t["number"] == "19")
    assert "设立风险补偿资金池" in [m["title"] for m in task_19["milestones"]]


def _form(draft, **overrides):
    data = {"title": draft.reading["title"], "year": str(draft.reading["year"])}
    for i, task in enumerate(draft.reading["tasks"]):
        data.update({f"task-{i}-number": task["number"], f"task-{i}-title": task["title"],
                     f"task-{i}-lead": "、".join(task["lead"]), f"task-{i}-support": "、".join(task["support"])})
    data.update(overrides)
    return data


def test_the_admin_confirms_corrects_and_drops_proposed_milestones_on_the_review_page(login, admin, alice, zone):
    client = login(admin)
    client.post(reverse("plans:import_upload"), {"document": SimpleUploadedFile("p.txt", PLAN_TXT.read_bytes())})
    draft = PlanDraft.objects.get()
    page = client.get(reverse("plans:import_review", args=[draft.pk])).content.decode()
    assert page.count("data-milestone-task=") == sum(len(t["milestones"]) for t in draft.reading["tasks"])
    assert login(alice).get(reverse("plans:import_review", args=[draft.pk])).status_code == 403
    i14 = next(i for i, t in enumerate(draft.reading["tasks"]) if t["number"] == "14")
    i19 = next(i for i, t in enumerate(draft.reading["tasks"]) if t["number"] == "19")
    client = login(admin)
    bad = client.post(reverse("plans:import_review", args=[draft.pk]), _form(draft, **{f"task-{i14}-ms-0-due": "改天"}))
    assert "改天" in bad.content.decode() and Milestone.objects.count() == 0
    response = client.post(reverse("plans:import_review", args=[draft.pk]), _form(
        draft, **{f"task-{i14}-ms-0-due": "上半年", f"task-{i19}-ms-0-delete": "on"}))
    assert response.status_code == 200 and "新增节点" in response.content.decode()
    task_14 = Task.objects.get(plan__zone=zone, number="14")
    opinion = task_14.milestones.get(title="出台促进产业园区高质量发展意见")
    assert (opinion.due_date.isoformat(), opinion.due_text, opinion.department.name, opinion.approval) == (
        "2026-06-30", "上半年", "发展改革局", "approved")
    titles_19 = set(Task.objects.get(plan__zone=zone, number="19").milestones.values_list("title", flat=True))
    assert "组建重点产业子基金" not in titles_19 and "设立风险补偿资金池" in titles_19
    assert Task.objects.filter(plan__zone=zone, milestones__isnull=False).distinct().count() == 15
