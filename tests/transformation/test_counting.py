"""The counting rules as pure functions: upgrades count once at the highest level, expired ratings do not count."""
import datetime

from actiondesk.transformation.choices import SMART_CULTIVATED, FactoryKind, FactoryLevel
from actiondesk.transformation.counting import (
    RatingFact,
    count_at_levels,
    coverage_percent,
    months_before,
    new_factories,
)

D = datetime.date
S, G = FactoryKind.SMART, FactoryKind.GREEN
YEAR = {"start": D(2026, 1, 1), "end": D(2026, 10, 31)}


def test_a_factory_upgraded_from_basic_to_advanced_in_the_year_counts_once_as_new_advanced():
    facts = [RatingFact(1, S, FactoryLevel.BASIC, D(2026, 3, 10)), RatingFact(1, S, FactoryLevel.ADVANCED, D(2026, 9, 18))]
    new = new_factories(facts, **YEAR)
    assert new == {(1, S): FactoryLevel.ADVANCED}
    assert count_at_levels(new, S, SMART_CULTIVATED) == 1
    assert count_at_levels(new, S, [FactoryLevel.BASIC]) == 0


def test_a_basic_factory_of_last_year_upgraded_this_year_is_one_new_advanced_factory():
    facts = [RatingFact(1, S, FactoryLevel.BASIC, D(2024, 6, 1)), RatingFact(1, S, FactoryLevel.ADVANCED, D(2026, 8, 26))]
    assert new_factories(facts, **YEAR) == {(1, S): FactoryLevel.ADVANCED}


def test_a_factory_rated_again_at_the_level_it_already_holds_is_not_new():
    facts = [RatingFact(1, S, FactoryLevel.ADVANCED, D(2025, 6, 1)), RatingFact(1, S, FactoryLevel.ADVANCED, D(2026, 6, 1))]
    assert new_factories(facts, **YEAR) == {}


def test_an_expired_green_factory_does_not_count_but_counted_while_it_was_valid():
    fact = RatingFact(2, G, FactoryLevel.PROVINCIAL, D(2026, 3, 1), expires_on=D(2026, 6, 30))
    assert new_factories([fact], start=D(2026, 1, 1), end=D(2026, 10, 31)) == {}
    assert new_factories([fact], start=D(2026, 1, 1), end=D(2026, 5, 31)) == {(2, G): FactoryLevel.PROVINCIAL}


def test_an_expired_old_rating_is_not_held_so_a_new_rating_at_that_level_counts():
    facts = [RatingFact(3, G, FactoryLevel.PROVINCIAL, D(2020, 11, 3), expires_on=D(2025, 11, 2)),
             RatingFact(3, G, FactoryLevel.PROVINCIAL, D(2026, 4, 1))]
    assert new_factories(facts, **YEAR) == {(3, G): FactoryLevel.PROVINCIAL}


def test_smart_and_green_ratings_of_one_enterprise_are_two_factories():
    facts = [RatingFact(4, S, FactoryLevel.BASIC, D(2026, 2, 1)), RatingFact(4, G, FactoryLevel.MUNICIPAL, D(2026, 2, 1))]
    assert len(new_factories(facts, **YEAR)) == 2


def test_the_validity_window_starts_the_day_after_the_same_date_months_before():
    assert months_before(D(2026, 9, 30), 12) == D(2025, 10, 1)
    assert months_before(D(2026, 3, 31), 1) == D(2026, 3, 1)  # 29 February does not exist in 2026
    assert months_before(D(2026, 1, 15), 6) == D(2025, 7, 16)


def test_coverage_is_undefined_without_enterprises_and_rounded_to_one_place():
    assert coverage_percent(0, 0) is None
    assert coverage_percent(2, 3) == 66.7
