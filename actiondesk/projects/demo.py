"""Demo projects: those the plan names (task 1, 3, 8, 18) plus ~150 synthetic ones across 2025–2026,
with stage history, annual plans, monthly investment to October 2026 (about on track for 32亿),
a few stalled projects, factor needs (要素保障; the 用地 ones on a parcel of the project's park), problems, approvals and 储备 projects (demo_approvals). Fixed seed; figures are synthetic."""
import datetime
import random
from decimal import Decimal

from actiondesk.chains.choices import Industry
from actiondesk.chains.models import Chain
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.models import Department
from actiondesk.parks.models import LandParcel
from actiondesk.parks.services import park_ids_for_names
from actiondesk.plans.services import indicators_bind_suggested
from actiondesk.projects import demo_approvals
from actiondesk.projects.choices import (
    STAGE_DATE_FIELDS,
    FactorKind,
    FactorStatus,
    ProblemStatus,
    ProjectType,
    Stage,
)
from actiondesk.projects.models import (
    FactorNeed,
    Project,
    ProjectAnnualPlan,
    ProjectMonthlyInvestment,
    ProjectProblem,
    ProjectStageEvent,
)

DEMO_ORDER = 50
SEED = 5050
YEAR = 2026
LAST_MONTH = 10
D = datetime.date
E, H, M, IT, OTHER = (Industry.HIGH_END_EQUIPMENT, Industry.LIFE_HEALTH, Industry.NEW_MATERIALS, Industry.NEXT_GEN_IT,
                  Industry.OTHER)
# (name, industry, type, department, total 万元, stage, signed, started, completed, producing, park)
NAMED = [
    ("中科院金属所沈抚创新港", M, ProjectType.INDUSTRIAL, "产业创新局", 150000, Stage.RESUMED,
     D(2024, 6, 1), D(2024, 9, 1), None, None, "沈抚科技城"),
    ("品诺环保装备项目", E, ProjectType.INDUSTRIAL, "投资促进局", 52000, Stage.STARTED,
     D(2025, 11, 10), D(2026, 3, 18), None, None, "智能制造产业园"),
    ("隆基光伏半导体生产基地", IT, ProjectType.INDUSTRIAL, "发展改革局", 120000, Stage.PRODUCING,
     D(2024, 12, 1), D(2025, 3, 1), D(2026, 6, 30), D(2026, 8, 15), "苏辽合作产业园"),
    ("美托气源管路项目", E, ProjectType.INDUSTRIAL, "产业创新局", 18000, Stage.COMPLETED,
     D(2025, 2, 1), D(2025, 5, 1), D(2026, 9, 20), None, "大南工业产业园"),
    ("锐易医疗扩产项目", H, ProjectType.INDUSTRIAL, "产业创新局", 26000, Stage.STARTED,
     D(2026, 2, 20), D(2026, 4, 8), None, None, "生命健康产业园"),
    ("拓邦鸿基扩产项目", E, ProjectType.INDUSTRIAL, "产业创新局", 30000, Stage.STARTED,
     D(2026, 1, 15), D(2026, 3, 28), None, None, "智能制造产业园"),
    ("罕王还原铁增资扩产项目", M, ProjectType.INDUSTRIAL, "产业创新局", 45000, Stage.SIGNED,
     D(2026, 5, 12), None, None, None, "大南工业产业园"),
    ("康力电线电缆增资扩产项目", M, ProjectType.INDUSTRIAL, "投资促进局", 16000, Stage.STARTED,
     D(2026, 3, 3), D(2026, 6, 1), None, None, "大南工业产业园"),
    ("方大高端商业综合体", OTHER, ProjectType.SERVICE, "发展改革局", 300000, Stage.RESUMED,
     D(2024, 8, 1), D(2025, 4, 1), None, None, "浑河南岸"),
    ("方大医养中心", H, ProjectType.SERVICE, "发展改革局", 80000, Stage.SIGNED,
     D(2026, 4, 1), None, None, None, "浑河南岸"),
    ("李永波国际羽毛球运动中心", OTHER, ProjectType.SERVICE, "发展改革局", 40000, Stage.STARTED,
     D(2026, 1, 20), D(2026, 5, 6), None, None, "浑河南岸"),
    ("电商基地项目", IT, ProjectType.SERVICE, "发展改革局", 20000, Stage.NEGOTIATING,
     None, None, None, None, "沈抚科技城"),
    ("辽宁东大氢冶金零碳钢铁冶金短流程中试基地", M, ProjectType.INDUSTRIAL, "发展改革局", 60000, Stage.STARTED,
     D(2025, 10, 1), D(2026, 4, 20), None, None, "沈抚科技城"),
    ("数字辽宁·联通赋能算力中心项目二期", IT, ProjectType.INFRASTRUCTURE, "发展改革局", 90000, Stage.STARTED,
     D(2025, 12, 1), D(2026, 3, 10), None, None, "沈抚科技城"),
    ("金麒麟驭风行动试点项目", OTHER, ProjectType.INFRASTRUCTURE, "发展改革局", 35000, Stage.SIGNED,
     D(2026, 6, 1), None, None, None, ""),
    ("大唐热电驭风行动试点项目", OTHER, ProjectType.INFRASTRUCTURE, "发展改革局", 42000, Stage.SIGNED,
     D(2026, 6, 15), None, None, None, ""),
]
WORDS = {E: ["智能装备", "特种机器人", "航空零部件", "精密传动", "环保装备", "液压件"],
         H: ["医疗器械", "生物医药", "体外诊断", "康复器械"], M: ["磁性材料", "高温合金", "新型钢材", "稀土永磁"],
         IT: ["芯片封测", "工业软件", "数据中心", "集成电路设计"], OTHER: ["物流园", "商业配套", "仓储"]}
