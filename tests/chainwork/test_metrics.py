import datetime

import pytest

from actiondesk.chainwork import services
from actiondesk.chainwork.models import ChainProblem
from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.core.scoping import SYSTEM

pytestmark = pytest.mark.django_db
D = datetime.date


def _value(name, zone, end):
    return get_metric(name).value(MetricContext(zone_id=zone.pk, year=2026, period_end=end))


def test_the_docket_metrics_count_open_problems_problems_resolved_on_time_and_decisions_raised(
        zone, robot_chain, chief, departments):
    raised = {"chain": robot_chain, "owner_department": departments["投资促进局"], "acting_user": SYSTEM}  # set-up
    on_time = services.problem_record(title="按时", raised_on=D(2026, 2, 1), due_on=D(2026, 5, 31), **raised)
    late = services.problem_record(title="超时", raised_on=D(2026, 2, 1), due_on=D(2026, 3, 31), **raised)
    services.problem_record(title="未解决", raised_on=D(2026, 6, 1), **raised)
    ChainProblem.objects.filter(pk=on_time.pk).update(state="resolved", resolution="已解决", resolved_on=D(2026, 5, 1))
    ChainProblem.objects.filter(pk=late.pk).update(state="resolved", resolution="已解决", resolved_on=D(2026, 4, 15))
    assert _value("chainwork.open_problems", zone, D(2026, 3, 31)) == 2  # both raised, neither resolved yet
    assert _value("chainwork.open_problems", zone, D(2026, 6, 30)) == 1
    assert _value("chainwork.problems_resolved_on_time", zone, D(2026, 6, 30)) == 1
    meeting = services.meeting_record(chain=robot_chain, title="会议", held_on=D(2026, 4, 1), acting_user=chief)
    services.decision_record(meeting=meeting, text="对接", due_on=D(2026, 7, 1), departments=[departments["投资促进局"]],
                             acting_user=chief)
    assert _value("chainwork.decisions_to_orders", zone, D(2026, 3, 31)) == 0
    assert _value("chainwork.decisions_to_orders", zone, D(2026, 4, 30)) == 1
