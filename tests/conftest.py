"""Shared fixtures: one zone with a small plan, one user per role, and outsiders (healthchecks' hc/test.py style).

The small plan (``plan``) has what most tests need and nothing more:
  programme (一) 加力实施“创新赋能”工程
  task 1 加速科技成果转化应用   lead 产业创新局; support 规划建设局
         高技术成果 ≥ 5 项 (also a goal target), 成果路演、对接活动 ≥ 10 场, 新引育专业化中试服务平台 1–2 家
  task 2 巩固提升主导产业       lead 发展改革局 (primary), 财政金融局; support 产业创新局, 投资促进局
         年度投资 ≥ 32 亿元, 签约产业类项目 ≥ 80 个, 规上工业增加值增速 > 全省平均水平 (relative),
         科技服务业营业收入增速 ≥ 15 % (growth rate), 万元工业增加值能耗 ≤ 0.5 吨标准煤
  goal targets: 技术合同成交额增速 ≥ 20 % (growth rate, no task), 规上企业评估诊断覆盖率 ≥ 100 % (ratio)
A test whose subject is the whole sample plan (reading it, showing or exporting all of it, the demo) asks
for ``full_plan``; then ``plan``, ``departments`` and the users stand on the sample plan instead.

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

from actiondesk.plans.samples import SHENFU_2026_GOLD, SHENFU_2026_TEXT

PASSWORD = "pw-test-2026"
ARTIFACTS = Path(__file__).resolve().parent.parent / "var" / "test-artifacts"
ZONE = "沈抚改革创新示范区"
# Created in this order (it decides sort order); the small plan names all of them.
DEPARTMENTS = ("发展改革局", "产业创新局", "投资促进局", "财政金融局", "规划建设局")

SMALL_PLAN_TEXT = """测试示范区2026年产业发展行动安排
一、行动目标
创新能力获得新突破。技术合同成交额同比增长20%，形成高技术成果不少于5项，实现规上企业评估诊断全覆盖。
二、重点任务
(一)加力实施“创新赋能”工程
1.加速科技成果转化应用。形成高技术成果5项以上，全年举办成果路演、对接活动不少于10场，新引育组建1~2家专业化中试服务平台。\
(牵头部门:产业创新局;配合部门:规划建设局)
2.巩固提升主导产业。全年签约产业类项目80个，年度投资32亿元，规上工业增加值增速力争超过全省平均水平，\
科技服务业营业收入同比增长15%，万元工业增加值能耗不高于0.5吨标准煤。\
(牵头部门:发展改革局、财政金融局;配合部门:产业创新局、投资促进局)
三、保障措施
强化组织领导。
"""


def _target(text, indicator, value, unit, task, kind="absolute", comparator=">=", value_max=None, **extra):
    return {"text": text, "indicator": indicator, "value": value, "unit": unit, "comparator": comparator,
            "value_max": value_max, "kind": kind, "task": task, **extra}


SMALL_READING = {
    "title": "测试示范区2026年产业发展行动安排",
    "year": 2026,
    "goals": [{"title": "创新能力获得新突破", "text": SMALL_PLAN_TEXT.splitlines()[2]}],
    "programmes": [{"number": "(一)", "title": "加力实施“创新赋能”工程"}],
    "tasks": [
        {"number": "1", "title": "加速科技成果转化应用", "group": "(一)", "lead": ["产业创新局"], "support": ["规划建设局"]},
        {"number": "2", "title": "巩固提升主导产业", "group": "(一)", "lead": ["发展改革局", "财政金融局"],
         "support": ["产业创新局", "投资促进局"]},
    ],
    "targets": [
        _target("技术合同成交额同比增长20%", "技术合同成交额增速", 20, "%", None, kind="growth_rate", goal=1),
        _target("形成高技术成果不少于5项", "高技术成果", 5, "项", None, goal=1),
        _target("实现规上企业评估诊断全覆盖", "规上企业评估诊断覆盖率", 100, "%", None, kind="ratio", goal=1),
        _target("形成高技术成果5项以上", "高技术成果", 5, "项", "1"),
        _target("全年举办成果路演、对接活动不少于10场", "成果路演、对接活动", 10, "场", "1"),
        _target("新引育组建1~2家专业化中试服务平台", "新引育专业化中试服务平台", 1, "家", "1", comparator="range",
                value_max=2),
        _target("全年签约产业类项目80个", "签约产业类项目", 80, "个", "2"),
        _target("年度投资32亿元", "年度投资", 32, "亿元", "2"),
        _target("规上工业增加值增速力争超过全省平均水平", "规上工业增加值增速", None, "%", "2", kind="relative",
                comparator=">", reference="全省平均水平"),
        _target("科技服务业营业收入同比增长15%", "科技服务业营业收入增速", 15, "%", "2", kind="growth_rate"),
        _target("万元工业增加值能耗不高于0.5吨标准煤", "万元工业增加值能耗", 0.5, "吨标准煤", "2", comparator="<="),
    ],
    "safeguards": ["强化组织领导"],
    "departments": list(DEPARTMENTS),
}


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashing():
    """PBKDF2's million rounds cost ~0.25 s of CPU per user; tests check who may do what, not the hash."""
    from django.test import override_settings

    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(scope="session")
