import pytest
from django.urls import reverse

from actiondesk.chains.choices import ChainKind
from actiondesk.chains.demo import load_demo as load_chains
from actiondesk.chains.models import Chain, InvestmentTarget
from actiondesk.chainwork.demo import load_demo
from actiondesk.chainwork.models import ChainPlan, MeetingDecision, RouteStep
from actiondesk.plans.models import Milestone

pytestmark = pytest.mark.django_db


def test_the_demo_plans_every_chain_with_milestones_of_task_2_and_adds_the_future_industries(
        zone, full_plan, departments, login, leader, django_assert_max_num_queries):
    load_chains(zone=zone, plan=full_plan, console=None)
    load_demo(zone=zone, plan=full_plan, console=None)
    future = set(Chain.objects.filter(zone=zone, kind=ChainKind.FUTURE).values_list("name", flat=True))
    assert future == {"人工智能", "具身智能", "增材制造", "先进储能", "生物医药", "未来产业项目"}
    targets = set(InvestmentTarget.objects.filter(segment__chain__name="未来产业项目").values_list(
        "segment__name", flat=True))
    assert targets == {"原子级制造", "量子计算"}
    chains = Chain.objects.filter(zone=zone).count()
    assert ChainPlan.objects.filter(task__number="2").count() == chains
    milestones = Milestone.objects.filter(chain_plan_items__plan__chain__zone=zone).distinct()
    assert milestones.count() == chains * 3 + 1 and {m.task.number for m in milestones} == {"2"}
    assert RouteStep.objects.exists() and MeetingDecision.objects.filter(order__isnull=False).count() == 4
    robot = Chain.objects.get(zone=zone, name="特种机器人")
    client = login(leader)
    with django_assert_max_num_queries(20):
        body = client.get(reverse("chainwork:docket", args=[robot.pk])).content.decode()
    assert "ms-overdue" in body and "ms-done" in body
    with django_assert_max_num_queries(12):
        assert client.get(reverse("chainwork:problem_list")).status_code == 200
