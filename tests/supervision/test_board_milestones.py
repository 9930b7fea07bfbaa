"""Milestones on the board: a task's status from its milestones, 未设节点 gaps, the battle map and the 通报."""
import datetime
import io

import pytest
from django.urls import reverse
from docx import Document

from actiondesk.core.scoping import SYSTEM
from actiondesk.plans import services_milestones
from actiondesk.plans.demo import plan_milestones
from actiondesk.plans.models import Milestone, Task, TaskLeadDepartment
from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.exports import docx_report
from actiondesk.supervision.selectors import plan_board, unsupervised_tasks
from actiondesk.supervision.services_settings import supervision_settings_update

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 27)  # the board opens on 1-10月: milestones are judged as of 31 October


@pytest.fixture
def bare_task(plan, departments):
    """A task with neither indicator nor milestone, as "编制产业链图谱" was before milestones."""
    task = Task.objects.create(plan=plan, number="3", position=3, title="编制产业链图谱")
    TaskLeadDepartment.objects.create(task=task, department=departments["发展改革局"])
    return task


def add(task, department, due, title="出台支持政策", progress="in_progress"):
    return services_milestones.milestone_create(task=task, acting_user=SYSTEM, title=title, due_date=due,
                                                department=department, progress=progress)


def task_row(board, task):
    return next(t for t in board.tasks if t.task.pk == task.pk)


def test_a_task_without_indicator_or_milestone_is_unset_and_listed_as_a_gap(plan, periods, bare_task):
    board = plan_board(plan, month=10, today=TODAY)
    assert task_row(board, bare_task).status == ProgressStatus.UNSET
    assert [t.task for t in board.unset_tasks] == [bare_task]
    assert unsupervised_tasks(plan) == [bare_task]


def test_an_overdue_milestone_makes_its_task_lag_or_seriously_lag(plan, periods, bare_task, departments):
    milestone = add(bare_task, departments["发展改革局"], datetime.date(2026, 10, 21))  # 10 days by 31 October
    assert task_row(plan_board(plan, month=10, today=TODAY), bare_task).status == ProgressStatus.LAGGING
    Milestone.objects.filter(pk=milestone.pk).update(due_date=datetime.date(2026, 9, 16))  # 45 days
    row = task_row(plan_board(plan, month=10, today=TODAY), bare_task)
    assert row.status == ProgressStatus.SEVERE
    assert (row.next_milestone.state, row.next_milestone.days_overdue) == ("overdue", 45)
    assert unsupervised_tasks(plan) == []


def test_the_severe_threshold_is_a_supervision_setting(plan, periods, bare_task, departments):
    add(bare_task, departments["发展改革局"], datetime.date(2026, 9, 16))
    supervision_settings_update(plan=plan, acting_user=SYSTEM, milestone_severe_days=60)
    assert task_row(plan_board(plan, month=10, today=TODAY), bare_task).status == ProgressStatus.LAGGING


def test_a_past_period_judges_milestones_as_of_its_end(plan, periods, bare_task, departments):
    add(bare_task, departments["发展改革局"], datetime.date(2026, 10, 10))
    september = task_row(plan_board(plan, month=9, today=TODAY), bare_task)
    assert september.next_milestone.state == "in_progress"
    assert september.status == ProgressStatus.MISSING  # the lead department has not reported; nothing overdue yet
    assert task_row(plan_board(plan, month=10, today=TODAY), bare_task).status == ProgressStatus.LAGGING


def test_a_proposed_milestone_does_not_count_until_approved(plan, periods, bare_task, bob):
    services_milestones.milestone_create(task=bare_task, acting_user=bob, title="制定图谱",
                                         due_date=datetime.date(2026, 12, 31), department=bare_task.leads[0])
    assert task_row(plan_board(plan, month=10, today=TODAY), bare_task).status == ProgressStatus.UNSET


def test_the_settings_page_lists_the_gaps_and_the_supervision_office_reads_it(login, supervisor, alice, plan,
                                                                              bare_task):
    response = login(supervisor).get(reverse("supervision:settings"))
    assert response.status_code == 200
    assert 'data-unset-task="3"' in response.content.decode()
    assert login(alice).get(reverse("supervision:settings")).status_code == 403


def test_the_bulletin_names_the_gaps(plan, periods, bare_task):
    board = plan_board(plan, month=10, today=TODAY, with_notes=True)
    text = "\n".join(p.text for p in Document(io.BytesIO(docx_report(board))).paragraphs)
    assert "未设节点" in text and "编制产业链图谱" in text


def test_the_battle_map_shows_next_milestones_and_gantt_rows_within_its_query_budget(
        login, leader, full_plan, django_assert_max_num_queries):
    from actiondesk.supervision.periods import periods_ensure

    periods_ensure(plan=full_plan, acting_user=SYSTEM)
    result = plan_milestones(full_plan)
    assert result["tasks"] == 19
    client = login(leader)
    with django_assert_max_num_queries(25):
        response = client.get(reverse("supervision:battle_map") + "?period=2026-10")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="gantt"') == 19
    assert html.count("data-next-milestone") == 19
    assert "gc-10" in html and "ms-overdue" in html


def test_the_demo_leaves_no_task_unset_with_a_realistic_mix(zone, supervisor):
    """As the demo runs: the sample plan read from its file (the import proposes milestones), then the demo."""
    from actiondesk.demo import import_shared_plan
    from actiondesk.supervision.periods import periods_ensure

    plan = import_shared_plan(zone)
    assert Task.objects.filter(plan=plan, milestones__isnull=False).distinct().count() == 15
    periods_ensure(plan=plan, acting_user=SYSTEM)
    plan_milestones(plan, supervisor=supervisor)
    board = plan_board(plan, month=10, today=TODAY)
    statuses = [t.status for t in board.tasks]
    assert ProgressStatus.UNSET not in statuses
    rows = [m for t in board.tasks for m in t.milestones]
    due_by_october = [m for m in rows if m.milestone.due_date <= datetime.date(2026, 10, 31)]
    overdue = [m for m in rows if m.state == "overdue"]
    assert {m.milestone.due_date.month for m in due_by_october} == set(range(1, 11))
    assert sum(m.state == "done" for m in due_by_october) > 0.8 * len(due_by_october)
    assert len(overdue) == 3 and sum(m.days_overdue > 30 for m in overdue) == 1
    assert statuses.count(ProgressStatus.SEVERE) >= 1


def test_the_battle_map_api_gives_each_tasks_milestones_and_the_outsider_gets_none(login, leader, mallory, plan,
                                                                                  periods, bare_task, departments):
    add(bare_task, departments["发展改革局"], datetime.date(2026, 10, 21))
    data = login(leader).get(f"/api/supervision/{plan.pk}/battle-map?period=2026-10").json()
    task = next(t for t in data["tasks"] if t["number"] == "3")
    assert task["next_milestone"]["state"] == "overdue" and task["next_milestone"]["title"] == "出台支持政策"
    assert login(mallory).get(f"/api/supervision/{plan.pk}/battle-map").status_code == 404


def test_the_battle_map_counts_and_lists_unset_tasks_for_every_role(login, leader, alice, mallory, plan, periods,
                                                                    bare_task):
    for user in (leader, alice):
        html = login(user).get(reverse("supervision:battle_map") + "?period=2026-10").content.decode()
        assert 'data-count="unset">1<' in html and 'data-unset-task="3"' in html
    assert 'data-unset-task="3"' not in login(mallory).get(reverse("supervision:battle_map")).content.decode()