def gold_reading():
    return json.loads(SHENFU_2026_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def tasks_run_inline(settings):
    """Queued jobs run inside the test (immediate backend); worker tests start a real worker instead."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": []}}


@pytest.fixture(autouse=True)
def language_back_to_chinese():
    """A test that switches a client to English leaves the thread's language in English (the locale middleware
    activates it and nothing resets it): the next tests, which read labels outside a request, start in Chinese."""
    yield
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def migrate_to(transactional_db):
    """Walk the schema to a migration node (returns that state's apps); afterwards the whole schema is back, whatever
    node the test stopped at, so later tests never meet a table without a newer app's columns."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    def migrate(target):
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(target)
        return executor.loader.project_state(target).apps

    yield migrate
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.fixture
def zone(db):
    from actiondesk.org.services import zone_get_or_create

    return zone_get_or_create(name=ZONE)


@pytest.fixture
def other_zone(db):
    from actiondesk.org.services import zone_get_or_create

    return zone_get_or_create(name="另一个开发区")


@pytest.fixture
def full_plan(zone, gold_reading):
    """The zone's whole sample plan (19 tasks, 34 indicators): only for tests whose subject is that plan."""
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.plans.services import plan_import_reading

    return plan_import_reading(zone=zone, reading=gold_reading, source_text=SHENFU_2026_TEXT.read_text(encoding="utf-8"),
                               source_name=SHENFU_2026_TEXT.name, acting_user=SYSTEM).plan


@pytest.fixture
def departments(request, zone):
    """The zone's departments by name: the small plan's five, or the sample plan's twelve with ``full_plan``."""
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.models import Department
    from actiondesk.org.services import departments_ensure

    if "full_plan" in request.fixturenames:
        request.getfixturevalue("full_plan")
    else:
        departments_ensure(zone=zone, names=DEPARTMENTS, acting_user=SYSTEM)
    return {d.name: d for d in Department.objects.filter(zone=zone)}


@pytest.fixture
def plan(request, zone, departments):
    """The small plan (see the module docstring); the sample plan when the test also asks for ``full_plan``."""
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.plans.services import plan_import_reading

    if "full_plan" in request.fixturenames:
        return request.getfixturevalue("full_plan")
    return plan_import_reading(zone=zone, reading=SMALL_READING, source_text=SMALL_PLAN_TEXT,
                               source_name="small-plan.txt", acting_user=SYSTEM).plan


@pytest.fixture
def get_indicator(plan):
    """get_indicator(name) → the plan's indicator, read afresh."""
    from actiondesk.plans.models import Indicator

    return lambda name: Indicator.objects.get(plan=plan, name=name)


@pytest.fixture
def get_task(plan):
    """get_task(number) → the plan's task, read afresh."""
    from actiondesk.plans.models import Task

    return lambda number: Task.objects.get(plan=plan, number=number)


@pytest.fixture
def register_metric(monkeypatch):
    """The metric registry's ``register`` on a copy of the registry: what a test registers is gone after it."""
    from actiondesk.core import metrics

    monkeypatch.setattr(metrics, "_registry", dict(metrics._registry))
    return metrics.register


@pytest.fixture
def make_user(zone):
    """make_user(username, role, department=None, zone=zone) → a user with that membership."""
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.services import user_create

    def _make(username, role, department=None, zone=zone):
        return user_create(zone=zone, username=username, password=PASSWORD, role=role, department=department,
                           acting_user=SYSTEM)

    return _make


@pytest.fixture
def admin(make_user):
    return make_user("admin", "admin")


@pytest.fixture
def leader(make_user):
    return make_user("leader", "leader")


@pytest.fixture
def supervisor(make_user):
    return make_user("supervisor", "supervisor")


@pytest.fixture
def alice(make_user, departments):
    return make_user("alice", "department", departments["产业创新局"])


@pytest.fixture
def bob(make_user, departments):
    return make_user("bob", "department", departments["发展改革局"])


@pytest.fixture
def mallory(make_user, other_zone):
    return make_user("mallory", "admin", zone=other_zone)


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
