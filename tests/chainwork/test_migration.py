import datetime

import pytest

from actiondesk.chainwork.models import ChainPlan, ChainPlanItem
from actiondesk.plans.models import Milestone, Task

BEFORE = [("chainwork", "0002_plan_milestones_policies_route")]
AFTER = [("chainwork", "0004_remove_chainplanitem_due_on")]


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_item_due_dates_into_milestones_of_the_chain_task_keeping_every_value(
        plan, robot_chain, departments, get_task, migrate_to):
    Task.objects.filter(pk=get_task(2).pk).update(text="围绕五大战略性新兴产业链，建立链长制")
    old = migrate_to(BEFORE)
    old_plan = old.get_model("chainwork", "ChainPlan").objects.create(chain_id=robot_chain.pk, year=2026,
                                                                      policy_note="《若干措施》")
    Item = old.get_model("chainwork", "ChainPlanItem")
    Item.objects.create(plan=old_plan, goal="引进减速器企业1家", owner_department_id=departments["投资促进局"].pk,
                        due_on=datetime.date(2026, 6, 30))
    Item.objects.create(plan=old_plan, goal="编制规划", measure="委托智库", due_on=datetime.date(2026, 9, 30),
                        owner_department_id=departments["规划建设局"].pk)  # not one of task 2's departments
    Item.objects.create(plan=old_plan, goal="无时限", owner_department_id=departments["投资促进局"].pk)
    migrate_to(AFTER)
    chain_plan = ChainPlan.objects.get()
    assert chain_plan.task == get_task(2) and chain_plan.policy_note == "《若干措施》"
    moved = ChainPlanItem.objects.get(goal="引进减速器企业1家").milestones.get()
    assert (moved.title, moved.due_date, moved.department.name, moved.task_id, moved.approval) == (
        "特种机器人：引进减速器企业1家", datetime.date(2026, 6, 30), "投资促进局", get_task(2).pk, "approved")
    kept = ChainPlanItem.objects.get(goal="编制规划")
    assert kept.measure == "委托智库\n（完成时限：2026-09-30）" and not kept.milestones.exists()
    assert not ChainPlanItem.objects.get(goal="无时限").milestones.exists()
    assert Milestone.objects.count() == 1
