"""Demo demands, 包保 and visits, policies, arrears and one enterprise portal account (qiye01), relative to the
day the demo is loaded: most demands closed and rated, some open and overdue, one escalated to a 督办单, one
reopened after a 不满意. Fixed seed; every name and figure is synthetic."""
import datetime
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import services, services_portal, services_registry
from actiondesk.demands.choices import Channel, Rating
from actiondesk.demands.escalation import demands_escalate
from actiondesk.demands.models import Holiday
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.choices import Role
from actiondesk.org.models import Department

DEMO_ORDER = 95
SEED = 9595
DEMO_PASSWORD = "demo-2026!"
D = datetime.date
DAY = datetime.timedelta(days=1)
CATEGORIES = [("用地", 5, 30), ("融资", 5, 20), ("人才", 5, 20), ("审批", 3, 15), ("政策兑现", 5, 20),
              ("拖欠账款", 5, 30), ("水电气热", 3, 10), ("其他", 5, 30)]
# The zone's 2026 holidays and the weekend days worked instead (调休), as published for the year.
HOLIDAYS = {"元旦": [D(2026, 1, 1), D(2026, 1, 2)], "春节": [D(2026, 2, d) for d in range(16, 24)],
            "清明节": [D(2026, 4, 6)], "劳动节": [D(2026, 5, d) for d in range(1, 6)],
            "端午节": [D(2026, 6, 19)], "中秋节": [D(2026, 9, 25)], "国庆节": [D(2026, 10, d) for d in range(1, 8)]}
WORKED = [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)]
TOPICS = ["厂房扩建用地指标", "流动资金贷款续贷", "高层次人才子女入学", "环评批复进度", "研发费用补助兑现",
          "工程款拖欠", "双回路供电接入", "天然气增容", "技改项目备案", "员工通勤班车"]
POLICIES = [
    ("规上工业企业技改补助", "管委会", "产业创新局", "按设备投资额10%补助，最高200万元",
     [{"field": "scale_status", "op": "in", "value": ["industry"]}], False),
    ("高新技术企业认定奖励", "管委会", "产业创新局", "首次认定奖励30万元",
     [{"field": "certification", "op": "has", "value": "high_tech"}], True),
    ("研发投入后补助", "科技局", "产业创新局", "按上年研发费用5%补助",
     [{"field": "rnd_expense", "op": ">=", "value": 500}], True),
    ("限上商贸企业稳增长奖励", "管委会", "发展改革局", "营收增长10%以上奖励10万元",
     [{"field": "scale_status", "op": "in", "value": ["trade"]}], False),
]


def _calendar(zone):
    rows = [Holiday(zone=zone, day=day, name=name) for name, days in HOLIDAYS.items() for day in days]
    rows += [Holiday(zone=zone, day=day, name="调休", is_workday=True) for day in WORKED]
    Holiday.objects.bulk_create(rows, ignore_conflicts=True)


def _owners(zone):
    return list(get_user_model().objects.filter(membership__zone=zone, membership__role=Role.DEPARTMENT)
                .order_by("membership__department__sort_order", "pk"))


def _progress(demand, rng, today, departments) -> None:
    """Take a demo demand as far as its age allows: accepted within its deadline, parts answered, mostly closed
    and rated; a few stay in progress, some of them a few days past due (never long enough to escalate)."""
    if demand.accept_due >= today:
        return  # recent: still waiting to be accepted within its deadline
    accepted = min(today, demand.raised_on + DAY * rng.randint(1, 4))
    others = [d for d in departments if d.pk != demand.owner_department_id]
    parts = [(rng.choice(others), "提供相关意见")] if others and rng.random() < 0.4 else []
    services.demand_accept(demand=demand, parts=parts, acting_user=SYSTEM, today=accepted)
    for part in demand.parts.all():
        services.part_answer(part=part, answer="已提供意见", acting_user=SYSTEM, today=accepted + DAY)
    if demand.resolve_due >= today - DAY * 8 and rng.random() < 0.5:
        return
    closed = max(accepted + DAY * 2, min(today, demand.raised_on + DAY * rng.randint(5, 50)))
    services.demand_close(demand=demand, resolution="已协调解决（演示数据）", acting_user=SYSTEM,
                          today=min(closed, today))
    if closed < today - DAY * 3:
        rating = rng.choices([Rating.SATISFIED, Rating.FAIRLY], weights=[8, 2])[0]
        services.demand_rate(demand=demand, rating=rating, acting_user=SYSTEM, today=closed + DAY * 2)


