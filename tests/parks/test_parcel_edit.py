"""A parcel's edit page and API: the park's keepers change its 标准地 terms (audited); other departments,
readers and outsiders cannot; a refused value is shown beside what was typed."""
from decimal import Decimal

import pytest
from django.urls import reverse

from actiondesk.core.models import AuditEntry
from actiondesk.parks.models import LandParcel

pytestmark = pytest.mark.django_db


def _data(**values):
    data = {"code": "SF-07-01", "area_mu": "95", "land_use": "工业用地", "status": "ready",
            "min_investment_per_mu": "320", "min_output_per_mu": "", "min_tax_per_mu": "22",
            "max_energy_per_mu": "", "min_plot_ratio": "1.5"}
    data.update(values)
    return data


def test_the_park_page_links_each_parcel_to_its_edit_page_for_the_keepers_only(login, bob, alice, park):
    parcel = LandParcel.objects.get(park=park)
    url = reverse("parks:parcel_edit", args=[parcel.pk])
    assert url in login(bob).get(reverse("parks:park_detail", args=[park.pk])).content.decode()
    assert url not in login(alice).get(reverse("parks:park_detail", args=[park.pk])).content.decode()


def test_the_parks_department_changes_a_parcels_terms_and_it_is_audited(login, bob, park):
    parcel = LandParcel.objects.get(park=park)
    client = login(bob)
    body = client.get(reverse("parks:parcel_edit", args=[parcel.pk])).content.decode()
    assert 'value="SF-07-01"' in body and 'id="parcel-form"' in body
    response = client.post(reverse("parks:parcel_edit", args=[parcel.pk]), _data())
    assert response.status_code == 302 and response.url.endswith(f"#parcel-{parcel.pk}")
    parcel.refresh_from_db()
    assert parcel.area_mu == Decimal("95") and parcel.status == "ready" and parcel.min_tax_per_mu == Decimal("22")
    assert parcel.min_plot_ratio == Decimal("1.5")
    entry = AuditEntry.objects.filter(action="update", content_type__model="landparcel",
                                      object_id=str(parcel.pk)).get()
    assert entry.actor == bob and Decimal(entry.before["area_mu"]) == 80 and Decimal(entry.after["area_mu"]) == 95
    page = client.get(reverse("parks:parcel_edit", args=[parcel.pk])).content.decode()
    assert "bob" in page[page.index('class="audit-trail"'):]  # the edit page shows the parcel's own trail


def test_a_refused_value_is_shown_and_what_was_typed_stays(login, bob, park):
    parcel = LandParcel.objects.get(park=park)
    response = login(bob).post(reverse("parks:parcel_edit", args=[parcel.pk]),
                               _data(area_mu="0", min_investment_per_mu="-5", land_use="仓储用地"))
    body = response.content.decode()
    assert response.status_code == 200 and 'value="仓储用地"' in body and 'value="-5"' in body
    assert 'class="errorlist' in body
    parcel.refresh_from_db()
    assert parcel.area_mu == Decimal("80") and parcel.land_use == "工业用地"
    assert not AuditEntry.objects.filter(action="update", content_type__model="landparcel").exists()


def test_a_code_another_parcel_of_the_park_has_is_refused_on_the_form(login, bob, park):
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.parks import services

    services.parcel_save(park=park, acting_user=SYSTEM, code="SF-07-02", area_mu=Decimal("40"))  # test set-up
    parcel = LandParcel.objects.get(park=park, code="SF-07-01")
    body = login(bob).post(reverse("parks:parcel_edit", args=[parcel.pk]), _data(code="SF-07-02")).content.decode()
    assert 'value="SF-07-02"' in body and 'class="errorlist' in body
    parcel.refresh_from_db()
    assert parcel.code == "SF-07-01"


def test_other_departments_readers_and_outsiders_cannot_edit_a_parcel(login, alice, leader, mallory, park):
    parcel = LandParcel.objects.get(park=park)
    url = reverse("parks:parcel_edit", args=[parcel.pk])
    assert login(alice).get(url).status_code == 403
    assert login(alice).post(url, _data()).status_code == 403
    assert login(leader).post(url, _data()).status_code == 403
    assert login(mallory).get(url).status_code == 404
    assert login(mallory).post(url, _data()).status_code == 404
    parcel.refresh_from_db()
    assert parcel.area_mu == Decimal("80")


def test_the_api_updates_a_parcel_and_refuses_others(login, bob, alice, mallory, park):
    parcel = LandParcel.objects.get(park=park)
    url = f"/api/parks/parcels/{parcel.pk}"
    assert login(alice).patch(url, {"area_mu": "90"}, content_type="application/json").status_code == 403
    assert login(mallory).patch(url, {"area_mu": "90"}, content_type="application/json").status_code == 404
    response = login(bob).patch(url, {"area_mu": "90", "status": "sold"}, content_type="application/json")
    assert response.status_code == 200 and response.json()["status"] == "sold"
    parcel.refresh_from_db()
    assert parcel.area_mu == Decimal("90") and parcel.min_investment_per_mu == Decimal("300")  # left out: kept
    assert login(bob).patch(url, {"status": "nonsense"}, content_type="application/json").status_code == 422
