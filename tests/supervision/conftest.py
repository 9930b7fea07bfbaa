"""Supervision fixtures: the plan's monthly periods and helpers that file reports through the services."""
import datetime

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.supervision import services
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.responsibility import responsibilities

TODAY = datetime.date(2026, 7, 20)  # June is the latest ended period


@pytest.fixture
def periods(plan):
    return {p.month: p for p in periods_ensure(plan=plan, acting_user=SYSTEM)}


@pytest.fixture
def duty(plan):
    return responsibilities(plan.pk)


@pytest.fixture
def file_report(duty):
    """file_report(user, period, {indicator: value}, notes=None, submit=True) → report."""

    def _file(user, period, values, notes=None, submit=True, references=None):
        report = services.report_open(period=period, acting_user=user)
        references = references or {}
        services.report_save(report=report, acting_user=user,
                             values={i.pk: {"value": v, "reference_value": references.get(i.pk)}
                                     for i, v in values.items()},
                             notes=notes or {})
        if submit:
            report = services.report_submit(report=report, acting_user=user)
        return report

    return _file


@pytest.fixture
def querying_metrics(register_metric):
    """Two metrics that run real queries, so a page computing them would blow its query budget."""
    from tests.supervision.querying import CALLS, departments_metric, tasks_metric

    register_metric("tests.departments", label="部门数", unit="个", source="测试：示范区部门")(departments_metric)
    register_metric("tests.tasks", label="任务数", unit="项", source="测试：方案任务")(tasks_metric)
    CALLS.clear()
