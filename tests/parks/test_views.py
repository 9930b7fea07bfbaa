import io
from decimal import Decimal

import pytest
from django.urls import reverse
from python_calamine import CalamineWorkbook

from actiondesk.core.models import AuditEntry
from actiondesk.parks.models import LandParcel, ParcelReadiness, Park

pytestmark = pytest.mark.django_db


def test_everyone_in_the_zone_reads_the_registry_with_type_vacancy_and_parcels(login, leader, park):
    body = login(leader).get(reverse("parks:park_list")).content.decode()
    assert 'data-park="联东U谷"' in body and "现代产业园区" in body and "15.0" in body  # 3000 of 20000 ㎡ empty
    assert "park-kind-data" in body and "vendor/echarts/echarts.min.js" in body and "<script>" not in body


def test_an_outsider_sees_neither_the_registry_nor_a_park(login, mallory, park):
    client = login(mallory)
    assert "联东U谷" not in client.get(reverse("parks:park_list")).content.decode()
    assert client.get(reverse("parks:park_detail", args=[park.pk])).status_code == 404
    assert client.get(f"/api/parks/{park.pk}").status_code == 404


def test_the_park_page_shows_buildings_parcels_and_each_readiness_item(login, bob, park):
    body = login(bob).get(reverse("parks:park_detail", args=[park.pk])).content.decode()
    assert "1号标准厂房" in body and 'data-parcel="SF-07-01"' in body and "1/8" in body
    assert 'id="park-tenants"' in body and 'id="park-projects"' in body  # the enterprises' and projects' panels
    assert "更新七通一平" in body  # bob's department keeps the park


def test_only_the_parks_department_or_an_admin_changes_a_park(login, alice, bob, park):
    parcel = LandParcel.objects.get(park=park)
    url = reverse("parks:readiness_set", args=[parcel.pk])
    assert login(alice).post(url, {"item": "power", "is_ready": "on", "ready_on": "2026-04-01"}).status_code == 403
    assert login(bob).post(url, {"item": "power", "is_ready": "on", "ready_on": "2026-04-01"}).status_code == 302
    assert ParcelReadiness.objects.get(parcel=parcel, item="power").is_ready
    entry = AuditEntry.objects.filter(object_id=str(park.pk)).latest("pk")
    assert entry.actor == bob and "通电" in entry.note


def test_a_parcel_with_every_item_ready_is_marked_ready_to_build(login, bob, park):
    parcel = LandParcel.objects.get(park=park)
    client = login(bob)
    for item in ("road", "power", "water", "drainage", "telecom", "gas", "heat", "level"):
        client.post(reverse("parks:readiness_set", args=[parcel.pk]), {"item": item, "is_ready": "on"})
    data = client.get(f"/api/parks/{park.pk}").json()
    assert data["parcels"][0]["ready_items"] == 8 and data["parcels"][0]["ready_to_build"] is True
    assert data["park"]["parcels_ready"] == 1


def test_the_parks_department_adds_parks_and_parcels_and_others_cannot(login, alice, bob, park):
    assert login(alice).post(reverse("parks:park_create"), {"name": "苏辽合作产业园", "kind": "emerging"}
                             ).status_code == 403
    response = login(bob).post(reverse("parks:park_create"), {"name": "苏辽合作产业园", "kind": "emerging",
                                                              "area_mu": "2400"})
    created = Park.objects.get(name="苏辽合作产业园")
    assert response.status_code == 302 and created.department.name == "发展改革局"
    api = login(bob).post(f"/api/parks/{created.pk}/parcels", {"code": "SL-01", "area_mu": "120",
                                                                "min_tax_per_mu": "25"},
                          content_type="application/json")
    assert api.status_code == 201 and api.json()["ready_items"] == 0
    assert login(alice).post(f"/api/parks/{created.pk}/parcels", {"code": "SL-02", "area_mu": "1"},
                             content_type="application/json").status_code == 403


def test_a_vacancy_above_the_floor_area_is_refused(login, bob, park):
    login(bob).post(reverse("parks:building_add", args=[park.pk]), {"name": "2号楼", "floor_area_m2": "100",
                                                                    "vacant_area_m2": "200"})
    assert not park.buildings.filter(name="2号楼").exists()


def test_the_export_follows_the_page_filters_and_lists_parcels(login, leader, park, zone):
    Park.objects.create(zone=zone, name="大南工业产业园", kind="traditional")
    response = login(leader).get(reverse("parks:park_list") + "?kind=modern&export=xlsx")
    book = CalamineWorkbook.from_filelike(io.BytesIO(response.content))
    parks = book.get_sheet_by_name("园区").to_python()
    assert [r[0] for r in parks[1:]] == ["联东U谷"] and parks[1][8] == 15.0
    parcels = book.get_sheet_by_name("地块").to_python()
    assert parcels[1][1] == "SF-07-01" and parcels[1][10] == "✓"
    assert login(leader).get(reverse("parks:park_list") + "?kind=nope&export=xlsx").status_code == 400


def test_the_api_lists_parks_with_the_page_filters(login, leader, park, zone):
    Park.objects.create(zone=zone, name="大南工业产业园", kind="traditional", area_mu=Decimal(6800))
    data = login(leader).get("/api/parks/?kind=traditional").json()
    assert [p["name"] for p in data] == ["大南工业产业园"] and data[0]["buildings"] == 0
    assert login(leader).get("/api/parks/?kind=nope").status_code == 422
