"""Concurrent edits and submissions on PostgreSQL: several threads, each with its own connection, at once.

Nothing is lost (every optimistic retry loop ends with all increments stored) and nothing is duplicated
(one transition and one audit row per workflow step, one draft per department and period).
"""
import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.versioning import StaleVersion
from actiondesk.plans.models import Indicator
from actiondesk.plans.services import indicator_update
from actiondesk.projects import services as project_services
from actiondesk.projects.models import Project
from actiondesk.supervision import services
from actiondesk.supervision.models import PeriodReport
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.responsibility import responsibilities

pytestmark = [pytest.mark.django_db(transaction=True),
              pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")]

THREADS = 8


def _race(work, threads: int = THREADS) -> tuple[list, list]:
    """Run ``work(i)`` in threads released together; returns (results, errors)."""
    barrier = threading.Barrier(threads)
    results, errors, lock = [], [], threading.Lock()

    def run(i):
        try:
            barrier.wait()
            value = work(i)
            with lock:
                results.append(value)
        except Exception as exc:  # collected and asserted on by the test
            with lock:
                errors.append(exc)
        finally:
            connections.close_all()

    pool = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(60)
    return results, errors


def test_concurrent_optimistic_increments_lose_nothing(zone, departments, admin):
    project = Project.objects.create(zone=zone, code="P-RACE", name="并发项目", total_investment=Decimal("0"),
                                     lead_department=departments["产业创新局"])
    per_thread = 5

    def increment(_i):
        refused = 0
        for _ in range(per_thread):
            while True:  # what a person does on "已被他人修改": reload, re-apply, save again
                current = Project.objects.get(pk=project.pk)
                try:
                    project_services.project_update(project=current, acting_user=admin,
                                                    expected_version=current.version,
                                                    total_investment=current.total_investment + 1)
                    break
                except StaleVersion:
                    refused += 1
        return refused

    refusals, errors = _race(increment)
    assert errors == []
    project.refresh_from_db()
    assert project.total_investment == THREADS * per_thread
    assert project.version == 1 + THREADS * per_thread
    assert AuditEntry.objects.filter(object_id=str(project.pk), action="update").count() == THREADS * per_thread
    assert sum(refusals) > 0  # the threads really collided


def test_concurrent_saves_from_one_version_keep_exactly_one(plan, admin):
    indicator = Indicator.objects.filter(plan=plan, metric="").first()

    def save(i):
        return indicator_update(indicator=indicator, acting_user=admin, expected_version=1, unit=f"单位{i}").unit

    saved, errors = _race(save)
    assert len(saved) == 1 and len(errors) == THREADS - 1
    assert all(isinstance(e, StaleVersion) for e in errors)
    indicator.refresh_from_db()
    assert indicator.unit == saved[0] and indicator.version == 2


def test_concurrent_first_visits_submissions_and_approvals_happen_once(plan, departments, alice, supervisor):
    period = periods_ensure(plan=plan, acting_user=SYSTEM)[5]

    opened, errors = _race(lambda _i: services.report_open(period=period, acting_user=alice).pk)
    assert errors == [] and len(set(opened)) == 1
    assert PeriodReport.objects.filter(period=period).count() == 1
    report = PeriodReport.objects.get(pk=opened[0])

    submitted, errors = _race(lambda _i: services.report_submit(report=report, acting_user=alice,
                                                                expected_version=report.version).status)
    assert errors == [] and set(submitted) == {"submitted"}
    version = PeriodReport.objects.get(pk=report.pk).version
    approved, errors = _race(lambda _i: services.report_approve(report=report, acting_user=supervisor,
                                                                expected_version=version).status)
    assert errors == [] and set(approved) == {"approved"}
    notes = AuditEntry.objects.filter(object_id=str(report.pk), action="workflow").values_list("note", flat=True)
    assert sorted(notes) == ["审核通过", "报送"]
    assert PeriodReport.objects.get(pk=report.pk).version == version + 1


def test_concurrent_report_saves_by_retrying_keep_every_value(plan, departments, alice):
    period = periods_ensure(plan=plan, acting_user=SYSTEM)[4]
    report = services.report_open(period=period, acting_user=alice)
    indicator_ids = responsibilities(plan.pk).indicators_of(departments["产业创新局"].pk)
    assert len(indicator_ids) >= 2

    def save(i):
        indicator_id = indicator_ids[i % len(indicator_ids)]
        while True:
            current = PeriodReport.objects.get(pk=report.pk)
            try:
                services.report_save(report=current, acting_user=alice, expected_version=current.version,
                                     values={indicator_id: {"value": str(100 + i)}})
                return indicator_id
            except StaleVersion:
                continue

    written, errors = _race(save, threads=len(indicator_ids))
    assert errors == []
    stored = dict(PeriodReport.objects.get(pk=report.pk).values.values_list("indicator_id", "value"))
    assert {i: int(v) for i, v in stored.items()} == {i: 100 + n for n, i in enumerate(indicator_ids)}
