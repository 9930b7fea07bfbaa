"""督导考核 score of a department: plain values in and out.

Every department with a duty in the plan is scored: it leads a task or an indicator (lead duty), or it supports
(配合) a task (supporting duty). Each component is scored 0–100 and the score is the weighted mean of the
components that apply to the department (weights set per plan in 督导设置, ``DEFAULT_WEIGHTS`` until then; a
component that does not apply is left out and the other weights share its part):
- 按时报送 on-time reporting (every duty): reports submitted by the due date ÷ reports due;
- 完成进度 completion vs expected (lead duty only): mean over the indicators the department leads of
  min(完成率 ÷ 序时进度, 1); for rates, relative targets and caps, where that ratio means nothing, a credit by
  status (``ScoringFactors.status_credit``); 100 for a lead department whose indicators have no figure yet;
- 配合情况 supporting notes (supporting duty only): of the (supported task, period due) pairs, the share with a
  配合情况 note in the period's counted report;
- 逾期事项 overdue items (every duty): 100 − ``overdue_penalty`` per report overdue now (floor 0);
- 退回次数 returned reports (every duty): 100 − ``returned_penalty`` per report returned this year (floor 0);
- components registered by higher apps (``register_score_component``), e.g. 督办单 closed on time: each gives
  0–100 per department for the period; a department it gives no value for is not judged on it.
"""
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from actiondesk.supervision.choices import ProgressStatus

DEFAULT_WEIGHTS = {"on_time": 30, "progress": 40, "support": 20, "overdue": 20, "returned": 10}
BUILT_IN = tuple(DEFAULT_WEIGHTS)


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


@dataclass(frozen=True)
class ScoreComponent:
    """A part of the score a higher app adds (``register_score_component``)."""

    key: str
    label: str
    weight_setting: str  # key in SupervisionSettings.component_weights
    default_weight: int
    compute: Callable  # (zone_id, start, end) -> {department id: 0..100}
    compute_many: Callable | None = None  # (zone_id, [(start, end), …]) -> [{department id: 0..100}, …]

    def values_many(self, zone_id: int, periods: list) -> list[dict]:
        """``compute`` for each (start, end) of ``periods``, in one batch when the app gives ``compute_many``."""
        if self.compute_many is not None:
            return list(self.compute_many(zone_id, periods))
        return [self.compute(zone_id, start, end) or {} for start, end in periods]


_components: dict[str, ScoreComponent] = {}


def register_score_component(key: str, label: str, *, compute: Callable, weight_setting: str | None = None,
                             default_weight: int = 10, compute_many: Callable | None = None) -> ScoreComponent:
    """Add a component to every department's score. Call it from your ``AppConfig.ready``.

    ``compute(zone_id, start, end)`` returns {department id: score 0–100} for the period ``start``–``end``
    (dates); a department missing from the result is not judged on this component. Its weight is
    ``SupervisionSettings.component_weights[weight_setting or key]``, ``default_weight`` until the admin sets it.
    ``compute_many(zone_id, [(start, end), …])`` (optional) returns the same for several windows at once, in
    their order; the status history scores all its periods with it in a constant number of queries."""
    if key in BUILT_IN:
        raise ValueError(f"score component {key!r} is built in")
    component = ScoreComponent(key, str(label), weight_setting or key, int(default_weight), compute, compute_many)
    _components[key] = component
    return component


def unregister_score_component(key: str) -> None:
    _components.pop(key, None)


def score_components() -> list[ScoreComponent]:
    return list(_components.values())


@dataclass
class DepartmentRecord:
    reports_due: int = 0
    reports_on_time: int = 0
    overdue: int = 0
    returned: int = 0
    progress_ratios: list = field(default_factory=list)  # completion ÷ expected per indicator
    leads: bool = True  # has a lead duty (leads a task or an indicator)
    support_due: int = 0  # (supported task, due period) pairs
    support_noted: int = 0  # of those, pairs with a 配合情况 note in the counted report
    extra: dict = field(default_factory=dict)  # registered component key → 0..100


@dataclass(frozen=True)
class Score:
    total: Decimal
    on_time: Decimal
    progress: Decimal | None
    overdue: Decimal
    returned: Decimal
    support: Decimal | None = None
    extra: dict = field(default_factory=dict)  # registered component key → 0..100


def _quantize(value):
    return None if value is None else Decimal(value).quantize(Decimal("0.1"))


def score_department(record: DepartmentRecord, weights: dict | None = None,
                     factors: ScoringFactors = FACTORS) -> Score:
    weights = {**DEFAULT_WEIGHTS, **{c.key: c.default_weight for c in _components.values()}, **(weights or {})}
    on_time = Decimal(100) if not record.reports_due else Decimal(record.reports_on_time) * 100 / record.reports_due
    progress = None
    if record.leads:
        ratios = [min(Decimal(r), Decimal(1)) for r in record.progress_ratios]
        progress = Decimal(100) if not ratios else sum(ratios) * 100 / len(ratios)
    support = None
    if record.support_due:
        support = Decimal(record.support_noted) * 100 / record.support_due
    overdue = max(Decimal(0), 100 - factors.overdue_penalty * record.overdue)
    returned = max(Decimal(0), 100 - factors.returned_penalty * record.returned)
    extra = {k: max(Decimal(0), min(Decimal(100), Decimal(v))) for k, v in record.extra.items() if v is not None}
    parts = {"on_time": on_time, "progress": progress, "support": support, "overdue": overdue,
             "returned": returned, **extra}
    parts = {k: v for k, v in parts.items() if v is not None}
    weight_sum = sum(Decimal(weights.get(k, 0)) for k in parts)
    total = sum(parts[k] * Decimal(weights.get(k, 0)) for k in parts) / weight_sum if weight_sum else Decimal(0)
    return Score(_quantize(total), _quantize(on_time), _quantize(progress), _quantize(overdue),
                 _quantize(returned), _quantize(support), {k: _quantize(v) for k, v in extra.items()})