PARKS = ["智能制造产业园", "大南工业产业园", "联东U谷", "中南高科", "锦联梦工厂", "生命健康产业园", "苏辽合作产业园"]
DEPARTMENTS = ["产业创新局", "投资促进局", "发展改革局"]
UNITS = {FactorKind.LAND: "亩", FactorKind.ENERGY: "吨标煤", FactorKind.ENVIRONMENT: "吨/年",
         FactorKind.FUNDING: "万元", FactorKind.APPROVAL: "项", FactorKind.WATER: "吨/日", FactorKind.TALENT: "人"}
FACTOR_DEPARTMENTS = {FactorKind.LAND: "规划建设局", FactorKind.ENERGY: "发展改革局",
                      FactorKind.ENVIRONMENT: "规划建设局", FactorKind.FUNDING: "财政金融局",
                      FactorKind.APPROVAL: "行政审批局", FactorKind.WATER: "规划建设局", FactorKind.TALENT: "党建工作部"}


def _date(rng, start: datetime.date, end: datetime.date) -> datetime.date:
    return start + datetime.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def synthetic_specs(rng: random.Random, n: int = 150):
    """(name, industry, type, department, total, stage, signed, started, resumed, completed, producing, park)."""
    today = D(YEAR, LAST_MONTH, 31)
    for i in range(n):
        industry = rng.choices([E, H, M, IT, OTHER], weights=[40, 15, 15, 15, 15])[0]
        kind = ProjectType.INDUSTRIAL if industry != OTHER or rng.random() < 0.3 else ProjectType.SERVICE
        total = Decimal(rng.choice([2000, 3000, 5000, 6000, 8000, 10000, 12000]))
        continuing = i % 4 == 0
        signed = _date(rng, D(2025, 1, 5), D(2025, 9, 30)) if continuing else _date(rng, D(YEAR, 1, 5), D(YEAR, 9, 30))
        started = resumed = completed = producing = None
        roll = rng.random()
        if continuing:
            started = _date(rng, signed, D(2025, 12, 20))
            resumed = _date(rng, D(YEAR, 2, 20), D(YEAR, 4, 15))
            if roll < 0.35:
                completed = _date(rng, D(YEAR, 6, 1), today)
                producing = _date(rng, completed, today) if roll < 0.15 else None
        elif roll < 0.7:
            started = _date(rng, signed, min(today, signed + datetime.timedelta(days=120)))
            if roll < 0.1:
                completed = _date(rng, started, today)
        if i % 11 == 5 or (not continuing and started is None):
            # signed recently, not started yet
            started, completed = None, None
            signed = _date(rng, D(YEAR, 8, 25), D(YEAR, 10, 30))
        stage = next(s for s, d in [(Stage.PRODUCING, producing), (Stage.COMPLETED, completed),
                                    (Stage.RESUMED, resumed), (Stage.STARTED, started), (Stage.SIGNED, signed)] if d)
        word = rng.choice(WORDS[industry])
        yield (f"沈抚{word}项目（{i + 1:03d}）", industry, kind, DEPARTMENTS[i % 3], total, stage, signed, started,
               resumed, completed, producing, rng.choice(PARKS))


