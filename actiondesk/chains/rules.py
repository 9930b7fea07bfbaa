"""Pure rules of the chain map, fed plain numbers by the selectors.

招商重点 (gap): a segment with fewer than ``gap_below`` enterprises placed on it (default 2: no or one
local enterprise) is a gap the zone should fill by attracting investment.

初具规模 (takes shape): a chain takes shape when it has a 链主 (if the zone requires one), at least
``shape_min_enterprises`` distinct enterprises, spread over at least ``shape_min_segments`` segments.
The thresholds live in ``ChainRule`` per zone; these defaults apply when the zone has none.
"""
from dataclasses import dataclass

from actiondesk.chains.models import ChainRule


@dataclass(frozen=True)
class Thresholds:
    gap_below: int = 2
    shape_min_enterprises: int = 10
    shape_min_segments: int = 4
    shape_requires_leader: bool = True


def is_gap(enterprise_count: int, thresholds: Thresholds) -> bool:
    return enterprise_count < thresholds.gap_below


def takes_shape(*, has_leader: bool, enterprise_count: int, segments_covered: int, thresholds: Thresholds) -> bool:
    if thresholds.shape_requires_leader and not has_leader:
        return False
    return enterprise_count >= thresholds.shape_min_enterprises and segments_covered >= thresholds.shape_min_segments


def thresholds_for_zone(zone_id: int) -> Thresholds:
    rule = ChainRule.objects.filter(zone_id=zone_id).first()
    if rule is None:
        return Thresholds()
    return Thresholds(rule.gap_below, rule.shape_min_enterprises, rule.shape_min_segments, rule.shape_requires_leader)
