"""Demo innovation data (synthetic, made by code): achievements through the stages, platforms, events, two years
of technology contracts, a scene library with a few 对接 and 标杆, and talent needs by chain.

The mix is realistic with one target lagging: 本地转化 reaches 9 of the 15 the plan asks for."""
import datetime
import random
from decimal import Decimal

from actiondesk.chains.models import Chain
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.innovation import services, services_scenes
from actiondesk.innovation.choices import (
    AchievementStage,
    ContractType,
    Decision,
    EventKind,
    PlatformKind,
    SceneKind,
    TalentGroup,
    TalentSide,
)
from actiondesk.innovation.models import Achievement, AchievementAdoption, TalentRecord, TechContract
from actiondesk.innovation.selectors import suggestions_for
from actiondesk.org.models import Department
from actiondesk.plans.services import indicators_bind_suggested

DEMO_ORDER = 70
SEED = 2026
INSTITUTIONS = ["中科院金属所", "东北大学", "中煤科工研究院", "沈阳理工大学", "沈阳工学院", "辽宁大学"]
TOPICS = [("稀土钢纯净度控制", "materials", "稀土钢"), ("高温合金叶片定向凝固", "materials", "高温合金"),
          ("矿用防爆巡检机器人", "equipment", "特种机器人"), ("氢冶金短流程工艺", "materials", "氢冶金"),
          ("医学影像辅助诊断算法", "health", "医学影像"), ("钛合金增材制造", "materials", "增材制造"),
          ("碳化硅功率模块封装", "it", "功率器件"), ("稀土永磁电机", "materials", "稀土永磁"),
          ("康复外骨骼", "health", "康复器械"), ("工业大模型知识库", "it", "大模型")]
DEMANDS = [
    ("焊缝缺陷自动检测", "沈抚精工装备有限公司", "manufacturing", "equipment", True,
     "压力容器产线焊接后靠人工目视检查焊缝，漏检气孔和裂纹，希望引入机器视觉缺陷检测。"),
    ("轧机设备预测性维护", "辽宁轧钢有限公司", "manufacturing", "materials", True,
     "轧机和空压机经常突发故障停机，希望通过振动监测和故障诊断提前发现轴承问题。"),
    ("12345工单智能分派", "沈抚示范区城市运行中心", "city", "it", True,
     "12345热线工单量大，人工分派慢，希望用大模型自动分类派单。"),
    ("肺结节AI辅助筛查", "沈抚示范区人民医院", "medical", "health", True,
     "影像科阅片压力大，希望引入肺结节CT人工智能辅助诊断。"),
    ("风光耦合制氢", "沈抚新能源有限公司", "energy", "other", False,
     "风电场弃风电量大，计划配套建设电解水制氢项目，需要能适应功率波动的电解槽。"),
    ("医疗样本无人机运送", "沈抚示范区医共体", "low_altitude", "health", False,
     "检验中心与分院之间需要无人机运送医疗样本，缩短送检时间。"),
]
SUPPLIES = [
    ("焊缝表面缺陷在线视觉检测系统", "辽宁智视科技有限公司", "manufacturing", "equipment", "provincial", True,
     "基于深度学习的机器视觉方案，识别气孔、裂纹、咬边、未焊透，检出率99%，已在压力容器企业产线应用。"),
    ("设备预测性维护平台", "沈抚工业互联网有限公司", "manufacturing", "equipment", "city", True,
     "振动、温度传感器采集，边缘计算实时分析，轴承、齿轮箱故障诊断与剩余寿命预测。"),
    ("基层治理大模型助手", "科大物联（辽宁）有限公司", "city", "it", "district", True,
     "12345热线工单自动分类派单、网格事件图像识别、政策问答，私有化部署于政务云。"),
    ("医学影像人工智能辅助诊断软件", "沈阳医学影像科技有限公司", "medical", "health", "national", True,
     "肺结节CT筛查、骨折识别、眼底病变筛查，取得三类医疗器械注册证。"),
    ("碱性电解水制氢成套装备", "辽宁氢能装备有限公司", "energy", "other", "provincial", False,
     "单槽1000标方每小时电解槽，宽功率波动适应风电光伏耦合。"),
    ("低空物流无人机配送", "沈抚低空科技有限公司", "low_altitude", "other", "city", False,
     "医疗样本、急救药品的无人机航线规划与运营，建设社区起降点。"),
    ("具身智能巡检机器人", "中煤科工（辽宁）具身智能有限公司", "manufacturing", "equipment", "provincial", True,
     "防爆认证的具身智能巡检机器人，多气体检测、热成像、自主导航。"),
    ("园区能耗监测与碳计量平台", "沈抚双碳科技有限公司", "energy", "it", "provincial", False,
     "电、水、气分项计量，企业碳排放核算和产品碳足迹。"),
]


