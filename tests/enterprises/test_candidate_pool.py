import datetime
import math
import random

import pytest
from django.urls import reverse

from actiondesk.enterprises.ladders import defaults
from actiondesk.enterprises.ladders.expressions import FIGURES
from actiondesk.enterprises.ladders.pool import compile_rank, rank_key
from actiondesk.enterprises.ladders.rules import build_facts, evaluate_rung
from actiondesk.enterprises.models import Enterprise
from tests.enterprises.figures import add_figures
from tests.enterprises.sheets import code

ON = datetime.date(2026, 6, 1)


def random_figures(rng):
    if rng.random() < 0.05:
        return {}
    return {f: (None if rng.random() < 0.05 else round(rng.uniform(0, 1) ** 3 * 60000, 2)) for f in FIGURES}


def test_the_fast_ranking_key_agrees_with_the_engine_on_every_default_rung():
    rng = random.Random(7)
    rule_sets = [rs for ladder in defaults.LADDERS for rung in ladder["rungs"] for rs in rung["rule_sets"]]
    for spec in rule_sets:
        rules = [r | {"threshold": float(r["threshold"])} for r in spec["rules"]]
        names, fn = compile_rank(rules)
        for _ in range(150):
            figures = {year: random_figures(rng) for year in (2022, 2023, 2024, 2025)}
            held = {k for k in ("tech_sme", "high_tech", "innovative_sme") if rng.random() < 0.3}
            registered = datetime.date(rng.randint(2005, 2025), 1, 1) if rng.random() < 0.9 else None
            facts = build_facts(figures_by_year=figures, held_kinds=held, year=ON.year, registered_on=registered)
            values = [math.nan if facts.get(n) is None else float(facts.get(n) or 0) for n in names]
            _id, actuals, applies = fn(1, *values)
            result = evaluate_rung("x", rules, facts)
            met, gaps, closeness = rank_key(rules, actuals, applies)
            assert (met, gaps) == (result.met, len(result.gaps)), (spec["version"], facts)
            assert closeness == pytest.approx(result.closeness), spec["version"]


@pytest.fixture
def many(zone, profiled):
    for i in range(60):
        enterprise = Enterprise.objects.create(zone=zone, credit_code=code(100 + i), name=f"后备企业{i:02d}",
                                               registered_on=datetime.date(2015, 1, 1))
        add_figures(enterprise, 2025, rnd_expense=100 + i * 5)
    return profiled


@pytest.mark.django_db
def test_the_pool_page_is_paginated_with_a_bounded_number_of_queries(login, bob, many,
                                                                     django_assert_max_num_queries):
    client = login(bob)
    url = reverse("enterprises:candidates", args=["high_tech"]) + "?on=2026-06-01"
    client.get(url)  # loads the default ladders once
    with django_assert_max_num_queries(14):
        body = client.get(url).content.decode()
    assert "共 61 家未持有该资质的企业" in body and "1 / 2" in body and body.count("<tr><td>") == 50
    with django_assert_max_num_queries(14):
        second = client.get(url + "&page=2").content.decode()
    assert second.count("<tr><td>") == 11 and "<td>51</td>" in second


@pytest.mark.django_db
def test_the_pool_ranks_the_closest_enterprise_first(login, bob, many):
    body = login(bob).get(reverse("enterprises:candidates", args=["high_tech"]) + "?on=2026-06-01").content.decode()
    assert body.index("后备企业59") < body.index(many.name) < body.index("后备企业30") and "需 ≥ 4%" in body
    assert "后备企业00" not in body  # the furthest away are on the second page


@pytest.mark.django_db
def test_the_pool_leaves_out_holders_and_other_zones(login, bob, mallory, many):
    from actiondesk.enterprises.models import Certification

    Certification.objects.create(enterprise=many, kind="high_tech", granted_on=datetime.date(2026, 1, 1))
    url = reverse("enterprises:candidates", args=["high_tech"]) + "?on=2026-06-01"
    assert many.name not in login(bob).get(url).content.decode()
    assert "后备企业" not in login(mallory).get(url).content.decode()
    assert login(bob).get(reverse("enterprises:candidates", args=["nonsense"])).status_code == 404
