"""Demo 链长制: each chain's plan for the year (technology route, policies, three items), a problem raised by its
链主 or department, and one 链长会议 whose decision became a 督办单."""
import datetime

from django.utils import timezone

from actiondesk.chains.models import Chain
from actiondesk.chainwork import services
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.models import Department

DEMO_ORDER = 70  # after the chains (40), the ledger (50) and the 招商 pipeline (60)
GOALS = [("引进补链企业", "投资促进局"), ("培育链上规上企业", "发展改革局"), ("攻关关键技术", "产业创新局")]


def load_demo(*, zone, plan, console) -> str:
    today = timezone.localdate()
    departments = {d.name: d for d in Department.objects.filter(zone=zone)}
    fallback = next(iter(departments.values()), None)
    if fallback is None:
        return "无部门，未生成链长制数据"
    chains = list(Chain.objects.filter(zone=zone).select_related("department").order_by("sort_order", "pk"))
    decisions = 0
    for i, chain in enumerate(chains):
        chain_plan = services.plan_save(  # the demo loader
            chain=chain, year=today.year, acting_user=SYSTEM,
            technology_route=f"上游：关键材料与核心零部件国产化；中游：{chain.name}整机/系统集成；下游：场景应用示范",
            policies="《沈抚示范区促进产业链高质量发展若干措施》；“智改数转”专项政策")
        for j, (goal, department) in enumerate(GOALS):
            services.plan_item_add(plan=chain_plan, goal=f"{goal}{j + 1}家" if j < 2 else goal,
                                   owner_department=departments.get(department, fallback), acting_user=SYSTEM,
                                   measure="按季度调度，链长会议专题研究", due_on=datetime.date(today.year, 3 + j * 3, 28))
        owner = chain.department or fallback
        problem = services.problem_record(chain=chain, title=f"{chain.name}关键环节配套不足", acting_user=SYSTEM,
                                          raised_by="chain_leader_firm" if i % 2 else "department",
                                          owner_department=departments.get("投资促进局", owner),
                                          raised_on=datetime.date(today.year, 2, 20),
                                          due_on=datetime.date(today.year, 12, 31))
        if i < 4:
            meeting = services.meeting_record(chain=chain, title=f"{chain.name}链长会议", acting_user=SYSTEM,
                                              held_on=datetime.date(today.year, 3, 10 + i), minutes="研究补链招商与要素保障")
            services.decision_record(meeting=meeting, text=f"投资促进局牵头，对接{chain.name}补链目标企业",
                                     departments=[departments.get("投资促进局", owner)], problem=problem,
                                     due_on=today + datetime.timedelta(days=30 + i * 10), acting_user=SYSTEM)
            decisions += 1
    console.print(f"链长制：{len(chains)} 条产业链的推进计划，{decisions} 项会议议定事项转督办单")
    return f"{len(chains)} 个推进计划，{decisions} 个督办单"
