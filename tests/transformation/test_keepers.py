"""Who edits the transformation pool: the keepers of core's area transformation.pool (产业创新局 until an admin
names others on the 维护部门 page), admins always; the settings page keeps only the diagnosis validity."""
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from actiondesk.core.access import access_for
from actiondesk.core.keepers import keeper_department_ids, keepers_set
from actiondesk.core.models import AuditEntry, Keeper
from actiondesk.org.models import Department
from actiondesk.transformation import services
from actiondesk.transformation.models import Diagnosis, TransformationSettings
from actiondesk.transformation.permissions import POOL, edits_transformation
from tests.transformation.helpers import D, enterprise

pytestmark = pytest.mark.django_db


@pytest.fixture
def firm(zone, departments):
    return enterprise(zone, 1, name="美托科技", entered=D(2020, 1, 1))


def _diagnose(firm, user):
    return services.diagnosis_create(enterprise=firm, acting_user=user, diagnosed_on=D(2026, 3, 1), method="self",
                                     level_overall=2)


def test_until_an_admin_names_keepers_innovation_and_admins_edit_the_pool(firm, admin, alice, bob, departments):
    assert keeper_department_ids(firm.zone_id, POOL) == {departments["产业创新局"].pk}
    assert edits_transformation(access_for(admin)) and edits_transformation(access_for(alice))
    assert not edits_transformation(access_for(bob))
    _diagnose(firm, alice)
    _diagnose(firm, admin)
    with pytest.raises(PermissionDenied, match="数智绿色转型培育库的维护部门"):
        _diagnose(firm, bob)
    assert Diagnosis.objects.count() == 2


def test_a_named_keeper_edits_the_pool_and_the_default_department_then_may_not(firm, zone, login, admin, alice, bob,
                                                                              departments):
    keepers_set(zone=zone, area=POOL, departments=[departments["发展改革局"]], acting_user=admin)
    _diagnose(firm, bob)
    with pytest.raises(PermissionDenied):
        _diagnose(firm, alice)
    assert "导入Excel" in login(bob).get(reverse("transformation:pool")).content.decode()
    assert "导入Excel" not in login(alice).get(reverse("transformation:pool")).content.decode()
    assert login(alice).get(reverse("transformation:import_upload")).status_code == 403
    keepers_set(zone=zone, area=POOL, departments=[], acting_user=admin)  # back to the default
    _diagnose(firm, alice)
    assert Diagnosis.objects.count() == 2


def test_an_outsider_or_a_keeper_of_another_zone_is_refused(firm, zone, other_zone, make_user, login, mallory,
                                                            departments):
    stranger = make_user("stranger", "department", Department.objects.create(zone=other_zone, name="产业创新局"),
                         zone=other_zone)
    keepers_set(zone=other_zone, area=POOL, departments=[stranger.membership.department], acting_user=mallory)
    assert edits_transformation(access_for(stranger))  # in its own zone
    for user in (mallory, stranger):
        with pytest.raises(PermissionDenied):
            _diagnose(firm, user)
        assert login(user).get(reverse("transformation:enterprise_diagnosis_add", args=[firm.pk])).status_code == 404
    response = login(mallory).put(f"/api/org/keepers/{POOL}", {"department_ids": [departments["发展改革局"].pk]},
                                  content_type="application/json")
    assert response.status_code in (400, 422) and not Keeper.objects.filter(zone=zone).exists()
    assert not Diagnosis.objects.exists()


def test_deciding_who_edits_the_pool_reads_the_database_once(alice, django_assert_num_queries):
    access = access_for(alice)
    with django_assert_num_queries(1):
        assert edits_transformation(access)


def test_the_keepers_page_and_api_list_the_pool_with_innovation_as_its_default(login, admin, alice, departments):
    page = login(admin).get("/org/keepers/").content.decode()
    row = page[page.index(f'data-area="{POOL}"'):]
    row = row[:row.index("</tr>")]
    assert "数智绿色转型培育库" in row and "默认：产业创新局" in row
    rows = {r["area"]: r for r in login(alice).get("/api/org/keepers").json()}
    assert rows[POOL]["departments"] == [{"id": departments["产业创新局"].pk, "name": "产业创新局"}]
    response = login(admin).put(f"/api/org/keepers/{POOL}", {"department_ids": [departments["发展改革局"].pk]},
                                content_type="application/json")
    assert response.status_code == 200 and response.json()["named"]
    assert keeper_department_ids(admin.membership.zone_id, POOL) == {departments["发展改革局"].pk}


def test_the_settings_page_shows_the_keepers_links_to_the_keepers_page_and_sets_the_validity(zone, login, admin,
                                                                                             departments):
    client = login(admin)
    pool = client.get(reverse("transformation:pool")).content.decode()
    assert reverse("org:keepers") in pool and reverse("transformation:settings") in pool
    page = client.get(reverse("transformation:settings")).content.decode()
    assert "当前维护部门：产业创新局" in page and f'href="{reverse("org:keepers")}"' in page
    assert 'name="departments"' not in page
    response = client.post(reverse("transformation:settings"), {"diagnosis_validity_months": "12"})
    assert response.status_code == 302
    client.post(reverse("transformation:settings"), {"diagnosis_validity_months": "12"})  # unchanged: no entry
    assert TransformationSettings.objects.get(zone=zone).diagnosis_validity_months == 12
    entry = AuditEntry.objects.get(content_type__model="transformationsettings")
    assert entry.actor == admin and entry.before == {"diagnosis_validity_months": None}
    assert entry.after == {"diagnosis_validity_months": 12}
    keepers_set(zone=zone, area=POOL, departments=[departments["发展改革局"], departments["投资促进局"]],
                acting_user=admin)
    assert "当前维护部门：发展改革局、投资促进局" in client.get(reverse("transformation:settings")).content.decode()


def test_a_validity_out_of_range_is_refused_and_nothing_is_saved(zone, login, admin):
    response = login(admin).post(reverse("transformation:settings"), {"diagnosis_validity_months": "61"})
    assert response.status_code == 400 and not TransformationSettings.objects.exists()


def test_the_old_editors_address_leads_to_the_settings_page(login, admin, alice):
    response = login(admin).get("/transformation/editors/")
    assert response.status_code == 302 and response["Location"] == reverse("transformation:settings")
    assert login(alice).get("/transformation/editors/", follow=True).status_code == 403


@pytest.mark.parametrize("user", ["alice", "bob", "leader", "supervisor"])
def test_only_admins_open_or_post_the_settings_page(zone, login, request, user):
    client = login(request.getfixturevalue(user))
    assert client.get(reverse("transformation:settings")).status_code == 403
    assert client.post(reverse("transformation:settings"), {"diagnosis_validity_months": "12"}).status_code == 403
    assert not TransformationSettings.objects.exists()


def test_an_outsider_admin_sets_only_their_own_zones_validity(zone, other_zone, login, mallory):
    assert login(mallory).post(reverse("transformation:settings"), {"diagnosis_validity_months": "6"}).status_code \
        == 302
    assert list(TransformationSettings.objects.values_list("zone_id", "diagnosis_validity_months")) == [
        (other_zone.pk, 6)]
