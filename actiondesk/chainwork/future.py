"""The 未来产业 of task 2 (实施培育未来产业行动) as chains of their own kind, for the demo and for a zone that
starts them: 人工智能、具身智能、增材制造、先进储能、生物医药 as chains with their segments, and 原子级制造、量子计算
as 未来产业项目 to attract (招商目标 on the segments of a chain of that name)."""
from actiondesk.chains.choices import ChainKind, Industry, SegmentPosition, TargetStatus
from actiondesk.chains.models import Chain, ChainSegment, InvestmentTarget

U, M, D = SegmentPosition.UPSTREAM, SegmentPosition.MIDSTREAM, SegmentPosition.DOWNSTREAM
FUTURE_CHAINS = [
    ("人工智能", Industry.NEXT_GEN_IT, {U: ["算力基础设施", "数据要素"], M: ["大模型与算法"], D: ["行业智能应用"]}),
    ("具身智能", Industry.HIGH_END_EQUIPMENT, {U: ["灵巧手与关节模组"], M: ["人形机器人本体"], D: ["工业与服务场景"]}),
    ("增材制造", Industry.HIGH_END_EQUIPMENT, {U: ["金属粉末材料"], M: ["增材制造装备"], D: ["航空航天零件打印"]}),
    ("先进储能", Industry.NEW_MATERIALS, {U: ["储能材料"], M: ["储能电池与系统集成"], D: ["电网侧与用户侧储能"]}),
    ("生物医药", Industry.LIFE_HEALTH, {U: ["生物试剂"], M: ["创新药与生物制品"], D: ["临床与医疗服务"]}),
]
FUTURE_PROJECTS = "未来产业项目"
FUTURE_PROJECT_TARGETS = {"原子级制造": ["原子级精密制造装备企业", "原子层沉积（ALD）工艺企业"],
                          "量子计算": ["量子计算整机企业", "量子测控与低温电子企业"]}


def future_chains_create(*, zone, department, sort_from: int) -> list[Chain]:
    """The 未来产业 chains (kind 未来产业) and the 未来产业项目 chain with 原子级制造、量子计算 targets; one already
    there is kept (the demo loader calls this; the zone's department in charge keeps them afterwards)."""
    chains = []
    rows = [*FUTURE_CHAINS, (FUTURE_PROJECTS, Industry.OTHER, {M: list(FUTURE_PROJECT_TARGETS)})]
    for order, (name, industry, segments) in enumerate(rows, start=sort_from):
        chain, created = Chain.objects.get_or_create(zone=zone, name=name, defaults={
            "kind": ChainKind.FUTURE, "industry": industry, "department": department, "sort_order": order})
        chains.append(chain)
        if not created:
            continue
        for position, names in segments.items():
            for index, segment_name in enumerate(names):
                segment = ChainSegment.objects.create(chain=chain, position=position, name=segment_name,
                                                      sort_order=index, is_key=segment_name in FUTURE_PROJECT_TARGETS)
                InvestmentTarget.objects.bulk_create(
                    InvestmentTarget(segment=segment, company_name=company, status=TargetStatus.TO_CONTACT,
                                     reason=f"积极引进具有{segment_name}技术的未来产业项目")
                    for company in FUTURE_PROJECT_TARGETS.get(segment_name, ()))
    return chains
