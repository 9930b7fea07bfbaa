"""Demo chains: the five strategic emerging chains and the four leading industries, their segments,
enterprises placed on them (链主 钢研高纳, 鹏悦科技, 启芯微), 招商 targets for the gaps and monthly 产值."""
import datetime
import random
from decimal import Decimal

from actiondesk.chains.catalogue import LEADING, STRATEGIC
from actiondesk.chains.choices import ChainKind, PlacementRole, TargetStatus
from actiondesk.chains.models import (
    Chain,
    ChainRule,
    ChainSegment,
    EnterpriseOutput,
    InvestmentTarget,
    SegmentEnterprise,
)
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.models import Department
from actiondesk.parks.services import park_ids_for_names
from actiondesk.plans.services import indicators_bind_suggested

DEMO_ORDER = 40
SEED = 2026
CHIEFS = ["张副主任", "刘副主任", "陈副主任", "赵副主任", "孙副主任", "周副主任", "吴副主任", "郑副主任", "冯副主任"]
TARGET_CITIES = ["苏州", "深圳", "上海", "无锡", "合肥", "西安", "成都", "宁波"]
# Segments deliberately left thin so the map shows 招商重点.
THIN = {"精密减速器", "系统集成", "电力巡检", "钛合金材料", "维修服务", "软磁材料", "新能源汽车", "核心部件",
        "影像设备", "晶圆制造", "设备零部件", "汽车电子", "康复器械"}


def credit_code(rng: random.Random) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + "210400" + "".join(rng.choice(alphabet) for _ in range(10))


def demo_enterprises(zone, rng: random.Random, wanted: int = 120):
    """The zone's enterprises; when the enterprises demo has not run, a few of our own."""
    existing = list(Enterprise.objects.filter(zone=zone).order_by("pk")[:3000])
    if len(existing) >= wanted:
        return existing
    names = [f"沈抚{w}{k}有限公司" for w in ("精工", "华晨", "瑞泽", "博远", "中航", "德科", "东源", "金桥", "新锐", "鼎盛",
                                            "联创", "恒力")
             for k in ("科技", "装备", "材料", "电子", "医疗", "智能", "精密", "机械", "新能源", "半导体")]
    park_id = park_ids_for_names(zone, [DEMO_PARK])[0][DEMO_PARK]
    Enterprise.objects.bulk_create([Enterprise(zone=zone, credit_code=credit_code(rng), name=n, park_id=park_id)
                                    for n in names[: wanted - len(existing)]], ignore_conflicts=True)
    return list(Enterprise.objects.filter(zone=zone).order_by("pk")[:3000])


DEMO_PARK = "智能制造产业园"


def leader_enterprise(zone, name: str, rng):
    found = Enterprise.objects.filter(zone=zone, name__contains=name).first()
    return found or Enterprise.objects.create(zone=zone, credit_code=credit_code(rng), name=f"{name}有限公司",
                                              park_id=park_ids_for_names(zone, [DEMO_PARK])[0][DEMO_PARK])


def create_chains(zone, *, departments: dict, enterprises: list, rng: random.Random, year: int) -> list[Chain]:
    ChainRule.objects.get_or_create(zone=zone)
    chains, pool = [], list(enterprises)
    rng.shuffle(pool)
    catalogue = [(n, ind, dep, leader, segs, ChainKind.STRATEGIC) for n, ind, dep, leader, segs in STRATEGIC]
    catalogue += [(n, ind, dep, None, segs, ChainKind.LEADING) for n, ind, dep, segs in LEADING]
    placements, targets = [], []
    for order, (name, industry, department, leader, segments, kind) in enumerate(catalogue):
        chain = Chain.objects.create(zone=zone, name=name, kind=kind, industry=industry, sort_order=order,
                                     department=departments.get(department), chief_name=CHIEFS[order],
                                     policy_note=f"一链一策：围绕{name}关键环节，落实用地、资金、人才等政策加持，"
                                                 f"支持链主引育上下游配套企业。")
        chains.append(chain)
        leader_obj = leader_enterprise(zone, leader, rng) if leader else None
        for position, names in segments.items():
            for index, segment_name in enumerate(names):
                segment = ChainSegment.objects.create(chain=chain, position=position, name=segment_name,
                                                      sort_order=index, is_key=segment_name in THIN)
                count = rng.randint(0, 1) if segment_name in THIN else rng.randint(3, 9)
                chosen = [pool.pop() for _ in range(min(count, len(pool)))]
                placements += [SegmentEnterprise(segment=segment, enterprise=e, role=PlacementRole.SUPPORTING
                                                 if i else PlacementRole.CORE) for i, e in enumerate(chosen)]
                if leader_obj and position == "midstream" and index == 0:
                    placements.append(SegmentEnterprise(segment=segment, enterprise=leader_obj,
                                                        role=PlacementRole.LEADER))
                if segment_name in THIN:
                    targets += gap_targets(segment, chain_name=name, rng=rng)
    SegmentEnterprise.objects.bulk_create(placements, ignore_conflicts=True)
    InvestmentTarget.objects.bulk_create(targets)
    create_outputs(zone, rng=rng, year=year)
    return chains


def gap_targets(segment, *, chain_name: str, rng: random.Random) -> list[InvestmentTarget]:
    """One to three companies to attract into a thin segment, each located in the city its name starts with."""
    targets = []
    for i in range(rng.randint(1, 3)):
        city = rng.choice(TARGET_CITIES)
        targets.append(InvestmentTarget(segment=segment, company_name=f"{city}{segment.name}领军企业{i + 1}",
                                        location=city, reason=f"补齐{chain_name}“{segment.name}”环节，与链主配套",
                                        status=rng.choice(list(TargetStatus.values)[:2])))
    return targets


INDUSTRY_TARGETS_YI = {"equipment": 75, "health": 15, "materials": 10, "it": 10}


def create_outputs(zone, *, rng: random.Random, year: int, last_month: int = 10):
    """Monthly 产值 for every enterprise on a chain, scaled so each leading industry runs near its target."""
    by_industry = {}
    for enterprise_id, industry in (SegmentEnterprise.objects.filter(segment__chain__zone=zone)
                                    .values_list("enterprise_id", "segment__chain__industry").distinct()):
        by_industry.setdefault(enterprise_id, industry)
    members = {}
    for enterprise_id, industry in by_industry.items():
        members.setdefault(industry, []).append(enterprise_id)
    rows = []
    for industry, ids in members.items():
        monthly = Decimal(INDUSTRY_TARGETS_YI.get(industry, 5)) * 10000 / 12 / len(ids)
        for enterprise_id in sorted(ids):
            base = float(monthly) * rng.uniform(0.5, 1.6)
            rows += [EnterpriseOutput(enterprise_id=enterprise_id, month=datetime.date(year, m, 1),
                                      output_value=Decimal(str(round(base * rng.uniform(0.9, 1.12), 2))))
                     for m in range(1, last_month + 1)]
    EnterpriseOutput.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)


def load_demo(*, zone, plan, console) -> str:
    rng = random.Random(SEED)
    departments = {d.name: d for d in Department.objects.filter(zone=zone)}
    enterprises = demo_enterprises(zone, rng)
    chains = create_chains(zone, departments=departments, enterprises=enterprises, rng=rng,
                           year=plan.year if plan else datetime.date.today().year)
    if plan is not None:
        indicators_bind_suggested(plan=plan, acting_user=SYSTEM)
    return f"{len(chains)} 条产业链，{SegmentEnterprise.objects.filter(segment__chain__zone=zone).count()} 个链上企业"


