import datetime
from decimal import Decimal

import pytest

from actiondesk.chains.choices import ChainKind
from actiondesk.chains.models import Chain, ChainRule, ChainSegment, EnterpriseOutput, SegmentEnterprise
from tests.helpers import metric_value

pytestmark = pytest.mark.django_db
D = datetime.date


PERIOD_END = D(2026, 9, 30)


def value(name, zone, period_end=PERIOD_END):
    return metric_value(name, zone, period_end)


def test_a_chain_with_a_leader_and_enough_enterprises_on_enough_segments_is_in_shape(zone, robot_chain):
    ChainRule.objects.create(zone=zone, shape_min_enterprises=5, shape_min_segments=2)
    assert value("chains.strategic_chains_in_shape", zone) == 1
    ChainRule.objects.filter(zone=zone).update(shape_min_segments=3)
    assert value("chains.strategic_chains_in_shape", zone) == 0


def test_a_chain_without_a_leader_is_not_in_shape_and_leading_industries_are_not_counted(zone, make_enterprises):
    for kind, name in [(ChainKind.STRATEGIC, "磁电"), (ChainKind.LEADING, "高端装备")]:
        chain = Chain.objects.create(zone=zone, name=name, kind=kind)
        segment = ChainSegment.objects.create(chain=chain, position="upstream", name="环节")
        SegmentEnterprise.objects.bulk_create([SegmentEnterprise(segment=segment, enterprise=e, role="leader")
                                               if kind == ChainKind.LEADING else
                                               SegmentEnterprise(segment=segment, enterprise=e)
                                               for e in make_enterprises(20)])
    ChainRule.objects.create(zone=zone, shape_min_enterprises=1, shape_min_segments=1)
    assert value("chains.strategic_chains_in_shape", zone) == 0


def test_output_by_industry_counts_each_enterprise_once_within_the_period_in_yi(zone, robot_chain):
    enterprise = SegmentEnterprise.objects.filter(segment__name="伺服电机").first().enterprise
    # also placed on a second segment of an equipment chain: still counted once
    SegmentEnterprise.objects.create(segment=ChainSegment.objects.get(name="精密减速器"), enterprise=enterprise)
    EnterpriseOutput.objects.bulk_create([
        EnterpriseOutput(enterprise=enterprise, month=D(2026, 1, 1), output_value=Decimal("30000")),
        EnterpriseOutput(enterprise=enterprise, month=D(2026, 9, 1), output_value=Decimal("20000")),
        EnterpriseOutput(enterprise=enterprise, month=D(2026, 10, 1), output_value=Decimal("99999")),
        EnterpriseOutput(enterprise=enterprise, month=D(2025, 12, 1), output_value=Decimal("99999")),
    ])
    assert value("chains.output_high_end_equipment", zone) == Decimal("5")
    assert value("chains.output_life_health", zone) == Decimal("0")
