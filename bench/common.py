"""Helpers shared by benchmarks: medians of repeated timings and the result record."""
import statistics
import time


def median_seconds(func, repeat: int = 5, warmup: int = 1) -> float:
    for _ in range(warmup):
        func()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def result(name: str, value: float, unit: str, baseline: str, baseline_value: float) -> dict:
    ratio = value / baseline_value if baseline_value else 0.0
    return {"name": name, "value": round(value, 6), "unit": unit, "baseline": baseline,
            "baseline_value": round(baseline_value, 6), "ratio": round(ratio, 4)}


def test_environment() -> None:
    """Django's test environment (the test client's ALLOWED_HOSTS, the in-memory mail), set up once for every benchmark
    of a ``make bench`` run: a second setup_test_environment() call raises."""
    from django.test.utils import _TestState, setup_test_environment

    if not hasattr(_TestState, "saved_data"):
        setup_test_environment()
