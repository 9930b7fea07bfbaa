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


def test_a_task_table_a_browser_prints_with_ruled_borders_reads_row_by_row(page):
    """A browser (as Word) draws a table's borders as thin rules, not a rectangle per cell: the cells are the boxes the
    rules close, a cell merged down two rows (rowspan) beside each, a row merged across the table (colspan) a line."""
    from actiondesk.plans.reader import read_plan
    from actiondesk.plans.reader.documents import document_text

    page.set_content(
        "<html><head><meta charset='utf-8'><style>body{font-family:'WenQuanYi Micro Hei';font-size:12pt}"
        "table{border-collapse:collapse} td,th{border:1px solid #000;padding:4px}</style></head><body>"
        "<p>某区2026年营商环境优化行动方案</p><p>重点任务清单</p><table>"
        "<tr><th>序号</th><th>领域</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>"
        "<tr><td>1</td><td rowspan=2>政务服务</td><td>优化开办服务，全年新增企业3000户</td><td>区市场监管局</td>"
        "<td>区税务局、区人社局</td></tr>"
        "<tr><td>2</td><td>推行一网通办，网办率达到95%</td><td>区政务服务中心</td><td>区数据局</td></tr>"
        "<tr><td colspan=5>二、要素保障</td></tr>"
        "<tr><td>3</td><td>土地</td><td>供应工业用地500亩</td><td>区规划资源局</td><td></td></tr>"
        "</table></body></html>")
    pdf = page.pdf(format="A4")
    lines = document_text(pdf, "plan.pdf").split("\n")
    assert "序号 | 领域 | 重点任务 | 牵头单位 | 配合单位" in lines
    assert "2 | 政务服务 | 推行一网通办，网办率达到95% | 区政务服务中心 | 区数据局" in lines  # the merged cell beside row 2
    assert "二、要素保障" in lines
    reading = read_plan(pdf, "plan.pdf")
    assert [(t["number"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("1", ["区市场监管局"], ["区税务局", "区人社局"]), ("2", ["区政务服务中心"], ["区数据局"]),
        ("3", ["区规划资源局"], [])]
    assert [t["text"] for t in reading["targets"]] == ["全年新增企业3000户", "网办率达到95%", "供应工业用地500亩"]


def test_a_title_a_pdf_sets_over_two_centred_lines_is_read_whole_and_a_date_above_it_is_not_part_of_it(page):
    from actiondesk.plans.reader import read_plan

    centred = "text-align:center;font-size:22pt;margin:0"
    page.set_content(
        "<html><head><meta charset='utf-8'><style>body{font-family:'WenQuanYi Micro Hei';font-size:16pt}"
        "p{margin:0;text-indent:2em}</style></head><body>"
        f"<p style='{centred}'>2026年3月2日</p>"
        f"<p style='{centred}'>某区文化和人工智能深度融合创新发展</p><p style='{centred}'>实施方案（2026—2027年）</p>"
        "<p>一、重点任务</p><p>（一）建设数字文化平台。全年上线文化场景10个。（责任单位：区文旅局）</p>"
        "<p>（二）培育数字文化企业。（责任单位：区科技局）</p></body></html>")
    reading = read_plan(page.pdf(format="A4"), "plan.pdf")
    assert reading["title"] == "某区文化和人工智能深度融合创新发展实施方案（2026—2027年）"
    assert [t["lead"] for t in reading["tasks"]] == [["区文旅局"], ["区科技局"]]


def test_an_uploaded_pdf_waits_on_the_job_page_and_the_page_takes_the_admin_to_the_review_once_read(
        page, live_server, browser_login, admin, settings, artifacts_dir):
    """With a worker (the database queue, not inline): the upload lands on the job page, which polls; the test
    runs the queued job as the worker would, and the page, without a click, moves on to the review."""
    from pathlib import Path

    from actiondesk.core.jobs import job_execute
    from actiondesk.core.models import Job
    from actiondesk.plans.models import PlanDraft

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
    pdf = Path(__file__).parent / "fixtures" / "pdf" / (
        "zhejiang-2025-ai-industry-high-quality-datasets-construction-action-plan.pdf")  # goals of 60+ characters
    browser_login(page, "admin")
    page.goto(f"{live_server.url}/plans/import/")
    page.set_input_files("input[type=file]", str(pdf))
    with page.expect_navigation():
        page.click("button:has-text('上传并识别')")
    job = Job.objects.get()
    assert page.url.endswith(f"/jobs/{job.pk}/") and "排队中" in page.locator("#job-progress").inner_text()
    page.screenshot(path=str(artifacts_dir / "plan-read-queued.png"))

    assert job_execute(job.pk) == "done"
    draft = PlanDraft.objects.get()
    page.wait_for_url(f"**/plans/import/{draft.pk}/review/", timeout=20000)
    assert page.locator("h1").first.is_visible() and draft.reading["tasks"][0]["title"][:8] in page.content()
    for width in (1440, 390):  # a goal is a sentence: it wraps, the page does not scroll sideways
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), width


def test_a_scan_is_refused_on_its_job_page_with_a_message_that_wraps_on_a_phone_and_a_new_upload_offered(
        page, live_server, browser_login, admin, settings, artifacts_dir):
    """With a worker: a scanned PDF's job fails with the reader's one line, whole on a phone, and the page offers a new
    upload (reading it again could not end otherwise)."""
    from actiondesk.core.jobs import job_execute
    from actiondesk.core.models import Job
    from tests.plans.test_reader_pdf_files import _drawn_pdf

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
    scan = artifacts_dir / "traced-scan.pdf"
    scan.write_bytes(_drawn_pdf(3, b"0 0 0 rg\n" + b"10 10 2 2 re f\n" * 2000))
    browser_login(page, "admin")
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(f"{live_server.url}/plans/import/")
    page.set_input_files("input[type=file]", str(scan))
    with page.expect_navigation():
        page.click("button:has-text('上传并识别')")
    job = Job.objects.get()
    assert job_execute(job.pk) == "failed"
    page.wait_for_selector("#job-error", timeout=20000)
    assert "没有文字层" in page.locator("#job-error").inner_text()
    assert "3 / 3" in page.locator("#job-rows").inner_text()  # every page was looked at
    assert page.evaluate("document.querySelector('#job-error').getBoundingClientRect().right <= window.innerWidth")
    assert page.locator("#job-again").is_visible() and page.locator("#job-retry").count() == 0
    page.screenshot(path=str(artifacts_dir / "plan-read-scan-refused-390.png"))
    page.click("#job-again")
    assert page.url.endswith("/plans/import/")
