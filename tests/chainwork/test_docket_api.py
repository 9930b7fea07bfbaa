import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from actiondesk.chainwork import services
from actiondesk.chainwork.models import ChainProblem, MeetingDecision
from actiondesk.core.scoping import SYSTEM
from actiondesk.orders.models import Order

pytestmark = pytest.mark.django_db
D = datetime.date
JSON = "application/json"


def _problem(chain, departments, title, **extra):
    return services.problem_record(chain=chain, title=title, owner_department=departments["投资促进局"],  # set-up
                                   raised_on=D(2026, 2, 1), acting_user=SYSTEM, **extra)


def test_the_api_lists_plans_with_each_items_milestones_and_their_state(login, leader, mallory, robot_plan, chief,
                                                                       departments):
    services.plan_item_add(plan=robot_plan, goal="引进减速器企业1家", owner_department=departments["投资促进局"],
                           due_on=D(2026, 3, 31), acting_user=chief)
    plans = login(leader).get("/api/chainwork/plans", {"year": 2026}).json()
    assert [p["chain"] for p in plans] == ["特种机器人"]
    milestone = plans[0]["items"][0]["milestones"][0]
    assert milestone["state"] == "overdue" and milestone["state_label"] == "逾期" and milestone["due_date"] == "2026-03-31"
    assert login(mallory).get("/api/chainwork/plans").json() == []
    assert login(mallory).get(f"/api/chainwork/plans/{robot_plan.pk}").status_code == 404


def test_the_api_saves_a_plan_with_policies_and_adds_items_and_milestones_for_the_keeper_only(
        login, chief, bob, robot_plan, robot_chain, departments, get_task):
    body = {"chain_id": robot_chain.pk, "year": 2026, "task_id": get_task(2).pk, "policy_note": "说明",
            "policy_ids": []}
    assert login(bob).post("/api/chainwork/plans", body, content_type=JSON).status_code == 403
    assert login(chief).post("/api/chainwork/plans", body, content_type=JSON).json()["policy_note"] == "说明"
    item = {"goal": "培育规上企业1家", "owner_department_id": departments["投资促进局"].pk, "due_on": "2026-12-31"}
    url = f"/api/chainwork/plans/{robot_plan.pk}/items"
    assert login(bob).post(url, item, content_type=JSON).status_code == 403
    created = login(chief).post(url, item, content_type=JSON)
    assert created.status_code == 201 and created.json()["milestones"][0]["due_date"] == "2026-12-31"
    more = login(chief).post(f"/api/chainwork/items/{created.json()['id']}/milestones",
                             {"title": "完成考察", "due_date": "2026-10-31"}, content_type=JSON)
    assert more.status_code == 201 and len(more.json()["milestones"]) == 2
    bad = login(chief).post(url, {**item, "owner_department_id": 999999}, content_type=JSON)
    assert bad.status_code == 422 and bad.json()["errors"][0]["loc"][-1] == "owner_department_id"


def test_the_api_records_and_resolves_a_problem_and_turns_a_decision_into_an_order(login, chief, bob, mallory,
                                                                                  robot_chain, departments):
    payload = {"chain_id": robot_chain.pk, "title": "精密减速器配套不足", "owner_department_id":
               departments["投资促进局"].pk, "raised_on": "2026-03-01", "due_on": "2026-09-30"}
    assert login(bob).post("/api/chainwork/problems", payload, content_type=JSON).status_code == 403
    assert login(mallory).post("/api/chainwork/problems", payload, content_type=JSON).status_code == 422
    problem = login(chief).post("/api/chainwork/problems", payload, content_type=JSON).json()
    url = f"/api/chainwork/problems/{problem['id']}"
    assert login(chief).patch(url, {"state": "resolved"}, content_type=JSON).status_code == 422  # no resolution
    resolved = login(chief).patch(url, {"state": "resolved", "resolution": "已引进"}, content_type=JSON).json()
    assert resolved["state"] == "resolved" and ChainProblem.objects.get().resolved_on is not None
    assert login(bob).patch(url, {"state": "open"}, content_type=JSON).status_code == 403
    meeting = services.meeting_record(chain=robot_chain, title="链长会议", held_on=D(2026, 4, 1), acting_user=chief)
    decision = {"text": "投资促进局对接减速器企业", "due_on": "2026-06-30", "department_ids": [departments["投资促进局"].pk],
                "problem_id": problem["id"]}
    assert login(bob).post(f"/api/chainwork/meetings/{meeting.pk}/decisions", decision,
                           content_type=JSON).status_code == 403
    created = login(chief).post(f"/api/chainwork/meetings/{meeting.pk}/decisions", decision, content_type=JSON)
    assert created.status_code == 201
    order = Order.objects.get(pk=created.json()["order_id"])
    assert order.source_kind == "meeting" and MeetingDecision.objects.get().order == order
    meetings = login(bob).get("/api/chainwork/meetings", {"chain": robot_chain.pk}).json()
    assert meetings[0]["decisions"][0]["order_id"] == order.pk
    assert login(mallory).get("/api/chainwork/meetings").json() == []


def test_the_problems_list_filters_page_api_and_export_alike(login, leader, robot_chain, departments,
                                                             django_assert_max_num_queries):
    for n in range(12):
        _problem(robot_chain, departments, f"问题{n}", due_on=D(2026, 3, 1) if n % 2 else D(2099, 1, 1),
                 raised_by_name="=1+1" if n == 0 else "")
    client = login(leader)
    with django_assert_max_num_queries(12):
        page = client.get(reverse("chainwork:problem_list"), {"due": "overdue"}).content.decode()
    assert page.count("data-problem=") == 6
    assert len(client.get("/api/chainwork/problems", {"due": "overdue"}).json()) == 6
    export = client.get(reverse("chainwork:problem_list"), {"due": "overdue", "export": "xlsx"})
    rows = list(load_workbook(io.BytesIO(export.content)).active.iter_rows(values_only=True))
    assert len(rows) == 7 and rows[0][:3] == ("产业链", "产业链类别", "问题")
    everything = load_workbook(io.BytesIO(client.get(reverse("chainwork:problem_list"), {"export": "xlsx"}).content))
    assert any(row[5] == "=1+1" for row in everything.active.iter_rows(values_only=True))
    assert client.get(reverse("chainwork:problem_list"), {"state": "nope", "export": "xlsx"}).status_code == 400
    assert client.get("/api/chainwork/problems", {"state": "nope"}).status_code == 422


def test_the_leader_page_counts_open_and_resolved_problems_and_orders_per_chain(login, leader, chief, robot_chain,
                                                                                departments,
                                                                                django_assert_max_num_queries):
    first = _problem(robot_chain, departments, "问题一")
    _problem(robot_chain, departments, "问题二")
    services.problem_update(problem=first, state="resolved", resolution="已解决", acting_user=chief)
    meeting = services.meeting_record(chain=robot_chain, title="链长会议", held_on=D(2026, 4, 1), acting_user=chief)
    services.decision_record(meeting=meeting, text="对接", due_on=D(2026, 7, 1), departments=[departments["投资促进局"]],
                             acting_user=chief)
    client = login(leader)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("chainwork:leader", args=[chief.pk]))
    chart = response.context["chart"]
    assert chart == {"chains": ["特种机器人"], "open": [1], "resolved": [1], "orders": [1]}
    assert 'id="leader-chart-data"' in response.content.decode()