def _date(rng, year, first=1, last=10):
    month = rng.randint(first, last)
    return datetime.date(year, month, rng.randint(1, 28))


def load_demo(*, zone, plan, console) -> str:
    rng = random.Random(SEED)
    year = plan.year if plan else datetime.date.today().year
    departments = {d.name: d for d in Department.objects.filter(zone=zone)}
    if not departments:
        return "无部门，跳过"
    chains = list(Chain.objects.filter(zone=zone).order_by("sort_order", "pk"))
    enterprises = list(Enterprise.objects.filter(zone=zone).order_by("pk")[:60])
    if not enterprises:  # the enterprises demo did not run: a few takers of our own
        enterprises = Enterprise.objects.bulk_create([
            Enterprise(zone=zone, credit_code=f"91210400MA{SEED}{n:04d}", name=name) for n, name in enumerate(
                ["沈抚精工装备有限公司", "辽宁鹏悦科技有限公司", "沈抚新材料有限公司", "启芯微电子有限公司"])])
    create_achievements(zone, rng, year, chains, enterprises)
    create_platforms_and_events(zone, rng, year, chains)
    create_contracts(zone, rng, year)
    create_scenes(zone, year, departments)
    create_talent(zone, rng, year, chains)
    if plan is not None:
        indicators_bind_suggested(plan=plan, acting_user=SYSTEM)
    return (f"{Achievement.objects.filter(zone=zone).count()} 项科技成果，"
            f"{TechContract.objects.filter(zone=zone).count()} 份技术合同")


def create_achievements(zone, rng, year, chains, enterprises):
    # 26 achievements: 22 validated high-value ones, 6 高技术成果, 9 converted locally (the lagging target).
    for n in range(26):
        topic, industry, field = TOPICS[n % len(TOPICS)]
        found = _date(rng, year, 1, 3)
        achievement = services.achievement_create(
            zone=zone, acting_user=SYSTEM, found_on=found, code=f"CG{year}{n + 1:03d}",
            title=f"{topic}技术（{n // len(TOPICS) + 1}）", institution=INSTITUTIONS[n % len(INSTITUTIONS)],
            field=field, industry=industry, chain=chains[n % len(chains)] if chains else None,
            trl=5 if n < 22 else 3, expected_value=Decimal(rng.randint(600, 3000)), invention_patents=rng.randint(0, 4),
            is_high_tech=n < 6, high_tech_on=found if n < 6 else None,
            description=f"面向示范区{field}产业需求的{topic}成果，已完成实验室验证。")
        if n >= 22:
            continue
        on = found + datetime.timedelta(days=rng.randint(20, 60))
        services.achievement_advance(achievement=achievement, stage=AchievementStage.CONCEPT, on=on,
                                     evidence="概念验证中心评审意见", acting_user=SYSTEM)
        if n < 14:
            on += datetime.timedelta(days=rng.randint(30, 90))
            services.achievement_advance(achievement=achievement, stage=AchievementStage.PILOT, on=on,
                                         evidence="中试服务合同", acting_user=SYSTEM)
        if n < 9 and enterprises:
            on += datetime.timedelta(days=rng.randint(20, 60))
            services.achievement_advance(achievement=achievement, stage=AchievementStage.INDUSTRIAL, on=on,
                                         evidence="产业化项目备案", acting_user=SYSTEM)
            takers = rng.sample(enterprises, 2 if n % 3 == 0 else 1)  # some taken up by two enterprises
            AchievementAdoption.objects.bulk_create([AchievementAdoption(
                achievement=achievement, enterprise=e, adopted_on=on, is_local=True) for e in takers])


