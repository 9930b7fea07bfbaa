"""督导考核 score of a department: plain values in and out.

Each component is scored 0–100 and the score is their weighted mean (weights set per plan, ``DEFAULT_WEIGHTS``
until then); the other numbers are the named ``FACTORS`` below, which the battle map's explanation also reads:
- 按时报送 on-time reporting: reports submitted by the due date ÷ reports due;
- 完成进度 completion vs expected: mean over the department's indicators of min(完成率 ÷ 序时进度, 1); for rates,
  relative targets and caps, where that ratio means nothing, a credit by status (``ScoringFactors.status_credit``);
- 逾期事项 overdue items: 100 − ``overdue_penalty`` per report overdue now (floor 0);
- 退回次数 returned reports: 100 − ``returned_penalty`` per report returned this year (floor 0).
"""
from dataclasses import dataclass, field
from decimal import Decimal

from actiondesk.supervision.choices import ProgressStatus

DEFAULT_WEIGHTS = {"on_time": 30, "progress": 40, "overdue": 20, "returned": 10}


@dataclass(frozen=True)
class ScoringFactors:
    """The fixed numbers of the score (the weights are per plan; these are the same for every plan)."""

    overdue_penalty: Decimal = Decimal(20)  # points off 逾期事项 per report overdue now
    returned_penalty: Decimal = Decimal(25)  # points off 退回次数 per report returned this year
    # 完成进度 credit of an indicator judged only by its status (met or ahead counts in full).
    normal_credit: Decimal = Decimal("0.9")
    lagging_credit: Decimal = Decimal("0.7")
    severe_credit: Decimal = Decimal("0.4")

    def status_credit(self, status: ProgressStatus) -> Decimal | None:
        """Credit for ``status``; None for a status that does not count (missing)."""
        return {ProgressStatus.DONE: Decimal(1), ProgressStatus.AHEAD: Decimal(1),
                ProgressStatus.NORMAL: self.normal_credit, ProgressStatus.LAGGING: self.lagging_credit,
                ProgressStatus.SEVERE: self.severe_credit}.get(status)


FACTORS = ScoringFactors()


@dataclass
class DepartmentRecord:
    reports_due: int = 0
    reports_on_time: int = 0
    overdue: int = 0
    returned: int = 0
    progress_ratios: list = field(default_factory=list)  # completion ÷ expected per indicator


@dataclass(frozen=True)
class Score:
    total: Decimal
    on_time: Decimal
    progress: Decimal
    overdue: Decimal
    returned: Decimal


def score_department(record: DepartmentRecord, weights: dict | None = None,
                     factors: ScoringFactors = FACTORS) -> Score:
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    on_time = Decimal(100) if not record.reports_due else Decimal(record.reports_on_time) * 100 / record.reports_due
    ratios = [min(Decimal(r), Decimal(1)) for r in record.progress_ratios]
    progress = Decimal(100) if not ratios else sum(ratios) * 100 / len(ratios)
    overdue = max(Decimal(0), 100 - factors.overdue_penalty * record.overdue)
    returned = max(Decimal(0), 100 - factors.returned_penalty * record.returned)
    parts = {"on_time": on_time, "progress": progress, "overdue": overdue, "returned": returned}
    weight_sum = sum(Decimal(weights[k]) for k in parts) or Decimal(1)
    total = sum(parts[k] * Decimal(weights[k]) for k in parts) / weight_sum
    quant = Decimal("0.1")
    return Score(total.quantize(quant), on_time.quantize(quant), progress.quantize(quant),
                 overdue.quantize(quant), returned.quantize(quant))
