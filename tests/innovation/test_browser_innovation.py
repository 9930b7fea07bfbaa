"""Browser: 发展改革局 records a scene demand, reads the explained suggestions, accepts one; the 对接 record shows to
both parties' departments; selecting the demand as an AI 标杆场景 moves the plan's indicator after the refresh."""
import pytest
from django.utils import timezone

from actiondesk.core.scoping import SYSTEM
from actiondesk.innovation import services_scenes
from actiondesk.innovation.choices import SceneKind
from actiondesk.innovation.models import Docking, SceneItem
from actiondesk.plans.models import Indicator
from actiondesk.plans.services import indicators_bind_suggested
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.services_metrics import metric_values_refresh

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_scene_demand_is_matched_accepted_docked_and_counted_as_an_ai_benchmark(
        browser, page, browser_login, live_server, full_plan, departments, zone, bob, alice, supervisor, make_user,
        artifacts_dir):
    carol = make_user("carol", "department", departments["投资促进局"])
    vision = services_scenes.scene_create(
        zone=zone, acting_user=SYSTEM, kind=SceneKind.SUPPLY, title="焊缝表面缺陷在线视觉检测系统", party="辽宁智视科技",
        description="基于深度学习的机器视觉方案，识别气孔、裂纹、咬边、未焊透，检出率99%。", industry="equipment",
        category="manufacturing", level="provincial", department=departments["产业创新局"], is_ai=True)
    services_scenes.scene_create(zone=zone, acting_user=SYSTEM, kind=SceneKind.SUPPLY, title="碱性电解水制氢装备",
                          party="沈抚氢能", description="千方级电解槽，风光耦合制氢。", category="energy",
                          department=departments["投资促进局"])
    periods_ensure(plan=full_plan, acting_user=SYSTEM)
    indicators_bind_suggested(plan=full_plan, acting_user=SYSTEM)
    indicator = Indicator.objects.get(plan=full_plan, name="人工智能标杆场景")
    assert indicator.metric == "innovation.ai_benchmark_scenes"
    today = timezone.localdate()
    # Stored values for every open period first, so the battle map starts no refresh of its own on load.
    metric_values_refresh(plan=full_plan, acting_user=SYSTEM)

    browser_login(page, "bob")
    page.goto(f"{live_server.url}/innovation/scenes/new/?kind=demand")
    page.fill("#id_title", "压力容器焊缝缺陷自动检测")
    page.fill("#id_description", "压力容器产线焊接后靠人工目视检查焊缝，漏检气孔和裂纹，希望引入机器视觉检测。")
    page.fill("#id_party", "沈抚精工装备有限公司")
    page.select_option("#id_category", "manufacturing")
    page.select_option("#id_industry", "equipment")
    page.check("#id_is_ai")
    page.click("#scene-form button[type=submit]")
    page.wait_for_selector("#suggestions")
    demand = SceneItem.objects.get(title="压力容器焊缝缺陷自动检测")
    assert demand.department == departments["发展改革局"]
    row = page.locator(f"tr.suggestion[data-scene='{vision.pk}']")
    terms = row.locator("mark.term").all_inner_texts()
    assert {"焊缝", "气孔", "裂纹"} <= set(terms)
    assert "同一产业领域" in row.inner_text()
    page.screenshot(path=str(artifacts_dir / "innovation-suggestions.png"), full_page=True)
    row.locator("button[value=accepted]").click()
    page.wait_for_selector("#dockings li:has-text('焊缝表面缺陷在线视觉检测系统')")
    assert Docking.objects.filter(demand=demand, supply=vision).exists()

    for username, sees in (("alice", True), ("carol", False)):  # the supply's department sees it; a third does not
        other = browser.new_context(locale="zh-CN").new_page()
        browser_login(other, username)
        other.goto(f"{live_server.url}/innovation/dockings/")
        assert ("压力容器焊缝缺陷自动检测" in other.inner_text("#docking-list")) is sees
        other.context.close()
    assert carol.pk

    page.fill("#id_on", today.isoformat())
    page.fill("#id_writeup", "焊缝缺陷检测准确率99%，质检人员减少一半，可在装备制造企业推广。")
    page.click("#benchmark-form button[type=submit]")
    page.wait_for_selector("#scene-state:has-text('标杆')")

    board = browser.new_context(locale="zh-CN").new_page()
    browser_login(board, "supervisor")
    board.goto(f"{live_server.url}/supervision/?period={today:%Y-%m}")
    line = board.locator(f"tr[data-indicator='{indicator.pk}']")
    assert line.locator("[data-actual]").inner_text().strip() == "0"  # stored before the selection
    with board.expect_navigation():  # HX-Refresh reloads the page once the values are stored
        board.click("[data-refresh-metrics]")
    line.locator("text=更新于").wait_for()
    assert line.locator("[data-actual]").inner_text().strip() == "1"
    board.screenshot(path=str(artifacts_dir / "innovation-ai-benchmark.png"))
    board.context.close()
