"""Demo 链长制: each chain's plan for the year (the key task it carries out, technology route with a step per
segment, policies of the library, three items each with a milestone of that task), a problem raised by its 链主 or
department, and one 链长会议 whose decision became a 督办单; the 未来产业 chains (``future``) come first."""
import datetime

from django.utils import timezone

from actiondesk.chains.models import Chain, ChainSegment
from actiondesk.chainwork import services
from actiondesk.chainwork.choices import RouteStage
from actiondesk.chainwork.future import future_chains_create
from actiondesk.core.scoping import SYSTEM
from actiondesk.demands.models import Policy
from actiondesk.org.models import Department
from actiondesk.plans.choices import MilestoneProgress
from actiondesk.plans.services_milestones import milestone_update

DEMO_ORDER = 97  # after the chains (40), the ledger (50), the 招商 pipeline (60) and the policy library (95)
DUES = [datetime.date(2026, 6, 28), datetime.date(2026, 12, 15), datetime.date(2026, 12, 31)]
STAGES = [RouteStage.RESEARCH, RouteStage.PILOT, RouteStage.INDUSTRIALISING]
GOALS = [("引进补链企业", "投资促进局"), ("培育链上规上企业", "发展改革局"), ("攻关关键技术", "产业创新局")]


def load_demo(*, zone, plan, console) -> str:
    today = timezone.localdate()
    departments = {d.name: d for d in Department.objects.filter(zone=zone)}
    fallback = next(iter(departments.values()), None)
    if fallback is None:
        return "无部门，未生成链长制数据"
    last = Chain.objects.filter(zone=zone).order_by("-sort_order").values_list("sort_order", flat=True).first()
    future_chains_create(zone=zone, department=departments.get("产业创新局", fallback),  # 未来产业 as chains
                         sort_from=(last or 0) + 1)
    chains = list(Chain.objects.filter(zone=zone).select_related("department").order_by("sort_order", "pk"))
    policies = list(Policy.objects.filter(zone=zone).order_by("pk")[:2])
    segments = {}
    for segment in ChainSegment.objects.filter(chain__in=chains).order_by("position", "sort_order", "pk"):
        segments.setdefault(segment.chain_id, []).append(segment)
    decisions = 0
    for i, chain in enumerate(chains):
        chain_plan = services.plan_save(  # the demo loader
            chain=chain, year=today.year, acting_user=SYSTEM, policies=policies,
            technology_route=f"上游：关键材料与核心零部件国产化；中游：{chain.name}整机/系统集成；下游：场景应用示范",
            policy_note="《沈抚示范区促进产业链高质量发展若干措施》；“智改数转”专项政策")
        for k, segment in enumerate(segments.get(chain.pk, [])[:3]):
            services.route_step_add(plan=chain_plan, segment=segment, stage=STAGES[k % len(STAGES)],  # the demo loader
                                    key_technologies=f"{segment.name}关键工艺与核心器件攻关", acting_user=SYSTEM)
        for j, (goal, department) in enumerate(GOALS if chain_plan.task_id else ()):  # milestones need the task
            due = DUES[j].replace(year=today.year)
            item = services.plan_item_add(plan=chain_plan, goal=f"{goal}{j + 1}家" if j < 2 else goal,
                                          owner_department=departments.get(department, fallback), acting_user=SYSTEM,
                                          measure="按季度调度，链长会议专题研究", due_on=due)
            late = datetime.timedelta(days=0 if i % 3 else 10)  # most chains delivered on time, a few late
            if due + late < today:
                milestone_update(milestone=item.milestones.get(), acting_user=SYSTEM, progress=MilestoneProgress.DONE,
                                 completed_on=due + late - datetime.timedelta(days=5))  # the demo loader
            if i == 0 and j == 0:  # one milestone a few days overdue, after the board's last month
                services.item_milestone_add(item=item, title="完成链主企业走访", acting_user=SYSTEM,
                                            due_date=today - datetime.timedelta(days=5))
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
        if i % 4 == 3:  # some problems already coordinated
            services.problem_update(problem=problem, state="resolved", resolution="已协调落实配套企业",  # the demo loader
                                    acting_user=SYSTEM)
    if console is not None:
        console.print(f"链长制：{len(chains)} 条产业链的推进计划，{decisions} 项会议议定事项转督办单")
    return f"{len(chains)} 个推进计划，{decisions} 个督办单"
