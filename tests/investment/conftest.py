import datetime
from decimal import Decimal

import pytest

from actiondesk.chains.choices import ChainKind, PlacementRole
from actiondesk.chains.models import Chain, ChainSegment, SegmentEnterprise
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.models import Enterprise
from actiondesk.investment import services


@pytest.fixture
def carol(make_user, departments):
    """投资促进局 staff: the department that works the 招商 pipeline."""
    return make_user("carol", "department", departments["投资促进局"])


@pytest.fixture
def robot_chain(zone, departments):
    """特种机器人 (kept by 产业创新局): 链主 鹏悦科技 on 机器人本体; 精密减速器 has no enterprise (a gap)."""
    chain = Chain.objects.create(zone=zone, name="特种机器人", kind=ChainKind.STRATEGIC, industry="equipment",
                                 department=departments["产业创新局"], chief_name="张副主任")
    ChainSegment.objects.create(chain=chain, position="upstream", name="精密减速器")
    body = ChainSegment.objects.create(chain=chain, position="midstream", name="机器人本体")
    leader = Enterprise.objects.create(zone=zone, credit_code="91210400MA0LEADER1", name="鹏悦科技有限公司")
    SegmentEnterprise.objects.create(segment=body, enterprise=leader, role=PlacementRole.LEADER)
    return chain


@pytest.fixture
def reducer_lead(zone, robot_chain):
    """A 链主-referred lead for the gap segment, at 洽谈 with 50,000 万元 under discussion."""
    lead = services.lead_create(zone=zone, acting_user=SYSTEM, company_name="苏州精密减速机股份有限公司",  # set-up
                                company_location="苏州", chain=robot_chain,
                                segment=ChainSegment.objects.get(name="精密减速器"), source="chain_leader",
                                referrer=Enterprise.objects.get(name="鹏悦科技有限公司"),
                                expected_investment=Decimal("50000"), created_on=datetime.date(2026, 3, 1))
    for stage, day in (("contact", 5), ("visit", 20), ("negotiation", 28)):
        services.lead_advance(lead=lead, stage=stage, on=datetime.date(2026, 4, day), acting_user=SYSTEM,
                              today=datetime.date(2026, 11, 1))
    return lead
