"""Worked examples: a task's status from its indicators and its milestones (pure functions)."""
import datetime

from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.progress import MilestoneFact, task_status

TODAY = datetime.date(2026, 10, 31)


def due_ago(days: int, progress: str = "in_progress") -> MilestoneFact:
    return MilestoneFact(progress, TODAY - datetime.timedelta(days=days))


def test_a_task_whose_milestones_are_on_time_is_normal():
    on_time = MilestoneFact("in_progress", datetime.date(2026, 12, 31))
    done = MilestoneFact("done", datetime.date(2026, 6, 30), datetime.date(2026, 6, 28))
    assert task_status([], [on_time, done], TODAY) == ProgressStatus.NORMAL


def test_a_milestone_ten_days_overdue_makes_the_task_lag():
    assert task_status([ProgressStatus.AHEAD], [due_ago(10)], TODAY) == ProgressStatus.LAGGING


def test_a_milestone_forty_five_days_overdue_makes_the_task_seriously_lag():
    assert task_status([ProgressStatus.NORMAL], [due_ago(45)], TODAY) == ProgressStatus.SEVERE


def test_the_threshold_is_configurable_and_inclusive():
    assert task_status([], [due_ago(30)], TODAY) == ProgressStatus.LAGGING
    assert task_status([], [due_ago(31)], TODAY) == ProgressStatus.SEVERE
    assert task_status([], [due_ago(45)], TODAY, severe_days=60) == ProgressStatus.LAGGING


def test_a_task_with_neither_indicator_nor_milestone_is_unset_never_normal():
    assert task_status([], [], TODAY) == ProgressStatus.UNSET
    assert task_status([], [], TODAY, unreported=ProgressStatus.MISSING) == ProgressStatus.UNSET


def test_a_lagging_indicator_still_shows_when_the_milestones_are_on_time():
    assert task_status([ProgressStatus.LAGGING], [due_ago(-20)], TODAY) == ProgressStatus.LAGGING


def test_all_done_is_done():
    done = MilestoneFact("done", datetime.date(2026, 6, 30), datetime.date(2026, 6, 1))
    assert task_status([ProgressStatus.DONE], [done], TODAY) == ProgressStatus.DONE


def test_an_unreported_task_shows_an_overdue_milestone_before_the_missing_report():
    assert task_status([ProgressStatus.NORMAL], [due_ago(45)], TODAY,
                       unreported=ProgressStatus.MISSING) == ProgressStatus.SEVERE
    assert task_status([ProgressStatus.NORMAL], [due_ago(-5)], TODAY,
                       unreported=ProgressStatus.MISSING) == ProgressStatus.MISSING
