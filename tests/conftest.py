"""Shared fixtures: one zone with the sample plan, one user per role, and outsiders.

Users (password "pw-test-2026"):
  admin        zone admin
  leader       leader (reads everything, comments)
  supervisor   supervision office (reads everything, returns reports)
  alice        产业创新局 staff
  bob          发展改革局 staff
  mallory      outsider: admin of another zone
"""
import json
import os
from pathlib import Path

import pytest

from actiondesk.plans.samples import SHENFU_2026_GOLD as PLAN_GOLD
from actiondesk.plans.samples import SHENFU_2026_TEXT as PLAN_TXT

PASSWORD = "pw-test-2026"
ARTIFACTS = Path(__file__).resolve().parent.parent / "var" / "test-artifacts"


@pytest.fixture(scope="session")
def gold_reading():
    return json.loads(PLAN_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def tasks_run_inline(settings):
    """Queued jobs run inside the test (immediate backend); worker tests start a real worker instead."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": []}}


@pytest.fixture
def zone(db):
    from actiondesk.org.services import zone_get_or_create

    return zone_get_or_create(name="沈抚改革创新示范区")


@pytest.fixture
def other_zone(db):
    from actiondesk.org.services import zone_get_or_create

    return zone_get_or_create(name="另一个开发区")


@pytest.fixture
def plan(zone, gold_reading):
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.plans.services import plan_import_reading

    return plan_import_reading(zone=zone, reading=gold_reading, source_text=PLAN_TXT.read_text(encoding="utf-8"),
                               source_name=PLAN_TXT.name, acting_user=SYSTEM).plan


@pytest.fixture
def departments(zone, plan):
    from actiondesk.org.models import Department

    return {d.name: d for d in Department.objects.filter(zone=zone)}


def _user(zone, username, role, department=None):
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.services import user_create

    return user_create(zone=zone, username=username, password=PASSWORD, role=role, department=department,
                       acting_user=SYSTEM)


@pytest.fixture
def admin(zone):
    return _user(zone, "admin", "admin")


@pytest.fixture
def leader(zone):
    return _user(zone, "leader", "leader")


@pytest.fixture
def supervisor(zone):
    return _user(zone, "supervisor", "supervisor")


@pytest.fixture
def alice(zone, departments):
    return _user(zone, "alice", "department", departments["产业创新局"])


@pytest.fixture
def bob(zone, departments):
    return _user(zone, "bob", "department", departments["发展改革局"])


@pytest.fixture
def mallory(other_zone):
    return _user(other_zone, "mallory", "admin")


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


# --- browser -----------------------------------------------------------------------------------------
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: run `make test` as root or apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(headless=True, executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN")
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()


@pytest.fixture
def browser_login(live_server):
    def _login(page, username, password=PASSWORD):
        page.goto(f"{live_server.url}/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        return page

    return _login


@pytest.fixture(scope="session")
def artifacts_dir():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
