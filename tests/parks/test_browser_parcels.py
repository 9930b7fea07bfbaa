import pytest

from actiondesk.parks.models import LandParcel
from actiondesk.projects.models import Project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_parks_department_edits_a_parcel_and_the_park_page_lists_the_land_need_on_it(
        page, browser_login, live_server, bob, park, departments, make_user, artifacts_dir):
    parcel = LandParcel.objects.get(park=park)
    project = Project.objects.create(zone=park.zone, code="SF-9", name="减速器扩能项目",
                                     lead_department=departments["产业创新局"], park=park, parcel=parcel)
    make_user("ivy", "department", departments["产业创新局"])
    browser_login(page, "ivy")  # the project's department adds a 用地 need: the form offers the project's parcel
    page.goto(f"{live_server.url}/projects/{project.pk}/")
    page.click("#needs details summary")
    assert page.input_value("#need-form select[name=need-parcel]") == str(parcel.pk)
    page.select_option("#need-form select[name=need-kind]", "land")
    page.fill("#need-form input[name=need-quantity]", "60")
    page.fill("#need-form input[name=need-unit]", "亩")
    page.fill("#need-form input[name=need-description]", "二期用地")
    page.select_option("#need-form select[name=need-department]", str(departments["规划建设局"].pk))
    page.fill("#need-form input[name=need-planned_on]", "2026-06-30")
    page.click("#need-form button[type=submit]")
    page.wait_for_selector("#needs td.need-parcel a")
    page.context.clear_cookies()
    browser_login(page, "bob")
    page.goto(f"{live_server.url}/parks/{park.pk}/")
    assert "二期用地" in page.inner_text("#parcel-needs")
    page.click(f"#parcel-{parcel.pk} a.parcel-edit")
    page.fill("#parcel-form input[name=area_mu]", "0")
    page.fill("#parcel-form input[name=land_use]", "仓储用地")
    page.click("#parcel-form button[type=submit]")
    page.wait_for_selector("#parcel-form .errorlist")
    assert page.input_value("#parcel-form input[name=land_use]") == "仓储用地"  # what was typed stays
    page.fill("#parcel-form input[name=area_mu]", "95")
    page.click("#parcel-form button[type=submit]")
    page.wait_for_selector("#parcel-needs")
    assert "仓储用地" in page.inner_text(f"#parcel-{parcel.pk}")
    page.screenshot(path=str(artifacts_dir / "park-parcel-needs.png"), full_page=True)
