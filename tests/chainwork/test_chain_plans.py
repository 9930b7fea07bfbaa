import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from openpyxl import load_workbook

from actiondesk.chains.models import ChainSegment
from actiondesk.chainwork import services
from actiondesk.chainwork.models import ChainPlanItem
from actiondesk.demands.models import Policy
from actiondesk.plans.models import Milestone
from actiondesk.plans.reminders import milestone_reminders_send

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def policy(zone, departments):
    return Policy.objects.create(zone=zone, title="机器人产业链专项支持政策", issuer="管委会",
                                 department=departments["产业创新局"], benefit="设备投资补助")


def test_a_plan_item_with_a_due_date_becomes_a_milestone_of_the_plans_key_task(robot_plan, chief, departments,
                                                                               get_task):
    item = services.plan_item_add(plan=robot_plan, goal="引进减速器企业1家", owner_department=departments["投资促进局"],
                                  due_on=D(2026, 6, 30), acting_user=chief)
    milestone = item.milestones.get()
    assert milestone.task == get_task(2) and milestone.due_date == D(2026, 6, 30)
    assert milestone.title == "特种机器人：引进减速器企业1家" and milestone.department == departments["投资促进局"]
    assert milestone.approval == "approved"  # the 链长 adds it on the chain plan's behalf


def test_a_department_keeping_the_docket_proposes_milestones_for_the_supervision_office_to_approve(
        robot_plan, alice, departments):
    item = services.plan_item_add(plan=robot_plan, goal="攻关谐波减速器", owner_department=departments["产业创新局"],
                                  acting_user=alice)
    milestone = services.item_milestone_add(item=item, title="形成攻关方案", due_date=D(2026, 9, 30),
                                            acting_user=alice)
    assert milestone.approval == "proposed" and milestone in item.milestones.all()


def test_a_milestone_for_a_department_outside_the_task_is_refused(robot_plan, chief, departments):
    item = services.plan_item_add(plan=robot_plan, goal="争取专项资金", owner_department=departments["规划建设局"],
                                  acting_user=chief)
    with pytest.raises(ValidationError) as exc:
        services.item_milestone_add(item=item, title="争取专项资金", due_date=D(2026, 9, 30), acting_user=chief)
    assert "department" in exc.value.message_dict
    assert not Milestone.objects.exists()


def test_another_department_cannot_add_plan_items_or_milestones(robot_plan, bob, chief, departments):
    item = services.plan_item_add(plan=robot_plan, goal="目标", owner_department=departments["投资促进局"],
                                  acting_user=chief)
    with pytest.raises(PermissionDenied):
        services.item_milestone_add(item=item, title="节点", due_date=D(2026, 9, 30), acting_user=bob)
    with pytest.raises(PermissionDenied):
        services.plan_item_add(plan=robot_plan, goal="目标2", owner_department=departments["投资促进局"], acting_user=bob)


def test_the_daily_reminders_and_the_departments_milestone_grid_cover_chain_plan_milestones(
        robot_plan, chief, departments, make_user, login):
    services.plan_item_add(plan=robot_plan, goal="引进减速器企业1家", owner_department=departments["投资促进局"],
                           due_on=D(2026, 6, 30), acting_user=chief)
    result = milestone_reminders_send(zone_id=robot_plan.chain.zone_id, day=D(2026, 6, 23))
    assert result["due"] == 1
    staff = make_user("zhao", "department", departments["投资促进局"])
    body = login(staff).get(reverse("plans:milestone_grid"),
                            {"department": departments["投资促进局"].pk}).content.decode()
    assert "特种机器人：引进减速器企业1家" in body


def test_the_plan_links_policies_of_the_library_and_keeps_a_note(robot_chain, chief, policy, get_task, mallory):
    plan = services.plan_save(chain=robot_chain, year=2026, task=get_task(2), policies=[policy],
                              policy_note="另：市级配套政策待出台", acting_user=chief)
    assert list(plan.policies.all()) == [policy] and plan.policy_note == "另：市级配套政策待出台"
    services.plan_save(chain=robot_chain, year=2026, acting_user=chief)  # policies=None keeps the links
    assert list(plan.policies.all()) == [policy]
    foreign = Policy.objects.create(zone=mallory.membership.zone, title="外区政策", issuer="外区",
                                    department=policy.department, benefit="—")
    with pytest.raises(ValidationError):
        services.plan_save(chain=robot_chain, year=2026, policies=[foreign], acting_user=chief)