def load_demo(*, zone, plan, console) -> str:
    rng = random.Random(SEED)
    today = timezone.localdate()
    _calendar(zone)
    owners = _owners(zone)
    leader = get_user_model().objects.filter(membership__zone=zone, membership__role=Role.LEADER).first()
    if not owners or leader is None:
        return "没有部门或领导账号，未生成诉求"
    departments = list(Department.objects.filter(zone=zone))
    categories = [services_registry.category_save(zone=zone, name=name, accept_days=a, resolve_days=r, sort_order=i,
                                                  owner=owners[i % len(owners)], leader_in_charge=leader,
                                                  acting_user=SYSTEM)  # the demo loader
                  for i, (name, a, r) in enumerate(CATEGORIES)]
    services_registry.liaison_set(leader=leader, department=departments[0], acting_user=SYSTEM)
    scale = list(Enterprise.objects.filter(zone=zone).exclude(scale_status="").order_by("pk"))
    unpaired = [e for e in scale if e.leader_id is None]
    for e in unpaired[: int(len(unpaired) * 0.9)]:  # about one in ten stays a 包保 gap
        e.leader = leader
    Enterprise.objects.bulk_update(unpaired, ["leader"])
    paired = [e for e in scale if e.leader_id][:80]
    raised = []
    for e in paired[:60]:
        visit = services_registry.visit_record(
            enterprise=e, visited_on=today - DAY * rng.randint(5, 200), people="包保领导、联络部门",
            topics=f"了解{rng.choice(TOPICS)}等情况", acting_user=SYSTEM)
        if rng.random() < 0.25:
            raised.append(services.demand_raise(enterprise=e, category=rng.choice(categories),
                                                title=rng.choice(TOPICS), channel=Channel.VISIT, visit=visit,
                                                acting_user=SYSTEM, today=visit.visited_on))
    for _index in range(120):
        channel = rng.choice([Channel.HOTLINE, Channel.PORTAL, Channel.FORUM, Channel.REFERRAL])
        raised.append(services.demand_raise(
            enterprise=rng.choice(scale), category=rng.choice(categories), title=rng.choice(TOPICS),
            description="企业反映的具体情况（演示数据）", channel=channel, acting_user=SYSTEM,
            today=today - DAY * rng.randint(1, 200)))
    for demand in raised:
        _progress(demand, rng, today, departments)
    # One reopened after a 不满意, one never accepted and escalated to a 督办单.
    reopened = services.demand_raise(enterprise=scale[0], category=categories[6], title="双回路供电接入",
                                     channel=Channel.HOTLINE, acting_user=SYSTEM, today=today - DAY * 40)
    services.demand_accept(demand=reopened, acting_user=SYSTEM, today=today - DAY * 39)
    services.demand_close(demand=reopened, resolution="已协调供电公司", acting_user=SYSTEM, today=today - DAY * 30)
    services.demand_rate(demand=reopened, rating=Rating.DISSATISFIED, note="仍未接入", acting_user=SYSTEM,
                         today=today - DAY * 28)
    services.demand_raise(enterprise=scale[1], category=categories[0], title="厂房扩建用地指标",
                          channel=Channel.FORUM, acting_user=SYSTEM, today=today - DAY * 70)
    escalated = demands_escalate(zone_id=zone.pk, today=today, acting_user=SYSTEM)
    by_name = {d.name: d for d in departments}
    for title, issuer, department, benefit, conditions, automatic in POLICIES:
        policy = services_registry.policy_save(zone=zone, title=title, issuer=issuer,
                                               department=by_name.get(department, departments[0]), benefit=benefit,
                                               conditions=conditions, automatic=automatic,
                                               deadline=D(today.year, 12, 31), acting_user=SYSTEM)
        if automatic:
            services_registry.beneficiaries_propose(policy=policy, acting_user=SYSTEM, today=today)
    for i, e in enumerate(scale[2:10]):
        arrear = services_registry.arrear_create(enterprise=e, debtor=rng.choice(["某街道办事处", "某国有平台公司",
                                                                                   "某事业单位"]),
                                                 department=departments[i % len(departments)],
                                                 amount=Decimal(rng.randint(50, 800)), due_on=D(today.year - 1, 12, 31),
                                                 plan="分期偿还", acting_user=SYSTEM)
        for month in range(1, min(today.month, 10) + 1, 3):
            services_registry.repayment_record(arrear=arrear, paid_on=D(today.year, month, 15),
                                               amount=(arrear.amount / 5).quantize(Decimal("0.01")),
                                               acting_user=SYSTEM)
    contact = services_portal.contact_create(enterprise=scale[0], username="qiye01", password=DEMO_PASSWORD,
                                             acting_user=SYSTEM)
    services_portal.figure_request_create(enterprise=contact.enterprise, year=today.year - 1,
                                          due_on=today + DAY * 20, note="年报数据", acting_user=SYSTEM)
    return (f"诉求 {len(raised) + 2} 件，走访 {len(paired[:60])} 次，升级 {sum(escalated.values())} 级次，政策 {len(POLICIES)} 条，"
            f"拖欠账款 8 笔，企业门户账号 qiye01")
