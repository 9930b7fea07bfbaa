"""The page header on a phone: every item of the user box (消息, the user, 修改密码, 退出) reads on one line."""
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The number of line boxes each item's text takes: a word broken over two lines gives two.
LINES_PER_ITEM = """() => [...document.querySelectorAll('.userbox > a, .userbox > form button')].map(el => {
    const range = document.createRange(); range.selectNodeContents(el);
    let lines = 0, bottom = -Infinity;
    for (const r of [...range.getClientRects()].filter(r => r.width > 0).sort((a, b) => a.top - b.top)) {
        if (r.top >= bottom - 1) { lines += 1; } bottom = Math.max(bottom, r.bottom); }
    return [el.textContent.trim(), lines]; })"""


def test_the_header_items_do_not_break_across_lines_on_a_phone(browser, browser_login, live_server, alice,
                                                              artifacts_dir):
    page = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN").new_page()
    browser_login(page, "alice")
    page.goto(f"{live_server.url}/plans/")
    page.screenshot(path=str(artifacts_dir / "header-390x844.png"))
    items = page.evaluate(LINES_PER_ITEM)
    assert len(items) >= 3
    assert [text for text, lines in items if lines > 1] == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
