"""An area with a default department can be left to admins only: an explicit setting with no departments, chosen
on the 维护部门 page or through the API, and undone by returning the area to its default."""
import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from actiondesk.core.access import access_for
from actiondesk.core.keepers import area_rows, keeper_department_ids, keepers_set, keeps
from actiondesk.core.models import AuditEntry, Keeper
from actiondesk.finance.models import GuidanceFund

pytestmark = pytest.mark.django_db
AREA = "finance.registry"


@pytest.fixture
def carol(make_user, departments):
    """Staff of 财政金融局, the default keeper of 金融服务."""
    return make_user("carol", "department", departments["财政金融局"])


def put(client, area, body):
    return client.put(f"/api/org/keepers/{area}", body, content_type="application/json")


def row_of(page: str, area: str) -> str:
    row = page[page.index(f'data-area="{area}"'):]
    return row[:row.index("</tr>")]


def test_admins_only_sets_the_default_department_aside_and_admins_still_keep(zone, admin, carol, departments):
    keepers_set(zone=zone, area=AREA, departments=[], admins_only=True, acting_user=admin)
    assert keeper_department_ids(zone.pk, AREA) == set()
    assert keeps(access_for(admin), AREA) and not keeps(access_for(carol), AREA)
    keepers_set(zone=zone, area=AREA, departments=[], acting_user=admin)  # back to the default
    assert keeper_department_ids(zone.pk, AREA) == {departments["财政金融局"].pk} and keeps(access_for(carol), AREA)
    assert not Keeper.objects.exists()


def test_admins_only_refuses_the_default_departments_clerk_on_the_page_and_the_api(login, admin, carol):
    login(admin).post("/org/keepers/", {"area": AREA, "mode": "admins"})
    client = login(carol)
    assert client.get("/finance/funds/new/").status_code == 403
    assert client.post("/finance/funds/new/", {"name": "振兴基金", "size": "100"}).status_code == 403
    assert client.post("/api/finance/funds", {"name": "振兴基金", "size": "100"},
                       content_type="application/json").status_code == 403
    assert not GuidanceFund.objects.exists()


def test_switching_back_to_the_default_lets_the_default_departments_clerk_write_again(login, admin, carol):
    assert put(login(admin), AREA, {"department_ids": [], "admins_only": True}).json()["admins_only"]
    response = put(login(admin), AREA, {"department_ids": []})
    assert response.status_code == 200 and not response.json()["admins_only"]
    assert [d["name"] for d in response.json()["departments"]] == ["财政金融局"]
    client = login(carol)
    assert client.post("/api/finance/funds", {"name": "振兴基金", "size": "100"},
                       content_type="application/json").status_code == 201
    assert client.get("/finance/funds/new/").status_code == 200


def test_the_page_shows_the_three_states_and_checks_the_current_one(login, admin, departments):
    zone = admin.membership.zone
    keepers_set(zone=zone, area="parks.registry", departments=[departments["规划建设局"]], acting_user=admin)
    keepers_set(zone=zone, area=AREA, departments=[], admins_only=True, acting_user=admin)
    page = login(admin).get("/org/keepers/").content.decode()
    default, named, admins = row_of(page, "investment.pipeline"), row_of(page, "parks.registry"), row_of(page, AREA)
    for row in (default, named, admins):
        assert "默认部门" in row and "指定部门" in row and "仅管理员" in row
    assert 'value="default" checked' in default and "默认：投资促进局" in default
    assert 'value="named" checked' in named and "规划建设局" in named
    assert 'value="admins" checked' in admins and "仅管理员（已设置）" in admins
    assert "默认：财政金融局" not in admins


def test_the_page_sets_admins_only_and_back_and_drops_ticks_left_from_named_departments(login, admin, departments):
    client, zone_id = login(admin), admin.membership.zone_id
    response = client.post("/org/keepers/", {"area": AREA, "mode": "admins",
                                             "departments": [departments["规划建设局"].pk]})
    assert response.status_code == 302
    assert [r["mode"] for r in area_rows(zone_id) if r["area"].key == AREA] == ["admins"]
    assert client.post("/org/keepers/", {"area": AREA, "mode": "default"}).status_code == 302
    assert keeper_department_ids(zone_id, AREA) == {departments["财政金融局"].pk}


