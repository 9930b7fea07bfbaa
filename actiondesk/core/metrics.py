"""Registry of named metrics: functions over the platform's own data that give an indicator's value.

Apps register metrics in their own ``metrics.py`` (discovered at start-up):

    @register("enterprises.new_tech_enterprises", label="新认定科技型企业", unit="家",
              source="企业梯度培育库：当年新获认定的科技型企业")
    def new_tech_enterprises(ctx: MetricContext) -> Decimal: ...

An indicator bound to a metric is never typed by hand; supervision asks the registry for its value.
"""
import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class MetricContext:
    zone_id: int
    year: int
    period_end: datetime.date  # cumulative from 1 January of ``year`` to this date, inclusive
    plan_id: int | None = None

    @property
    def year_start(self) -> datetime.date:
        return datetime.date(self.year, 1, 1)


@dataclass(frozen=True)
class Metric:
    name: str
    label: str
    unit: str
    source: str
    compute: Callable[[MetricContext], Decimal | int | float | None]
    description: str = ""
    # Cumulative metrics grow through the year; stock metrics (counts at a date) do not.
    cumulative: bool = True

    def value(self, ctx: MetricContext) -> Decimal | None:
        result = self.compute(ctx)
        return None if result is None else Decimal(str(result))


_registry: dict[str, Metric] = {}


def register(name: str, *, label: str, unit: str, source: str, description: str = "", cumulative: bool = True):
    def decorator(func):
        _registry[name] = Metric(name, label, unit, source, func, description, cumulative)
        return func

    return decorator


def get_metric(name: str) -> Metric | None:
    return _registry.get(name)


def all_metrics() -> list[Metric]:
    return sorted(_registry.values(), key=lambda m: m.name)


def metric_choices() -> list[tuple[str, str]]:
    # Labels only: the dotted names are internal and never reach the Chinese UI.
    return [(m.name, f"{m.label}（{m.unit}）") for m in all_metrics()]


# Binding hints: a phrase of a target's source sentence → the metric that counts it. Apps add hints
# beside their metrics; an admin (or the demo) binds a plan's unbound indicators from them in one go.
_hints: list[tuple[str, str]] = []


def register_hints(metric_name: str, *phrases: str) -> None:
    _hints.extend((phrase, metric_name) for phrase in phrases)


def suggested_metric(source_text: str) -> str | None:
    """The metric whose longest hint phrase occurs in the text (longest wins: 年营收10亿元以上 over 年营收)."""
    found = [(len(phrase), name) for phrase, name in _hints if phrase and phrase in (source_text or "")]
    return max(found)[1] if found else None
