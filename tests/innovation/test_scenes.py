"""The 场景项目库: explained suggestions, accept/reject, 对接 records seen by both parties' departments, 标杆."""
import datetime

import pytest
from django.core.exceptions import PermissionDenied

from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.core.scoping import visible
from actiondesk.innovation import services, services_scenes
from actiondesk.innovation.models import Docking
from actiondesk.innovation.selectors import suggestions_for
from tests.innovation.eval_set import HARD_DEMANDS
from tests.innovation.evaluation import K, evaluate, evaluate_with_distractors


def test_suggestions_show_the_matched_terms_and_why_they_rank(scenes):
    demand, vision, hydrogen = scenes
    found = suggestions_for(demand)
    assert [s.scene for s in found] == [vision]
    first = found[0].suggestion
    assert {"焊缝", "气孔", "裂纹"} <= set(first.term_list)
    assert first.reasons[0].startswith("文本相关度") and "同一产业领域 +15%" in first.reasons
    assert "省级应用案例 +7%" in first.reasons


def test_accepting_creates_a_docking_seen_by_both_parties_departments_only(zone, scenes, bob, alice, make_user,
                                                                        departments):
    demand, vision, _h = scenes
    services_scenes.match_decide(demand=demand, supply=vision, decision="accepted", acting_user=bob, terms=["焊缝"])
    docking = Docking.objects.get()
    assert (docking.demand, docking.supply) == (demand, vision)
    demand.refresh_from_db()
    assert demand.state == "docking"
    third = make_user("carol", "department", departments["投资促进局"])
    assert list(visible(Docking.objects.all(), alice)) == [docking]  # 产业创新局: the supply's department
    assert list(visible(Docking.objects.all(), bob)) == [docking]
    assert list(visible(Docking.objects.all(), third)) == []


def test_a_rejected_suggestion_creates_no_docking_and_shows_as_rejected(scenes, bob):
    demand, vision, _h = scenes
    services_scenes.match_decide(demand=demand, supply=vision, decision="rejected", acting_user=bob)
    assert not Docking.objects.exists()
    assert suggestions_for(demand)[0].decision == "rejected"


def test_only_the_scene_keepers_decide(scenes, alice, mallory):
    demand, vision, _h = scenes
    for user in (alice, mallory):
        with pytest.raises(PermissionDenied):
            services_scenes.match_decide(demand=demand, supply=vision, decision="accepted", acting_user=user)


def test_selecting_an_ai_benchmark_changes_the_ai_benchmark_metric(zone, scenes, bob):
    demand, vision, _h = scenes
    metric = get_metric("innovation.ai_benchmark_scenes")
    ctx = MetricContext(zone.pk, 2026, datetime.date(2026, 12, 31))
    assert metric.value(ctx) == 0
    services_scenes.scene_select_benchmark(scene=demand, on=datetime.date(2026, 9, 1), writeup="效益显著", acting_user=bob)
    assert metric.value(ctx) == 1


def test_the_matcher_reaches_the_goal_on_the_hand_judged_pairs_and_is_ahead_of_keyword_overlap():
    result = evaluate()
    assert result["matcher"]["pairs"] >= 60 and K == 5
    assert result["matcher"]["recall_at_5"] >= 0.8
    assert result["matcher"]["recall_at_5"] >= result["baseline"]["recall_at_5"]
    assert result["matcher"]["mrr"] > result["baseline"]["mrr"]


def test_on_the_harder_pairs_and_among_distractors_the_matcher_stays_ahead():
    hard = evaluate(HARD_DEMANDS)
    assert hard["matcher"]["recall_at_5"] >= 0.8 and hard["matcher"]["mrr"] > hard["baseline"]["mrr"]
    noisy = evaluate_with_distractors(1000)
    assert noisy["matcher"]["recall_at_5"] >= 0.8
    assert noisy["matcher"]["recall_at_5"] > noisy["baseline"]["recall_at_5"]


def test_achievements_are_ranked_for_an_enterprises_stated_technology_need(zone, achievement, departments):
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.innovation.selectors import achievements_for_need

    other = services.achievement_create(zone=zone, acting_user=SYSTEM, found_on=datetime.date(2026, 2, 1), code="CG-2",
                                        title="医学影像辅助诊断算法", institution="东北大学", industry="health")
    ranked = achievements_for_need(zone.pk, "我们的轴承钢氧含量和硫含量偏高，需要提高钢的纯净度")
    assert [a for a, _s in ranked] == [achievement] and other.pk
    assert "纯净度" in ranked[0][1].term_list
