"""In Debian chromium: a clerk types a growth-rate indicator's cumulative amount and sees the growth it implies."""
import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.models import Indicator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_typing_a_cumulative_amount_shows_the_implied_growth_and_status(page, browser_login, live_server, plan,
                                                                        periods, alice, admin, artifacts_dir):
    from actiondesk.plans.services import indicator_update
    from actiondesk.supervision.services_settings import indicator_settings_update

    indicator = Indicator.objects.filter(plan=plan, kind="growth_rate", metric="").order_by("pk").first()
    indicator_update(indicator=indicator, acting_user=SYSTEM, lead_department=alice.membership.department)
    indicator_settings_update(indicator=indicator, last_year={m: 10 * m for m in range(1, 13)}, acting_user=admin)

    browser_login(page, "alice")
    page.goto(f"{live_server.url}/supervision/periods/{periods[6].pk}/report/")
    assert "填绝对数，不填增速" in page.inner_text(f"tr[data-line='{indicator.pk}']")
    page.fill(f"input[name=value_{indicator.pk}]", "72")  # June last year: 60
    page.locator(f"#preview-{indicator.pk}").filter(has_text="20%").wait_for()  # the htmx preview
    preview = page.inner_text(f"#preview-{indicator.pk}")
    assert "同比增长" in preview and "20%" in preview
    page.screenshot(path=str(artifacts_dir / "report-form-growth-preview.png"), full_page=True)
    assert page.evaluate("getComputedStyle(document.querySelector('.submit-bar')).position") == "sticky"
