import pytest

from actiondesk.chains.choices import ChainKind, PlacementRole
from actiondesk.chains.models import Chain, ChainSegment, InvestmentTarget, SegmentEnterprise
from actiondesk.enterprises.models import Enterprise


@pytest.fixture
def make_enterprises(zone):
    def _make(n, prefix="企业"):
        start = Enterprise.objects.count()
        return Enterprise.objects.bulk_create([
            Enterprise(zone=zone, credit_code=f"91210400MA{start + i:08d}", name=f"{prefix}{start + i}")
            for i in range(n)])

    return _make


@pytest.fixture
def robot_chain(zone, departments, make_enterprises):
    """特种机器人: 链主 鹏悦科技 on 机器人本体, 4 enterprises on 伺服电机, none on 精密减速器 (a gap with targets)."""
    chain = Chain.objects.create(zone=zone, name="特种机器人", kind=ChainKind.STRATEGIC, industry="equipment",
                                 department=departments["产业创新局"], chief_name="张副主任")
    reducer = ChainSegment.objects.create(chain=chain, position="upstream", name="精密减速器")
    motor = ChainSegment.objects.create(chain=chain, position="upstream", name="伺服电机")
    body = ChainSegment.objects.create(chain=chain, position="midstream", name="机器人本体")
    leader, *others = make_enterprises(5)
    leader.name = "鹏悦科技有限公司"
    leader.save()
    SegmentEnterprise.objects.create(segment=body, enterprise=leader, role=PlacementRole.LEADER)
    SegmentEnterprise.objects.create(segment=body, enterprise=others[0])
    SegmentEnterprise.objects.bulk_create([SegmentEnterprise(segment=motor, enterprise=e) for e in others])
    InvestmentTarget.objects.create(segment=reducer, company_name="苏州精密减速机股份有限公司", location="苏州",
                                    reason="补齐减速器环节")
    return chain
