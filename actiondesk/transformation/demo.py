"""Demo data for 附件3: diagnoses of most 规上工业 enterprises (a realistic gap left), 12 智改数转 projects in every
state (two of them ledger projects), smart and green factory ratings (an upgrade, an expired green factory, one
卓越级 still 申报), four cases, a "小快轻准" catalogue and four 场景指南. Fixed seed; synthetic.

The seven targets land at a realistic mix: coverage about 88%, 6 of 10 enterprises transformed, 5 of 9 new
基础级/先进级 smart factories, 0 of 1 卓越级, 2 of 3 省级以上 green factories, 9 of 10 smart + green, 3 of 10 cases.
"""
import datetime
import random
from decimal import Decimal

from actiondesk.chains.choices import Industry
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.enterprises.models import Enterprise
from actiondesk.plans.services import indicators_bind_suggested
from actiondesk.projects.models import Project
from actiondesk.transformation.choices import (
    CaseStatus,
    Category,
    DiagnosisMethod,
    FactoryKind,
    FactoryLevel,
    ProjectState,
    RatingStage,
    Scope,
)
from actiondesk.transformation.models import (
    Diagnosis,
    FactoryRating,
    SceneGuide,
    Solution,
    TransformationCase,
    TransformationProject,
)

DEMO_ORDER = 70
SEED = 7070
YEAR = 2026
COVERED = 0.88
LAST = datetime.date(YEAR, 10, 20)  # the demo's data run to October
D = datetime.date
PROVIDERS = ["沈阳工学院辽宁智能制造新型工业化院", "双智赋能中心", "辽宁联通数字科技", "东软集团智能制造事业部",
             "新松机器人智能制造咨询"]
FINDINGS = ["设备联网率低，生产数据靠人工抄录", "计划排产依赖经验，订单交付周期长", "质量检验以人工目检为主，追溯困难",
            "能耗数据未分项计量，节能空间不清", "经营管理系统与车间现场脱节，库存数据不准"]
MEASURES = ["部署设备数据采集和制造执行系统，先从关键工序做起", "上线高级排产系统，打通经营管理与制造执行系统",
            "引入机器视觉质检并建立质量追溯", "建设能源管理系统，重点用能设备分项计量", "实施仓储条码管理和仓储管理系统"]
