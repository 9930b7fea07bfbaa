"""A real worker runs queued jobs from the database; a worker killed mid-import leaves nothing half-written,
the next worker fails the interrupted job cleanly, and a retry imports the file."""
import json
import signal

from tests.core.processes import PROJECT, cli, query, start, stop, wait_for
from tests.enterprises.sheets import row, write_xlsx

ROWS = 300
SETUP = """
from pathlib import Path
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.services import user_create, zone_get_or_create
from actiondesk.enterprises.jobs import enterprise_import_start
zone = zone_get_or_create(name="沈抚改革创新示范区")
admin = user_create(zone=zone, username="admin", password="pw-test-2026", role="admin", acting_user=SYSTEM)
data = Path({path!r}).read_bytes()
job = enterprise_import_start(zone=zone, acting_user=admin, file_name="pool.xlsx", data=data)
print(job.pk)
"""


def _job(db, job_id):
    columns = ("status", "step", "rows_done", "rows_total", "attempts", "result", "worker")
    values = dict(zip(columns, query(db, f"SELECT {', '.join(columns)} FROM core_job WHERE id = %s", job_id)[0],
                      strict=True))
    values["result"] = values["result"] if isinstance(values["result"], dict) else json.loads(values["result"])
    return values


def _enterprises(db):
    return query(db, "SELECT COUNT(*) FROM enterprises_enterprise")[0][0]


def test_a_worker_killed_mid_import_writes_nothing_and_the_job_is_retried_to_the_end(app_db, tmp_path):
    env, db = app_db
    path = write_xlsx(tmp_path / "pool.xlsx", [row(i) for i in range(1, ROWS + 1)])
    job_id = int(cli(env, "shell", "-c", SETUP.format(path=str(path))).stdout.strip().splitlines()[-1])
    assert _job(db, job_id)["status"] == "queued"
    assert query(db, "SELECT status FROM django_tasks_database_dbtaskresult")[0][0] == "READY"

    # The test hook holds the worker inside the import's write transaction for a minute.
    worker = start({**env, "ACTIONDESK_TEST_JOB_PAUSE": "60"}, "worker", "--interval", "0.2")
    try:
        wait_for(lambda: _job(db, job_id)["step"] == "write", timeout=60, what="the write step")
        job = _job(db, job_id)
        assert job["status"] == "running" and job["attempts"] == 1 and job["rows_total"] == ROWS
        assert _enterprises(db) == 0  # rows inserted so far are not committed
    finally:
        stop(worker, signal.SIGKILL)
    assert worker.returncode == -signal.SIGKILL
    assert _enterprises(db) == 0 and _job(db, job_id)["status"] == "running"

    # The next worker sees the job's process is gone: the job fails cleanly, nothing was written.
    again = cli(env, "worker", "--batch")
    job = _job(db, job_id)
    assert job["status"] == "failed" and "中断" in job["result"]["error"] and "中断" in again.stderr
    assert query(db, "SELECT status FROM django_tasks_database_dbtaskresult")[0][0] == "FAILED"
    assert _enterprises(db) == 0

    listed = json.loads(cli(env, "jobs", "list", "--status", "failed", "--json").stdout)
    assert [j["id"] for j in listed] == [job_id]
    cli(env, "jobs", "retry", str(job_id))
    assert _job(db, job_id)["status"] == "queued"
    cli(env, "worker", "--batch")
    job = _job(db, job_id)
    assert job["status"] == "done" and job["attempts"] == 2 and job["rows_done"] == ROWS
    assert job["result"]["created"] == ROWS and _enterprises(db) == ROWS
    assert query(db, "SELECT COUNT(*) FROM core_auditentry WHERE action = 'import'")[0][0] == 1


def test_retrying_an_unknown_job_is_refused_with_exit_2(app_sqlite):
    env, _db = app_sqlite
    result = cli(env, "jobs", "retry", "999", check=False)
    assert result.returncode == 2 and "任务不存在" in result.stderr


READ_SETUP = """
from pathlib import Path
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.services import user_create, zone_get_or_create
from actiondesk.plans.jobs import plan_read_start
zone = zone_get_or_create(name="沈抚改革创新示范区")
admin = user_create(zone=zone, username="admin", password="pw-test-2026", role="admin", acting_user=SYSTEM)
job = plan_read_start(zone=zone, acting_user=admin, file_name="plan.pdf", data=Path({path!r}).read_bytes())
print(job.pk)
"""


def test_a_worker_reads_an_uploaded_pdf_plan_page_by_page_into_a_draft_for_review(app_db):
    env, db = app_db
    pdf = PROJECT / "tests/plans/fixtures/pdf/zhejiang-2026-industrial-internet-ai-integration-empowerment-action-plan.pdf"
    job_id = int(cli(env, "shell", "-c", READ_SETUP.format(path=str(pdf))).stdout.strip().splitlines()[-1])
    assert _job(db, job_id)["status"] == "queued"
    assert query(db, "SELECT COUNT(*) FROM plans_plandraft")[0][0] == 0
    cli(env, "worker", "--batch")
    job = _job(db, job_id)
    assert job["status"] == "done" and (job["rows_done"], job["rows_total"]) == (8, 8)  # the PDF's eight pages
    [(draft_id, name, reading)] = query(db, "SELECT id, source_name, reading FROM plans_plandraft")
    reading = reading if isinstance(reading, dict) else json.loads(reading)
    assert name == "plan.pdf" and job["result"]["draft"] == draft_id
    assert job["result"]["tasks"] == len(reading["tasks"]) > 10
    assert job["result"]["next_url"] == f"/plans/import/{draft_id}/review/"
