"""Who keeps a registry: one rule (core.keepers), one 维护部门 page and API for every registered area."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from actiondesk.core.access import access_for
from actiondesk.core.keepers import areas, keeper_department_ids, keepers_set, keeps
from actiondesk.core.models import AuditEntry, Keeper
from actiondesk.finance import services as finance
from actiondesk.investment.services import pipeline_department
from actiondesk.org.models import Department
from actiondesk.parks import services as parks

pytestmark = pytest.mark.django_db
AREAS = {"innovation.registry": "产业创新局", "innovation.scenes": "发展改革局", "enterprises.pool": None,
         "investment.pipeline": "投资促进局", "parks.registry": "发展改革局", "finance.registry": "财政金融局",
         "transformation.pool": "产业创新局"}


@pytest.fixture
def carol(make_user, departments):
    """Staff of 财政金融局, the default keeper of 金融服务."""
    return make_user("carol", "department", departments["财政金融局"])


def test_every_app_registers_its_area_with_its_default_department():
    assert {a.key: a.default_department_name for a in areas()} == AREAS


def test_until_an_admin_names_keepers_the_default_department_keeps_and_an_area_without_one_is_admins_only(
        zone, admin, alice, bob, departments):
    assert keeper_department_ids(zone.pk, "innovation.registry") == {departments["产业创新局"].pk}
    assert keeps(access_for(alice), "innovation.registry") and not keeps(access_for(bob), "innovation.registry")
    assert keeper_department_ids(zone.pk, "enterprises.pool") == set()
    assert keeps(access_for(admin), "enterprises.pool") and not keeps(access_for(alice), "enterprises.pool")


def test_a_named_keeper_department_may_write_and_the_default_one_then_may_not(zone, admin, bob, carol, departments):
    keepers_set(zone=zone, area="finance.registry", departments=[departments["发展改革局"]], acting_user=admin)
    fund = finance.fund_create(zone=zone, acting_user=bob, name="振兴基金", size=100)
    assert fund.department == departments["发展改革局"]  # the acting user's own department, which keeps the area
    with pytest.raises(PermissionDenied, match="金融服务的维护部门"):
        finance.fund_create(zone=zone, acting_user=carol, name="另一基金", size=100)


def test_a_new_row_by_an_admin_goes_to_the_first_named_keeper_else_the_default(zone, admin, alice, departments):
    assert parks.park_create(zone=zone, acting_user=admin, name="甲园").department == departments["发展改革局"]
    keepers_set(zone=zone, area="parks.registry", acting_user=admin,
                departments=[departments["产业创新局"], departments["规划建设局"]])
    assert parks.park_create(zone=zone, acting_user=admin, name="乙园").department == departments["产业创新局"]
    planning = Department.objects.get(zone=zone, name="规划建设局")
    assert pipeline_department(zone.pk, access_for(admin)) == departments["投资促进局"]
    keepers_set(zone=zone, area="investment.pipeline", departments=[planning], acting_user=admin)
    assert pipeline_department(zone.pk, access_for(admin)) == planning


def test_only_admins_of_the_zone_set_keepers(zone, alice, leader, supervisor, mallory, departments):
    for user in (alice, leader, supervisor, mallory):
        with pytest.raises(PermissionDenied):
            keepers_set(zone=zone, area="enterprises.pool", departments=[departments["产业创新局"]], acting_user=user)
    assert not Keeper.objects.exists() and not AuditEntry.objects.filter(content_type__model="keeper").exists()


def test_a_department_outside_the_zone_cannot_be_named(zone, admin, other_zone):
    outside = Department.objects.create(zone=other_zone, name="发展改革局")
    with pytest.raises(ValidationError):
        keepers_set(zone=zone, area="parks.registry", departments=[outside], acting_user=admin)
    with pytest.raises(ValidationError):
        keepers_set(zone=zone, area="no.such_area", departments=[], acting_user=admin)
    assert not Keeper.objects.exists()


def test_setting_keepers_is_audited_with_the_names_before_and_after(zone, admin, departments):
    keepers_set(zone=zone, area="innovation.scenes", departments=[departments["投资促进局"]], acting_user=admin)
    keepers_set(zone=zone, area="innovation.scenes", departments=[departments["投资促进局"]], acting_user=admin)
    keepers_set(zone=zone, area="innovation.scenes", departments=[], acting_user=admin)  # back to the default
    before, after = AuditEntry.objects.filter(content_type__model="keeper").order_by("pk")  # the repeat wrote none
    assert before.actor == admin and before.before == {"area": "innovation.scenes", "departments": []}
    assert before.after == {"area": "innovation.scenes", "departments": ["投资促进局"]}
    assert after.after == {"area": "innovation.scenes", "departments": []}
    assert keeper_department_ids(zone.pk, "innovation.scenes") == {departments["发展改革局"].pk}


def test_deciding_who_keeps_an_area_reads_the_database_once(zone, departments, django_assert_num_queries):
    with django_assert_num_queries(1):
        keeper_department_ids(zone.pk, "finance.registry")
    with django_assert_num_queries(1):
        keeper_department_ids(zone.pk, "enterprises.pool")


def test_the_page_lists_every_area_with_its_keepers(login, admin, departments, django_assert_max_num_queries):
    keepers_set(zone=admin.membership.zone, area="enterprises.pool", departments=[departments["产业创新局"]],
                acting_user=admin)
    client = login(admin)
    with django_assert_max_num_queries(5):  # session, user, membership, departments, keepers
        page = client.get("/org/keepers/").content.decode()
    for key in AREAS:
        assert f'data-area="{key}"' in page
    assert "金融服务" in page and "默认：财政金融局" in page and "默认：投资促进局" in page
    row = page[page.index('data-area="enterprises.pool"'):]
    assert "产业创新局" in row[:row.index("</td>", row.index('class="current"'))]


def test_an_area_without_a_default_or_whose_default_is_missing_is_shown_as_admins_only(login, admin, departments):
    Department.objects.filter(zone=admin.membership.zone, name="财政金融局").delete()
    page = login(admin).get("/org/keepers/").content.decode()
    finance_row = page[page.index('data-area="finance.registry"'):]
    assert "仅管理员（本示范区没有默认部门财政金融局）" in finance_row[:finance_row.index("</tr>")]
    pool_row = page[page.index('data-area="enterprises.pool"'):]
    assert "仅管理员" in pool_row[:pool_row.index("</tr>")]


def test_an_admin_sets_keepers_on_the_page(login, admin, departments):
    response = login(admin).post("/org/keepers/", {"area": "finance.registry",
                                                   "departments": [departments["规划建设局"].pk]})
    assert response.status_code == 302 and response["Location"] == "/org/keepers/"
    assert keeper_department_ids(admin.membership.zone_id, "finance.registry") == {departments["规划建设局"].pk}


@pytest.mark.parametrize("user", ["alice", "leader", "supervisor"])
def test_only_admins_open_or_post_the_page(client, login, request, departments, user):
    client = login(request.getfixturevalue(user))
    assert client.get("/org/keepers/").status_code == 403
    assert client.post("/org/keepers/", {"area": "finance.registry",
                                         "departments": [departments["发展改革局"].pk]}).status_code == 403
    assert not Keeper.objects.exists()


def test_an_outsider_admin_sees_no_department_of_this_zone_and_cannot_name_one(login, mallory, departments):
    client = login(mallory)
    page = client.get("/org/keepers/").content.decode()
    assert f'value="{departments["发展改革局"].pk}"' not in page
    response = client.post("/org/keepers/", {"area": "parks.registry", "departments": [departments["发展改革局"].pk]})
    assert response.status_code == 400 and not Keeper.objects.exists()


def test_an_unknown_area_on_the_page_is_a_form_error(login, admin):
    assert login(admin).post("/org/keepers/", {"area": "no.such_area", "departments": []}).status_code == 400


def test_the_api_shows_every_area_and_an_admin_sets_keepers(client, login, admin, alice, departments):
    rows = {r["area"]: r for r in login(alice).get("/api/org/keepers").json()}
    assert set(rows) == set(AREAS)
    assert rows["finance.registry"]["departments"] == [{"id": departments["财政金融局"].pk, "name": "财政金融局"}]
    assert rows["enterprises.pool"]["departments"] == [] and not rows["enterprises.pool"]["named"]
    response = login(admin).put("/api/org/keepers/enterprises.pool",
                                {"department_ids": [departments["产业创新局"].pk]}, content_type="application/json")
    assert response.status_code == 200 and response.json()["named"]
    assert response.json()["departments"] == [{"id": departments["产业创新局"].pk, "name": "产业创新局"}]
    assert AuditEntry.objects.filter(content_type__model="keeper").count() == 1


def test_the_api_refuses_non_admins_outsiders_and_departments_of_other_zones(client, login, alice, mallory,
                                                                             departments):
    body = {"department_ids": [departments["产业创新局"].pk]}
    assert client.put("/api/org/keepers/enterprises.pool", body, content_type="application/json").status_code == 401
    assert login(alice).put("/api/org/keepers/enterprises.pool", body,
                            content_type="application/json").status_code == 403
    response = login(mallory).put("/api/org/keepers/enterprises.pool", body, content_type="application/json")
    assert response.status_code == 422 and "本示范区" in response.json()["detail"]
    assert login(mallory).put("/api/org/keepers/no.such_area", {"department_ids": []},
                              content_type="application/json").status_code == 422
    assert not Keeper.objects.exists()
