"""A department user in a real browser: plan overview, own department page, refused elsewhere."""
import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_department_user_reads_the_plan_and_is_refused_on_another_departments_edit_page(
        page, live_server, browser_login, bob, plan, get_indicator, artifacts_dir):
    others = get_indicator("高技术成果")  # task 1: 产业创新局 leads, 规划建设局 supports, 发展改革局 has no part
    browser_login(page, "bob")

    page.goto(f"{live_server.url}/plans/")
    assert page.locator("tr[data-task]").count() == 2
    task_two = page.locator("tr[data-task='2']")
    assert "签约产业类项目" in task_two.inner_text() and "≥ 80 个" in task_two.inner_text()
    assert page.get_by_text("财政金融局").first.is_visible()
    page.screenshot(path=str(artifacts_dir / "plan-overview.png"), full_page=False)

    page.click("text=我的部门")
    page.wait_for_load_state("networkidle")
    assert "发展改革局" in page.locator("h1").inner_text()
    assert page.get_by_text("巩固提升主导产业").first.is_visible()

    response = page.goto(f"{live_server.url}/plans/indicators/{others.pk}/edit/")
    assert response.status == 403

    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    api = page.request.patch(f"{live_server.url}/api/plans/indicators/{others.pk}", data={"target_value": 1},
                             headers={"X-CSRFToken": csrf, "Referer": live_server.url})
    assert api.status == 403


def test_the_milestone_grid_in_english_does_not_scroll_sideways_on_a_laptop(browser, browser_login, live_server,
                                                                           admin, get_task, departments):
    import datetime

    from actiondesk.core.scoping import SYSTEM
    from actiondesk.plans import services_milestones

    services_milestones.milestone_create(  # set-up: the platform acts, no user
        task=get_task("1"), acting_user=SYSTEM, title="出台中试平台认定办法", due_date=datetime.date(2026, 6, 30),
        department=departments["产业创新局"], evidence_note="认定办法文件已印发")
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    browser_login(page, "admin")
    with page.expect_navigation():
        page.select_option("select[name=language]", "en")
    page.goto(f"{live_server.url}/plans/milestones/")
    page.wait_for_selector("table.ms-grid")
    # The demo's longer department names and review states make the English grid ~1400 px wide: as wide, here.
    page.evaluate("document.querySelector('table.ms-grid').style.minWidth = '1400px'")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # the grid scrolls in itself


def test_the_zones_plan_printed_to_pdf_by_a_browser_reads_as_exactly_as_its_text(page, gold_reading):
    """The zone's plan set as an official document (paragraphs with a two-character first-line indent, A4, 仿宋-sized
    type) and printed by chromium to a PDF, then uploaded as that PDF: every printed line break, page break and page
    footer is undone, and the reading is the text's — 19/19 tasks, 19/19 leads, 38/38 targets."""
    from html import escape

    from actiondesk.plans.reader import read_plan
    from actiondesk.plans.samples import SHENFU_2026_TEXT
    from tests.plans.corpus_scorer import score_document

    paragraphs = [line.strip() for line in SHENFU_2026_TEXT.read_text(encoding="utf-8").split("\n") if line.strip()]
    page.set_content(
        "<html><head><meta charset='utf-8'><style>body{font-family:'WenQuanYi Micro Hei';font-size:16pt;"
        "line-height:1.6;margin:0} p{margin:0;text-indent:2em}</style></head><body>"
        + "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs) + "</body></html>")
    pdf = page.pdf(format="A4", margin={"top": "37mm", "bottom": "35mm", "left": "28mm", "right": "26mm"},
                   display_header_footer=True, header_template="<span></span>",
                   footer_template="<div style='font-size:10pt;width:100%;text-align:center'>— "
                                   "<span class='pageNumber'></span> —</div>")
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") > 5
    score = score_document(read_plan(pdf, "plan.pdf"), {"tasks": gold_reading["tasks"],
                                                       "targets": gold_reading["targets"]})
    assert (score["matched"], score["lead"], score["support"]) == (19, 19, 19), score["problems"]
    assert (score["correct"], score["targets"], score["found"]) == (38, 38, 38), score["problems"]
