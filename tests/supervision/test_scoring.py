"""The 督导考核 score's fixed numbers are named factors: plain values, no database."""
from decimal import Decimal as D

from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.scoring import FACTORS, DepartmentRecord, ScoringFactors, score_department


def test_indicators_judged_only_by_status_earn_the_named_credit():
    assert FACTORS.status_credit(ProgressStatus.AHEAD) == FACTORS.status_credit(ProgressStatus.DONE) == D(1)
    assert [FACTORS.status_credit(s) for s in (ProgressStatus.NORMAL, ProgressStatus.LAGGING, ProgressStatus.SEVERE)] \
        == [D("0.9"), D("0.7"), D("0.4")]
    assert FACTORS.status_credit(ProgressStatus.MISSING) is None


def test_the_penalties_come_from_the_factors():
    record = DepartmentRecord(overdue=2, returned=1)
    assert (score_department(record).overdue, score_department(record).returned) == (D("60.0"), D("75.0"))
    gentler = ScoringFactors(overdue_penalty=D(10), returned_penalty=D(5))
    assert (score_department(record, factors=gentler).overdue, score_department(record, factors=gentler).returned) \
        == (D("80.0"), D("95.0"))