def load_demo(*, zone, plan, console) -> str:
    rng = random.Random(SEED)
    departments = {d.name: d for d in Department.objects.filter(zone=zone)}
    chains_by_industry = {}
    for chain in Chain.objects.filter(zone=zone).order_by("kind", "sort_order"):
        chains_by_industry.setdefault(chain.industry, []).append(chain)
    investors = list(Enterprise.objects.filter(zone=zone).order_by("pk")[:500])
    specs = [(n, ind, t, dep, Decimal(tot), st, s, b, D(YEAR, 3, 1) if st == Stage.RESUMED else None, c, p, park)
             for n, ind, t, dep, tot, st, s, b, c, p, park in NAMED]
    specs += list(synthetic_specs(rng))
    park_ids, _added = park_ids_for_names(zone, {spec[-1] for spec in specs})
    projects = []
    for index, (name, industry, kind, dep, total, stage, signed, started, resumed, completed, producing,
                park) in enumerate(specs, start=1):
        dates = {Stage.SIGNED: signed, Stage.STARTED: started, Stage.RESUMED: resumed, Stage.COMPLETED: completed,
                 Stage.PRODUCING: producing}
        chain = rng.choice(chains_by_industry[industry]) if chains_by_industry.get(industry) else None
        investor = rng.choice(investors) if investors and index > len(NAMED) and rng.random() < 0.6 else None
        project = Project(
            zone=zone, code=f"SF-{(signed or D(YEAR, 1, 1)).year}-{index:03d}", name=name, industry=industry,
            chain=chain, project_type=kind, park_id=park_ids.get(park), location=f"{park}{rng.randint(1, 30)}号地块" if park else "",
            lead_department=departments.get(dep) or next(iter(departments.values())), investor=investor,
            investor_name="" if investor else name.split("项目")[0], total_investment=total, stage=stage,
            stage_on=dates.get(stage), planned_signed_on=signed,
            planned_started_on=(signed + datetime.timedelta(days=90)) if signed else None,
            planned_completed_on=(signed + datetime.timedelta(days=rng.randint(400, 700))) if signed else None,
            description=f"建设{name.split('（')[0]}，形成规模化生产能力（演示数据）")
        for s, field in STAGE_DATE_FIELDS.items():
            setattr(project, field, dates.get(s))
        projects.append(project)
    Project.objects.bulk_create(projects)
    events, plans, monthly, needs, problems = [], [], [], [], []
    stalled = set(rng.sample(range(len(NAMED), len(projects)), 6))
    for index, project in enumerate(projects):
        for s, field in STAGE_DATE_FIELDS.items():
            if getattr(project, field):
                events.append(ProjectStageEvent(project=project, stage=s, on=getattr(project, field),
                                                reason="演示数据"))
        building = project.started_on or project.resumed_on
        annual = (project.total_investment * Decimal("0.55")).quantize(Decimal("1")) if building else Decimal(0)
        if annual:
            plans.append(ProjectAnnualPlan(project=project, year=YEAR, planned_investment=annual))
            first = max(1, (project.resumed_on or project.started_on).month if (project.resumed_on or
                        project.started_on).year == YEAR else 1)
            last = 5 if index in stalled else LAST_MONTH
            if project.producing_on:
                last = min(last, project.producing_on.month)
            for month in range(first, last + 1):
                amount = annual / max(1, LAST_MONTH - first + 1) * Decimal(str(rng.uniform(0.7, 1.3)))
                monthly.append(ProjectMonthlyInvestment(project=project, month=D(YEAR, month, 1),
                                                        amount=amount.quantize(Decimal("0.01"))))
        if index % 4 == 0:
            for kind in rng.sample([k for k in FactorKind.values if k != FactorKind.OTHER], 2):
                planned = _date(rng, D(YEAR, 3, 1), D(YEAR, 12, 20))
                supplied = planned if planned < D(YEAR, 9, 1) and rng.random() < 0.7 else None
                status = FactorStatus.SUPPLIED if supplied else rng.choice([FactorStatus.PLANNED,
                                                                            FactorStatus.IN_PROGRESS])
                needs.append(FactorNeed(project=project, kind=kind, quantity=Decimal(rng.randint(5, 300)),
                                        unit=UNITS[kind], department=departments[FACTOR_DEPARTMENTS[kind]],
                                        planned_on=planned, supplied_on=supplied, status=status,
                                        description=f"{FactorKind(kind).label}需求（演示）"))
        if index in stalled or index % 13 == 0:
            problems.append(ProjectProblem(project=project, description="施工许可手续待办理，影响开工进度",
                                           department=departments.get("行政审批局"), raised_on=D(YEAR, 6, 10),
                                           status=ProblemStatus.OPEN))
    ProjectStageEvent.objects.bulk_create(events, batch_size=500)
    ProjectAnnualPlan.objects.bulk_create(plans, batch_size=500)
    ProjectMonthlyInvestment.objects.bulk_create(monthly, batch_size=500)
    _needs_on_parcels(zone, needs)
    FactorNeed.objects.bulk_create(needs, batch_size=500)
    ProjectProblem.objects.bulk_create(problems, batch_size=500)
    _scale_to_target(zone)
    approvals = demo_approvals.load(zone=zone, rng=rng, today=D(YEAR, LAST_MONTH, 31))
    console.print(f"项目审批：{approvals}")
    if plan is not None:
        indicators_bind_suggested(plan=plan, acting_user=SYSTEM)
    return f"{len(projects)} 个项目，{len(monthly)} 条月度投资，{len(needs)} 条要素需求"


def _needs_on_parcels(zone, needs) -> None:
    """Each 用地 need points at a parcel of its project's park (when the park has any), as the park page shows.
    Chosen by the project's position, so the demo's random sequence (and what follows from it) is unchanged."""
    parcels: dict[int, list[LandParcel]] = {}
    for parcel in LandParcel.objects.filter(park__zone=zone).order_by("park_id", "code"):
        parcels.setdefault(parcel.park_id, []).append(parcel)
    for index, need in enumerate(needs):
        choices = parcels.get(need.project.park_id)
        if need.kind == FactorKind.LAND and choices:
            need.parcel = choices[index % len(choices)]


def _scale_to_target(zone, target_wan: Decimal = Decimal(320000)):
    """Scale the monthly figures so January–October lands a little under the 序时 line (about 96%)."""
    rows = list(ProjectMonthlyInvestment.objects.filter(project__zone=zone, month__year=YEAR))
    total = sum(r.amount for r in rows) or Decimal(1)
    factor = target_wan * LAST_MONTH / 12 * Decimal("0.96") / total
    for row in rows:
        row.amount = (row.amount * factor).quantize(Decimal("0.01"))
    ProjectMonthlyInvestment.objects.bulk_update(rows, ["amount"], batch_size=500)