SOLUTIONS = [
    ("设备数据采集与联网轻量化方案", Industry.HIGH_END_EQUIPMENT, Category.INTERNET, "辽宁联通数字科技", "18"),
    ("数控机床远程运维云服务", Industry.HIGH_END_EQUIPMENT, Category.SOFTWARE, "新松机器人", "12"),
    ("离散制造轻量制造执行系统", Industry.HIGH_END_EQUIPMENT, Category.SOFTWARE, "东软集团", "45"),
    ("药品生产电子批记录系统", Industry.LIFE_HEALTH, Category.SOFTWARE, "东软医疗信息", "38"),
    ("医疗器械唯一标识追溯方案", Industry.LIFE_HEALTH, Category.DATA, "中辽检测", "20"),
    ("热处理炉能耗在线监测", Industry.NEW_MATERIALS, Category.GREEN, "国网综合能源", "26"),
    ("机器视觉表面缺陷检测", Industry.NEW_MATERIALS, Category.EQUIPMENT, "沈阳工学院", "60"),
    ("工业互联网标识解析接入", Industry.NEXT_GEN_IT, Category.INTERNET, "双智赋能中心", "8"),
    ("中小企业上云用数套餐", Industry.OTHER, Category.DATA, "数字辽宁联通算力中心", "5"),
]
GUIDES = {
    Industry.HIGH_END_EQUIPMENT: ("装备制造以多品种小批量为主，重点是设备联网、计划排产和质量追溯。",
                                  ["设备联网与状态监测：采集数控设备运行数据，提升设备综合效率",
                                   "智能排产：订单、物料和产能协同排程，缩短交付周期",
                                   "远程运维：产品售后远程诊断，发展服务型制造"]),
    Industry.LIFE_HEALTH: ("生命健康企业合规要求高，重点是电子批记录、质量追溯和洁净环境监测。",
                           ["电子批记录：替代纸质批记录，满足药品生产质量规范", "唯一标识追溯：医疗器械全链条追溯"]),
    Industry.NEW_MATERIALS: ("新材料企业能耗高、工艺窗口窄，重点是能耗管理、工艺参数优化和在线检测。",
                             ["能耗在线监测：重点用能设备分项计量，支撑绿色工厂创建",
                              "在线质量检测：机器视觉检测表面缺陷"]),
    Industry.NEXT_GEN_IT: ("信息技术企业重点是研发协同和工业互联网平台服务。",
                           ["研发协同：代码、需求、测试一体化管理", "标识解析：接入国家工业互联网标识解析体系"]),
}
# 12 projects: (name, scope, category, state, planned 万元, started, completed)
PROJECTS = [
    ("数控车间设备联网改造", Scope.NETWORKED, Category.INTERNET, ProjectState.ACCEPTED, 120, D(2025, 9, 1), D(2026, 3, 20)),
    ("智能仓储物流升级", Scope.INTELLIGENT, Category.EQUIPMENT, ProjectState.ACCEPTED, 680, D(2025, 6, 1), D(2026, 5, 30)),
    ("制造执行系统上线", Scope.DIGITAL, Category.SOFTWARE, ProjectState.COMPLETED, 260, D(2026, 1, 10), D(2026, 6, 28)),
    ("机器视觉质检线", Scope.INTELLIGENT, Category.EQUIPMENT, ProjectState.COMPLETED, 420, D(2026, 2, 15), D(2026, 8, 10)),
    ("能源管理系统建设", Scope.DIGITAL, Category.GREEN, ProjectState.COMPLETED, 150, D(2026, 3, 1), D(2026, 9, 5)),
    ("焊装线机器人替代", Scope.INTELLIGENT, Category.EQUIPMENT, ProjectState.COMPLETED, 900, D(2026, 1, 20), D(2026, 9, 30)),
    ("经营管理与制造执行系统集成", Scope.DIGITAL, Category.SOFTWARE, ProjectState.IN_PROGRESS, 180, D(2026, 5, 1), None),
    ("5G全连接工厂", Scope.NETWORKED, Category.INTERNET, ProjectState.IN_PROGRESS, 1500, D(2026, 4, 1), None),
    ("数据治理与指标平台", Scope.DIGITAL, Category.DATA, ProjectState.IN_PROGRESS, 90, D(2026, 7, 1), None),
    ("电子批记录系统", Scope.DIGITAL, Category.SOFTWARE, ProjectState.RESERVE, 120, None, None),
    ("数字孪生产线", Scope.INTELLIGENT, Category.SOFTWARE, ProjectState.RESERVE, 800, None, None),
    ("工业互联网标识解析应用", Scope.NETWORKED, Category.INTERNET, ProjectState.RESERVE, 60, None, None),
]
R = RatingStage.RECOGNISED


def _day(rng, first: D, last: D) -> D:
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


def _diagnoses(rng, scale) -> list[Diagnosis]:
    rows = []
    for enterprise in rng.sample(scale, round(len(scale) * COVERED)):
        entered = enterprise.scale_entered_on if enterprise.scale_entered_on and enterprise.scale_entered_on.year == YEAR \
            else D(YEAR, 2, 1)
        overall = rng.choices([1, 2, 3, 4], weights=[3, 5, 3, 1])[0]
        pick = rng.randrange(len(FINDINGS))
        rows.append(Diagnosis(
            enterprise=enterprise, diagnosed_on=_day(rng, min(max(entered, D(YEAR, 2, 1)), LAST), LAST),
            provider=rng.choice(PROVIDERS), method=rng.choice(DiagnosisMethod.values), level_overall=overall,
            level_personnel=max(1, overall + rng.choice([-1, 0, 0, 1])),
            level_technology=max(1, overall + rng.choice([-1, 0, 1])), level_resources=overall,
            level_manufacturing=max(1, min(5, overall + rng.choice([-1, 0, 1]))), findings=FINDINGS[pick],
            measures=MEASURES[pick]))
    return rows


