import datetime
import re

import pytest
from django.urls import reverse

from actiondesk.core.models import AuditEntry, Keeper
from actiondesk.enterprises.models import Certification
from actiondesk.enterprises.models.permissions import pool_keeper_department_ids

pytestmark = pytest.mark.django_db


def _user_in(zone, department):
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.services import user_create

    return user_create(zone=zone, username="innovation", password="pw-test-2026", role="department",
                       department=department, acting_user=SYSTEM)


def test_a_zone_admin_chooses_the_departments_that_keep_the_pool(login, admin, bob, departments):
    chosen = departments["发展改革局"]
    response = login(admin).post(reverse("org:keepers"), {"area": "enterprises.pool", "departments": [chosen.pk]})
    assert response.status_code == 302
    assert pool_keeper_department_ids(chosen.zone_id) == {chosen.pk}
    entry = AuditEntry.objects.get(action="update", content_type__model="keeper")
    assert entry.after == {"area": "enterprises.pool", "departments": ["发展改革局"]} and entry.actor == admin
    body = login(bob).get(reverse("enterprises:import_upload"))
    assert body.status_code == 200  # bob's department now keeps the pool


def test_the_keeper_page_shows_the_named_keepers_ticked(login, admin, alice, departments):
    body = login(admin).get(reverse("org:keepers")).content.decode()
    row = body[body.index('data-area="enterprises.pool"'):]
    row = row[:row.index("</tr>")]
    boxes = re.findall(r'<input type="checkbox" name="departments" value="(\d+)"( checked)?', row)
    assert [pk for pk, ticked in boxes if ticked] == [str(departments["产业创新局"].pk)]
    assert 'value="named" checked' in row  # the area is set to 指定部门, not its default or admins only


def test_until_an_admin_names_keepers_only_admins_edit_the_pool(login, admin, bob, zone, departments):
    # No department is a keeper because of its name: 产业创新局 staff are refused like any other department.
    innovation = _user_in(zone, departments["产业创新局"])
    assert pool_keeper_department_ids(zone.pk) == set()
    assert "仅管理员" in login(admin).get(reverse("org:keepers")).content.decode()
    assert login(innovation).get(reverse("enterprises:import_upload")).status_code == 403
    assert login(bob).get(reverse("enterprises:import_upload")).status_code == 403
    assert login(admin).get(reverse("enterprises:import_upload")).status_code == 200


def test_the_old_keeper_page_leads_to_the_one_keepers_page(login, admin, alice, mallory):
    assert login(admin).get(reverse("enterprises:pool_keepers"))["Location"] == reverse("org:keepers")
    for user in (alice, mallory):
        assert login(user).get(reverse("enterprises:pool_keepers"))["Location"] == reverse("org:keepers")


def test_an_outsider_admin_cannot_choose_keepers_of_another_zone(login, mallory, departments):
    target = departments["发展改革局"]
    response = login(mallory).post(reverse("org:keepers"), {"area": "enterprises.pool", "departments": [target.pk]})
    assert response.status_code == 400
    assert not Keeper.objects.filter(department=target).exists()


def test_a_keeper_edits_a_certification_and_it_is_audited(login, alice, profiled):
    cert = profiled.certifications.get()
    url = reverse("enterprises:certification_edit", args=[profiled.pk, cert.pk])
    response = login(alice).post(url, {"kind": "tech_sme", "granted_on": "2026-03-20", "expires_on": "2027-03-19",
                                       "certificate_number": "2026210400A0099", "source": "第二批"})
    assert response.status_code == 302
    cert.refresh_from_db()
    assert cert.certificate_number == "2026210400A0099"
    entry = AuditEntry.objects.get(action="update", object_id=str(cert.pk))
    assert entry.before["certificate_number"] == "2026210400A0001"


def test_a_certification_expiring_before_its_grant_is_refused(login, alice, profiled):
    cert = profiled.certifications.get()
    url = reverse("enterprises:certification_edit", args=[profiled.pk, cert.pk])
    response = login(alice).post(url, {"kind": "tech_sme", "granted_on": "2026-03-20", "expires_on": "2025-01-01"})
    assert response.status_code == 200 and "有效期至" in response.content.decode()
    assert profiled.certifications.get().expires_on == datetime.date(2027, 3, 19)


def test_a_keeper_deletes_a_certification_and_it_is_audited(login, alice, profiled):
    cert = profiled.certifications.get()
    response = login(alice).post(reverse("enterprises:certification_delete", args=[profiled.pk, cert.pk]))
    assert response.status_code == 302 and not Certification.objects.filter(pk=cert.pk).exists()
    entry = AuditEntry.objects.get(action="delete", object_id=str(cert.pk))
    assert entry.before["certificate_number"] == "2026210400A0001"


def test_a_non_keeper_and_an_outsider_cannot_edit_or_delete_certifications(login, bob, mallory, profiled):
    cert = profiled.certifications.get()
    edit = reverse("enterprises:certification_edit", args=[profiled.pk, cert.pk])
    delete = reverse("enterprises:certification_delete", args=[profiled.pk, cert.pk])
    assert login(bob).get(edit).status_code == 403
    assert login(bob).post(delete).status_code == 403
    assert login(mallory).get(edit).status_code == 404
    assert login(mallory).post(delete).status_code == 404
    assert login(bob).get(delete).status_code == 405
    assert Certification.objects.filter(pk=cert.pk).exists()