def create_platforms_and_events(zone, rng, year, chains):
    rows = [("辽宁东大氢冶金-零碳钢铁冶金短流程中试基地", PlatformKind.PILOT, "provincial", "东北大学", year),
            ("沈阳工学院数字一体化中试平台", PlatformKind.PILOT, "city", "沈阳工学院", year),
            ("中辽检测检验检测公共服务平台", PlatformKind.INNOVATION, "provincial", "中辽检测", year - 1),
            ("辽宁智能制造新型工业化研究院", PlatformKind.INNOVATION, "provincial", "沈阳工学院", year)]
    for name, kind, level, host, y in rows:
        services.platform_create(zone=zone, acting_user=SYSTEM, name=name, kind=kind, level=level, host=host,
                                 chain=chains[0] if chains else None, established_on=datetime.date(y, 4, 18),
                                 services="中试熟化、检验检测、小批量试制")
    achievements = list(Achievement.objects.filter(zone=zone)[:10])
    for n in range(12):
        services.event_create(zone=zone, acting_user=SYSTEM, title=f"科技成果{'路演' if n % 2 else '对接'}会第{n + 1}期",
                              kind=EventKind.ROADSHOW if n % 2 else EventKind.MATCHMAKING,
                              held_on=_date(rng, year), organiser="产业创新局", intentions=rng.randint(1, 6),
                              contracts=rng.randint(0, 3), achievements=rng.sample(achievements, 3) if achievements
                              else (), outcome="达成合作意向")


def create_contracts(zone, rng, year):
    sellers, buyers = INSTITUTIONS, ["沈抚精工装备有限公司", "辽宁鹏悦科技有限公司", "钢研高纳（沈抚）有限公司", "启芯微电子有限公司"]
    rows = []
    for y, scale in ((year - 1, 1.0), (year, 1.0)):
        for n in range(60):
            month = rng.randint(1, 10)
            if y == year - 1 and month == 2:
                continue  # no contracts in February last year: that month shows no growth
            rows.append(TechContract(zone=zone, number=f"{y}2104{n:06d}", name="技术开发与服务合同",
                                     seller=rng.choice(sellers), buyer=rng.choice(buyers),
                                     contract_type=rng.choice(ContractType.values),
                                     amount=Decimal(str(round(rng.uniform(20, 180) * scale, 2))),
                                     signed_on=datetime.date(y, month, rng.randint(1, 28))))
    TechContract.objects.bulk_create(rows)


def create_scenes(zone, year, departments):
    dev, inno = departments.get("发展改革局"), departments.get("产业创新局")
    default = dev or next(iter(departments.values()))
    demands = [services_scenes.scene_create(zone=zone, acting_user=SYSTEM, kind=SceneKind.DEMAND, title=t, party=p,
                                     category=c, industry=i, is_ai=ai, description=d, department=default)
               for t, p, c, i, ai, d in DEMANDS]
    supplies = [services_scenes.scene_create(zone=zone, acting_user=SYSTEM, kind=SceneKind.SUPPLY, title=t, party=p,
                                      category=c, industry=i, level=lv, is_ai=ai, description=d,
                                      department=inno or default)
                for t, p, c, i, lv, ai, d in SUPPLIES]
    for demand in demands[:3]:
        best = suggestions_for(demand, k=1)
        if best:
            s = best[0]
            services_scenes.match_decide(demand=demand, supply=s.scene, decision=Decision.ACCEPTED, acting_user=SYSTEM,
                                  score=s.suggestion.score, terms=s.suggestion.term_list,
                                  reasons=s.suggestion.reasons, on=datetime.date(year, 6, 10))
    services_scenes.scene_select_benchmark(scene=supplies[2], on=datetime.date(year, 9, 20), acting_user=SYSTEM,
                                    writeup="基层治理大模型助手在12345热线落地，派单时长缩短六成，可复制推广。")
    return demands, supplies


def create_talent(zone, rng, year, chains):
    rows = []
    for chain in chains:
        for group in TalentGroup.values:
            need = rng.randint(5, 60)
            rows.append(TalentRecord(zone=zone, year=year, chain=chain, group=group, side=TalentSide.NEED,
                                     headcount=need, source="企业填报"))
            rows.append(TalentRecord(zone=zone, year=year, chain=chain, group=group, side=TalentSide.SUPPLY,
                                     headcount=max(0, need - rng.randint(-5, 30)), source="人才市场导入"))
    TalentRecord.objects.bulk_create(rows)