def _rating(enterprise, kind, level, stage, recognised=None, expires=None, applied=None, number=""):
    return FactoryRating(enterprise=enterprise, kind=kind, level=level, stage=stage, recognised_on=recognised,
                         expires_on=expires, applied_on=applied or recognised, certificate_number=number)


def _ratings(firms) -> list[FactoryRating]:
    s, g = FactoryKind.SMART, FactoryKind.GREEN
    basic, advanced, excellent = FactoryLevel.BASIC, FactoryLevel.ADVANCED, FactoryLevel.EXCELLENT
    city, province, nation = FactoryLevel.MUNICIPAL, FactoryLevel.PROVINCIAL, FactoryLevel.NATIONAL
    f = firms
    return [
        # new 基础级 in 2026 (filed); f[3] upgraded to 先进级 in September: one new 先进级, not two factories
        _rating(f[0], s, basic, R, D(2026, 4, 15), number="辽工信智备〔2026〕011"),
        _rating(f[1], s, basic, R, D(2026, 5, 20), number="辽工信智备〔2026〕027"),
        _rating(f[2], s, basic, R, D(2026, 7, 8), number="辽工信智备〔2026〕043"),
        _rating(f[3], s, basic, R, D(2026, 3, 10), number="辽工信智备〔2026〕005"),
        _rating(f[3], s, advanced, R, D(2026, 9, 18), D(2029, 9, 17), number="辽工信〔2026〕先进级第8号"),
        # 基础级 in 2024, 先进级 in 2026: one new 先进级
        _rating(f[4], s, basic, R, D(2024, 6, 1), number="辽工信智备〔2024〕102"),
        _rating(f[4], s, advanced, R, D(2026, 8, 26), D(2029, 8, 25), number="辽工信〔2026〕先进级第3号"),
        # older ones (not new this year) and ones still being cultivated or applying
        _rating(f[5], s, basic, R, D(2025, 5, 12), number="辽工信智备〔2025〕066"),
        _rating(f[6], s, basic, R, D(2025, 10, 9), number="辽工信智备〔2025〕131"),
        _rating(f[7], s, excellent, RatingStage.APPLYING, applied=D(2026, 9, 1)),
        _rating(f[8], s, advanced, RatingStage.APPLYING, applied=D(2026, 10, 12)),
        _rating(f[9], s, basic, RatingStage.CULTIVATING),
        _rating(f[10], s, basic, RatingStage.CULTIVATING),
        # green factories: 2 省级以上 and 2 市级 new in 2026, one 省级 expired, two being cultivated
        _rating(f[11], g, province, R, D(2026, 6, 30), D(2029, 6, 29), number="辽工信节〔2026〕14号"),
        _rating(f[12], g, nation, R, D(2026, 9, 5), D(2029, 9, 4), number="工信厅节函〔2026〕220号"),
        _rating(f[13], g, city, R, D(2026, 5, 18), D(2029, 5, 17), number="抚工信〔2026〕31号"),
        _rating(f[14], g, city, R, D(2026, 8, 2), D(2029, 8, 1), number="抚工信〔2026〕48号"),
        _rating(f[15], g, province, R, D(2020, 11, 3), D(2025, 11, 2), number="辽工信节〔2020〕9号"),
        _rating(f[16], g, province, RatingStage.APPLYING, applied=D(2026, 10, 8)),
        _rating(f[17], g, city, RatingStage.CULTIVATING),
    ]


