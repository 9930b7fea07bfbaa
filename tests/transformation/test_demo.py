"""After `actiondesk demo`, the zone plan's goal-3, task-7 and task-18 targets are bound to the transformation
metrics and the battle map's stored values equal a direct count of the demo's rows."""
import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Q

from actiondesk.enterprises.models import Enterprise
from actiondesk.plans.models import Indicator
from actiondesk.supervision.models import MetricValue
from actiondesk.transformation.models import (
    Diagnosis,
    FactoryRating,
    TransformationCase,
    TransformationProject,
)

BOUND = {
    "实现示范区规上企业评估诊断全覆盖": "transformation.diagnosis_coverage",
    "新增培育基础级智能工厂、先进级智能工厂和绿色工厂不少于10个": "transformation.new_smart_and_green",
    "对标建设1家卓越级智能工厂": "transformation.new_smart_excellent",
    "百轩食品等10家以上企业实施数字化、网络化、智能化改造": "transformation.transformed_enterprises",
    "新增培育基础级智能工厂、先进级智能工厂9家": "transformation.new_smart_basic_advanced",
    "形成“智改数转”案例10个": "transformation.published_cases",
    "力争全年新增省级以上绿色工厂不少于3家": "transformation.new_green_provincial",
}
RANK = {"basic": 0, "advanced": 1, "excellent": 2, "pilot": 3, "municipal": 0, "provincial": 1, "national": 2}


def _new_factories(kind, start, end):
    """Hand count: per enterprise, the highest level recognised in the year and valid at ``end`` if it is above
    what the enterprise held (valid) before the year."""
    ratings = FactoryRating.objects.filter(kind=kind, stage="recognised", recognised_on__lte=end)
    gained, held = {}, {}
    for r in ratings:
        if r.recognised_on >= start and (r.expires_on is None or r.expires_on >= end):
            gained[r.enterprise_id] = max(gained.get(r.enterprise_id, -1), RANK[r.level])
        elif r.recognised_on < start and (r.expires_on is None or r.expires_on >= start):
            held[r.enterprise_id] = max(held.get(r.enterprise_id, -1), RANK[r.level])
    return {e: rank for e, rank in gained.items() if rank > held.get(e, -1)}


def _direct(end: datetime.date) -> dict[str, Decimal]:
    start = datetime.date(end.year, 1, 1)
    scale = Enterprise.objects.filter(scale_status="industry").filter(Q(scale_entered_on__isnull=True)
                                                                      | Q(scale_entered_on__lte=end))
    diagnosed = set(Diagnosis.objects.filter(diagnosed_on__range=(start, end)).values_list("enterprise_id", flat=True))
    total = scale.count()
    covered = sum(1 for pk in scale.values_list("pk", flat=True) if pk in diagnosed)
    smart, green = _new_factories("smart", start, end), _new_factories("green", start, end)
    basic_advanced = sum(1 for rank in smart.values() if rank in (0, 1))
    return {
        "transformation.diagnosis_coverage": round(Decimal(covered * 100) / total, 1),
        "transformation.transformed_enterprises": len(set(TransformationProject.objects.filter(
            state__in=("completed", "accepted"), completed_on__range=(start, end)).values_list("enterprise_id",
                                                                                                flat=True))),
        "transformation.new_smart_basic_advanced": basic_advanced,
        "transformation.new_smart_excellent": sum(1 for rank in smart.values() if rank >= 2),
        "transformation.new_green_provincial": sum(1 for rank in green.values() if rank >= 1),
        "transformation.new_smart_and_green": basic_advanced + len(green),
        "transformation.published_cases": TransformationCase.objects.filter(
            status="published", published_on__range=(start, end)).count(),
    }


@pytest.mark.django_db(transaction=True)
def test_after_the_demo_the_seven_targets_are_bound_and_equal_a_direct_count():
    call_command("demo", "--no-serve")
    indicators = {i.source_text: i for i in Indicator.objects.filter(metric__startswith="transformation.")
                  .prefetch_related("goals", "tasks")}
    assert len(indicators) == 7  # the demo reads the plan text itself: sentences may run longer than the hand reading
    for text, indicator in indicators.items():
        assert indicator.metric == next(m for phrase, m in BOUND.items() if phrase in text or text in phrase), text
    goal_three = [i for i in indicators.values() if any("数智绿色转型" in g.text for g in i.goals.all())]
    assert len(goal_three) == 2
    assert sorted(str(t.number) for i in indicators.values() for t in i.tasks.all()) == ["18", "7", "7", "7", "7"]
    latest = MetricValue.objects.filter(indicator__in=indicators.values()).order_by("-period__end").first().period
    direct = _direct(latest.end)
    stored = {v.metric: v.value for v in MetricValue.objects.filter(period=latest, indicator__in=indicators.values())}
    assert stored == {name: Decimal(value) for name, value in direct.items()}
    # a realistic mix: a gap in coverage, every target started, none of them met by magic
    assert 80 <= stored["transformation.diagnosis_coverage"] < 100
    assert stored["transformation.new_smart_basic_advanced"] == 5 and stored["transformation.new_smart_excellent"] == 0
    assert stored["transformation.new_green_provincial"] == 2 and stored["transformation.published_cases"] == 3
    assert TransformationProject.objects.count() == 12
    assert set(TransformationProject.objects.values_list("state", flat=True)) == {"reserve", "in_progress",
                                                                                   "completed", "accepted"}
    assert TransformationProject.objects.filter(ledger_project__isnull=False).count() == 2
