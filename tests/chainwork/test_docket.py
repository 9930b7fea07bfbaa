import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from actiondesk.chainwork import services
from actiondesk.chainwork.models import ChainProblem, MeetingDecision
from actiondesk.orders.models import Order

pytestmark = pytest.mark.django_db
D = datetime.date


def test_the_chain_leader_records_a_problem_and_a_meeting_decision_that_becomes_a_supervision_order(
        chief, robot_chain, departments):
    problem = services.problem_record(chain=robot_chain, title="精密减速器配套不足", raised_by="chain_leader_firm",
                                      raised_by_name="鹏悦科技", owner_department=departments["投资促进局"],
                                      raised_on=D(2026, 3, 1), due_on=D(2026, 9, 30), acting_user=chief)
    meeting = services.meeting_record(chain=robot_chain, title="特种机器人链长第一次会议", held_on=D(2026, 3, 15),
                                      acting_user=chief)
    decision = services.decision_record(meeting=meeting, text="投资促进局牵头对接苏州减速机企业，6月底前形成招引方案",
                                        departments=[departments["投资促进局"]], due_on=D(2026, 6, 30),
                                        problem=problem, acting_user=chief)
    order = Order.objects.get(pk=decision.order_id)
    assert order.source_kind == "meeting" and order.due_on == D(2026, 6, 30) and order.created_by == chief
    assert list(order.departments.values_list("name", flat=True)) == ["投资促进局"]
    assert "特种机器人链长第一次会议" in order.source_label
    assert ChainProblem.objects.get(pk=problem.pk).state == "in_progress"


def test_a_department_keeping_the_docket_records_a_decision_and_the_platform_raises_its_order(
        alice, robot_chain, departments):
    meeting = services.meeting_record(chain=robot_chain, title="链长会议", held_on=D(2026, 4, 1), acting_user=alice)
    decision = services.decision_record(meeting=meeting, text="产业创新局梳理技术路径", due_on=D(2026, 7, 1),
                                        departments=[departments["产业创新局"]], acting_user=alice)
    assert decision.order.created_by is None and decision.order.created_by_name == "系统"


def test_other_departments_cannot_keep_the_docket(bob, robot_chain, departments):
    with pytest.raises(PermissionDenied):
        services.problem_record(chain=robot_chain, title="X", owner_department=departments["发展改革局"],
                                raised_on=D(2026, 3, 1), acting_user=bob)
    assert not MeetingDecision.objects.exists()


def test_the_docket_and_the_leader_page_show_the_plan_problems_and_orders(login, chief, leader, mallory, robot_chain,
                                                                          departments, django_assert_max_num_queries,
                                                                          get_task):
    plan = services.plan_save(chain=robot_chain, year=2026, technology_route="上游：精密减速器国产化", acting_user=chief,
                              task=get_task(2))
    services.plan_item_add(plan=plan, goal="引进减速器企业1家", owner_department=departments["投资促进局"],
                           due_on=D(2026, 12, 31), acting_user=chief)
    meeting = services.meeting_record(chain=robot_chain, title="链长会议", held_on=D(2026, 4, 1), acting_user=chief)
    services.decision_record(meeting=meeting, text="对接减速器企业", due_on=D(2026, 7, 1),
                             departments=[departments["投资促进局"]], acting_user=chief)
    client = login(leader)
    with django_assert_max_num_queries(20):
        body = client.get(reverse("chainwork:docket", args=[robot_chain.pk]), {"year": 2026}).content.decode()
    assert "精密减速器国产化" in body and "引进减速器企业1家" in body and "data-order=" in body
    assert "登记协调问题" not in body  # leaders other than the 链长 read only
    assert "登记协调问题" in login(chief).get(reverse("chainwork:docket", args=[robot_chain.pk])).content.decode()
    page = client.get(reverse("chainwork:leader", args=[chief.pk])).content.decode()
    assert 'data-chain="特种机器人"' in page
    assert 'id="chain-docket-link"' in client.get(reverse("chains:chain_map", args=[robot_chain.pk])).content.decode()
    assert login(mallory).get(reverse("chainwork:docket", args=[robot_chain.pk])).status_code == 404