def load_demo(*, zone, plan, console) -> str:
    rng = random.Random(SEED)
    scale = list(Enterprise.objects.filter(zone=zone, scale_status=ScaleStatus.INDUSTRY).order_by("pk"))
    if len(scale) < 20:
        return "规上工业企业不足，未生成转型数据"
    solutions = Solution.objects.bulk_create([
        Solution(zone=zone, name=name, industry=industry, category=category, vendor=vendor,
                 reference_price=Decimal(price), description=f"{name}，适合中小企业快速部署、按需订阅。")
        for name, industry, category, vendor, price in SOLUTIONS])
    for industry, (intro, scenes) in GUIDES.items():
        guide = SceneGuide.objects.create(zone=zone, industry=industry, introduction=intro, scenes="\n".join(scenes))
        guide.solutions.set([s for s in solutions if s.industry == industry])
    diagnoses = Diagnosis.objects.bulk_create(_diagnoses(rng, scale), batch_size=500)
    firms = rng.sample(scale, 30)
    ratings = FactoryRating.objects.bulk_create(_ratings(firms))
    ledger = list(Project.objects.filter(zone=zone, investor__scale_status=ScaleStatus.INDUSTRY).order_by("code")[:2])
    projects = []
    for index, (name, scope, category, state, planned, started, completed) in enumerate(PROJECTS):
        linked = ledger[index] if index < len(ledger) else None
        enterprise = linked.investor if linked else firms[18 + index % 12]
        solution = next((s for s in solutions if s.category == category), None)
        done = state in (ProjectState.COMPLETED, ProjectState.ACCEPTED)
        projects.append(TransformationProject(
            enterprise=enterprise, name=name, scope=scope, category=category, solution=solution,
            vendor=solution.vendor if solution else "", ledger_project=linked, planned_investment=Decimal(planned),
            actual_investment=Decimal(planned) * Decimal("0.95") if done else None,
            subsidy_applied=Decimal(planned) * Decimal("0.2") if state != ProjectState.RESERVE else None,
            subsidy_granted=Decimal(planned) * Decimal("0.15") if state == ProjectState.ACCEPTED else None,
            started_on=started, completed_on=completed, state=state,
            efficiency_before=Decimal("12.5") if done else None, efficiency_after=Decimal("16.8") if done else None,
            energy_before=Decimal("310") if done else None, energy_after=Decimal("268") if done else None,
            quality_before=Decimal("2.4") if done else None, quality_after=Decimal("0.9") if done else None))
    projects = TransformationProject.objects.bulk_create(projects)
    cases = [
        (projects[0], "设备联网让数控车间“看得见”", CaseStatus.PUBLISHED, D(2026, 5, 12)),
        (projects[1], "智能仓储把库存准确率提到99.8%", CaseStatus.PUBLISHED, D(2026, 7, 3)),
        (projects[3], "机器视觉替代人工目检", CaseStatus.PUBLISHED, D(2026, 9, 22)),
        (projects[4], "能源管理系统助力绿色工厂创建", CaseStatus.REVIEWED, None),
    ]
    TransformationCase.objects.bulk_create([TransformationCase(
        project=project, title=title, status=status, published_on=published,
        problem="改造前" + FINDINGS[i % len(FINDINGS)], solution=MEASURES[i % len(MEASURES)],
        investment=project.actual_investment, effect="生产效率提升约34%，单位产品能耗下降约14%，不良率由2.4%降至0.9%。",
        replicability="投入小、见效快，适合同行业中小企业复制推广。") for i, (project, title, status, published) in enumerate(cases)])
    if plan is not None:
        indicators_bind_suggested(plan=plan, acting_user=SYSTEM)  # the demo loader binds the plan's targets
    return (f"{len(diagnoses)} 条评估诊断（规上工业企业 {len(scale)} 家），{len(projects)} 个智改数转项目，"
            f"{len(ratings)} 条工厂评级，{len(cases)} 个案例")