def test_the_technology_route_takes_only_the_chains_own_segments(robot_plan, robot_chain, chief, zone):
    segment = ChainSegment.objects.create(chain=robot_chain, position="midstream", name="精密减速器")
    step = services.route_step_add(plan=robot_plan, segment=segment, stage="pilot", key_technologies="谐波减速器寿命",
                                   acting_user=chief)
    assert step.get_stage_display() == "中试验证"
    other = robot_chain.__class__.objects.create(zone=zone, name="航空零部件")
    with pytest.raises(ValidationError):
        services.route_step_add(plan=robot_plan, segment=ChainSegment.objects.create(
            chain=other, position="upstream", name="钛合金"), key_technologies="x", acting_user=chief)


def test_the_docket_shows_each_items_milestones_with_their_state_route_and_policy_links(
        login, leader, robot_plan, robot_chain, chief, departments, policy, django_assert_max_num_queries):
    services.plan_save(chain=robot_chain, year=2026, policies=[policy], acting_user=chief)
    for n in range(4):
        item = services.plan_item_add(plan=robot_plan, goal=f"目标{n}", owner_department=departments["投资促进局"],
                                      due_on=D(2026, 3, 1 + n), acting_user=chief)
        services.item_milestone_add(item=item, title=f"节点{n}", due_date=D(2099, 12, 31), acting_user=chief)
    client = login(leader)
    with django_assert_max_num_queries(20):
        body = client.get(reverse("chainwork:docket", args=[robot_chain.pk]), {"year": 2026}).content.decode()
    assert body.count("ms-overdue") == 4 and body.count("ms-not_started") == 4
    assert reverse("demands:policy_detail", args=[policy.pk]) in body
    assert "添加工作节点" not in body  # a leader who is not the 链长 reads only
    keeper = login(chief)
    with django_assert_max_num_queries(22):  # the forms' choices are read once, not per item
        body = keeper.get(reverse("chainwork:docket", args=[robot_chain.pk]), {"year": 2026}).content.decode()
    assert body.count("添加工作节点") == 4


def test_views_refuse_what_is_not_theirs(login, bob, leader, mallory, supervisor, robot_plan, robot_chain, chief,
                                         departments):
    item = services.plan_item_add(plan=robot_plan, goal="目标", owner_department=departments["投资促进局"],
                                  acting_user=chief)
    data = {"title": "节点", "due_date": "2026-09-30", "evidence_kind": "document"}
    for user in (bob, leader, supervisor):
        assert login(user).post(reverse("chainwork:item_milestone_add", args=[item.pk]), data).status_code == 403
        assert login(user).post(reverse("chainwork:route_step_add", args=[robot_chain.pk]),
                                {"stage": "pilot", "key_technologies": "x"}).status_code == 403
    assert login(mallory).post(reverse("chainwork:item_milestone_add", args=[item.pk]), data).status_code == 404
    assert login(mallory).get(reverse("chainwork:plan_export", args=[robot_chain.pk])).status_code == 404
    assert login(mallory).get(reverse("chainwork:problem_list")).content.decode().count("data-problem=") == 0
    assert not Milestone.objects.exists()
    response = login(chief).post(reverse("chainwork:item_milestone_add", args=[item.pk]), data)
    assert response.status_code == 302 and ChainPlanItem.objects.get().milestones.count() == 1


def test_the_plan_export_lists_items_with_milestones_route_and_policies(login, leader, robot_plan, robot_chain, chief,
                                                                       departments, policy):
    services.plan_save(chain=robot_chain, year=2026, policies=[policy], policy_note="=HYPERLINK(\"x\")",
                       acting_user=chief)
    services.plan_item_add(plan=robot_plan, goal="引进减速器企业1家", owner_department=departments["投资促进局"],
                           due_on=D(2026, 3, 31), acting_user=chief)
    services.route_step_add(plan=robot_plan, stage="research", key_technologies="高精度编码器", acting_user=chief)
    response = login(leader).get(reverse("chainwork:plan_export", args=[robot_chain.pk]), {"year": 2026})
    book = load_workbook(io.BytesIO(response.content))
    items = list(book["计划事项与工作节点"].iter_rows(values_only=True))
    assert items[1][:4] == ("特种机器人", 2026, "2 巩固提升主导产业", "引进减速器企业1家")
    assert items[1][6:10] == ("特种机器人：引进减速器企业1家", datetime.datetime(2026, 3, 31), "投资促进局", "逾期")
    assert list(book["技术路径"].iter_rows(values_only=True))[1][-1] == "高精度编码器"
    policies = list(book["配套政策"].iter_rows(values_only=True))
    assert policies[1][2] == "机器人产业链专项支持政策" and policies[2][-1] == "=HYPERLINK(\"x\")"
    assert book["配套政策"].cell(row=3, column=7).data_type == "s"