def test_the_page_refuses_named_without_a_department_and_keeps_the_setting(login, admin, departments):
    keepers_set(zone=admin.membership.zone, area=AREA, departments=[], admins_only=True, acting_user=admin)
    response = login(admin).post("/org/keepers/", {"area": AREA, "mode": "named"})
    assert response.status_code == 400 and "请勾选至少一个部门" in response.content.decode()
    assert Keeper.objects.get().department is None


def test_the_api_refuses_departments_together_with_admins_only(login, admin, departments):
    response = put(login(admin), AREA, {"department_ids": [departments["规划建设局"].pk], "admins_only": True})
    assert response.status_code == 422 and "仅管理员" in response.json()["detail"]
    assert not Keeper.objects.exists()


def test_admins_only_is_audited_and_a_repeat_writes_nothing(zone, admin, departments):
    keepers_set(zone=zone, area=AREA, departments=[departments["规划建设局"]], acting_user=admin)
    keepers_set(zone=zone, area=AREA, departments=[], admins_only=True, acting_user=admin)
    keepers_set(zone=zone, area=AREA, departments=[], admins_only=True, acting_user=admin)
    keepers_set(zone=zone, area=AREA, departments=[], acting_user=admin)
    _named, chosen, back = AuditEntry.objects.filter(content_type__model="keeper").order_by("pk")
    assert chosen.before == {"area": AREA, "departments": ["规划建设局"]}
    assert chosen.after == {"area": AREA, "departments": [], "admins_only": True}
    assert back.before == chosen.after and back.after == {"area": AREA, "departments": []}
    assert Keeper.objects.filter(area=AREA).count() == 0


def test_deciding_who_keeps_an_area_left_to_admins_reads_the_database_once(zone, admin, carol,
                                                                          django_assert_num_queries):
    keepers_set(zone=zone, area=AREA, departments=[], admins_only=True, acting_user=admin)
    access = access_for(carol)
    with django_assert_num_queries(1):
        assert not keeps(access, AREA)


def test_another_zones_admin_cannot_set_or_undo_admins_only(zone, admin, mallory, carol, client, login):
    with pytest.raises(PermissionDenied):
        keepers_set(zone=zone, area=AREA, departments=[], admins_only=True, acting_user=mallory)
    keepers_set(zone=zone, area=AREA, departments=[], admins_only=True, acting_user=admin)
    # Mallory's page and API act on her own zone only: this zone's setting stays.
    assert login(mallory).post("/org/keepers/", {"area": AREA, "mode": "default"}).status_code == 302
    assert put(login(mallory), AREA, {"department_ids": []}).status_code == 200
    client.logout()
    assert put(client, AREA, {"department_ids": [], "admins_only": False}).status_code == 401
    assert not keeps(access_for(carol), AREA) and Keeper.objects.get().zone == zone


def test_a_non_admin_cannot_choose_admins_only(login, alice, carol):
    for user in (alice, carol):
        assert login(user).post("/org/keepers/", {"area": AREA, "mode": "admins"}).status_code == 403
        assert put(login(user), AREA, {"department_ids": [], "admins_only": True}).status_code == 403
    assert not Keeper.objects.exists()


def test_two_admins_only_rows_for_one_area_are_refused_by_the_database(zone, admin):
    Keeper.objects.create(zone=zone, area=AREA)
    with pytest.raises(IntegrityError), transaction.atomic():
        Keeper.objects.create(zone=zone, area=AREA)


@pytest.mark.django_db(transaction=True)
def test_going_back_past_the_admins_only_migration_returns_such_areas_to_their_default(zone, departments, migrate_to):
    migrate = migrate_to
    Keeper.objects.create(zone=zone, area=AREA)
    Keeper.objects.create(zone=zone, area="parks.registry", department=departments["规划建设局"])
    migrate([("core", "0006_keeper")])
    migrate([("core", "0007_keeper_admins_only")])
    assert list(Keeper.objects.values_list("area", "department__name")) == [("parks.registry", "规划建设局")]
    assert keeper_department_ids(zone.pk, AREA) == {departments["财政金融局"].pk}
