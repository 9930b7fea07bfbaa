import pytest
from django.urls import reverse

from actiondesk.core.models import AuditEntry, Keeper
from actiondesk.enterprises.models import Criterion, Enterprise, PolicyNote
from actiondesk.parks.models import Park
from tests.enterprises.sheets import row, write_xlsx

pytestmark = pytest.mark.django_db


def detail_url(enterprise, on="2026-06-01"):
    return reverse("enterprises:enterprise_detail", args=[enterprise.pk]) + f"?on={on}"


def test_every_department_reads_the_list(login, bob, profiled):
    body = login(bob).get(reverse("enterprises:enterprise_list")).content.decode()
    assert profiled.name in body and "导入Excel" not in body


def test_the_list_runs_a_bounded_number_of_queries(login, bob, profiled, django_assert_max_num_queries):
    client = login(bob)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("enterprises:enterprise_list") + "?park=生命健康产业园").status_code == 200


def test_the_list_filters_by_held_certification(login, alice, profiled, zone):
    Enterprise.objects.create(zone=zone, credit_code=row(8)[0], name="无资质企业")
    body = login(alice).get(reverse("enterprises:enterprise_list") + "?kind=tech_sme").content.decode()
    assert profiled.name in body and "无资质企业" not in body


def test_the_profile_shows_the_ladder_position_and_the_gaps(login, bob, profiled):
    body = login(bob).get(detail_url(profiled)).content.decode()
    assert "科技型中小企业" in body and "已认定" in body
    assert "研发费用占营收（5000万–2亿） 3.1%，需 ≥ 4%" in body
    assert "未核实" in body  # the 雏鹰 criteria are flagged (in Chinese, never the raw grade)
    assert "edit-enterprise" not in body


def test_the_profile_runs_a_bounded_number_of_queries(login, bob, profiled, django_assert_max_num_queries):
    client = login(bob)
    client.get(detail_url(profiled))  # loads the default ladders once
    with django_assert_max_num_queries(15 + 3 + 3):  # + the 数智绿色转型 panel (diagnoses, ratings, projects) and the 金融+ panel (fund investments, loans, listing ladder)
        client.get(detail_url(profiled))


def test_a_department_that_does_not_keep_the_pool_cannot_edit(login, bob, profiled):
    client = login(bob)
    assert client.get(reverse("enterprises:enterprise_edit", args=[profiled.pk])).status_code == 403
    response = client.patch(f"/api/enterprises/{profiled.pk}", {"name": "改名"}, content_type="application/json")
    assert response.status_code == 403
    assert client.get(reverse("enterprises:import_upload")).status_code == 403


def test_a_pool_keeper_edits_and_the_change_is_audited(login, alice, profiled, zone):
    moved_to = Park.objects.create(zone=zone, name="智能制造产业园")
    response = login(alice).patch(f"/api/enterprises/{profiled.pk}", {"park": "智能制造产业园"},
                                  content_type="application/json")
    assert response.status_code == 200 and response.json()["park"] == "智能制造产业园"
    entry = AuditEntry.objects.get(action="update", object_id=str(profiled.pk))
    assert entry.actor == alice and entry.before == {"park_id": profiled.park_id}
    assert Enterprise.objects.get(pk=profiled.pk).park == moved_to


def test_the_keepers_can_be_configured_per_zone(login, bob, profiled, zone, departments):
    Keeper.objects.create(zone=zone, area="enterprises.pool", department=departments["发展改革局"])
    assert login(bob).get(reverse("enterprises:enterprise_edit", args=[profiled.pk])).status_code == 200


def test_a_bad_credit_code_is_refused_naming_the_check(login, alice, profiled):
    response = login(alice).patch(f"/api/enterprises/{profiled.pk}", {"credit_code": "91440300192317458G"},
                                  content_type="application/json")
    assert response.status_code == 422 and "校验码错误" in response.json()["detail"]


def test_an_outsider_cannot_see_the_profile(login, mallory, profiled):
    assert login(mallory).get(detail_url(profiled)).status_code == 404
    assert login(mallory).get(f"/api/enterprises/{profiled.pk}").status_code == 404


def test_a_policy_note_is_edited_by_its_owner_department_only(login, alice, bob, profiled, departments):
    note = PolicyNote.objects.create(enterprise=profiled, need="人才公寓", owner_department=departments["发展改革局"])
    url = reverse("enterprises:note_edit", args=[profiled.pk, note.pk])
    assert login(alice).get(url).status_code == 403
    response = login(bob).post(url, {"need": "人才公寓", "measure": "协调园区公寓", "status": "in_progress",
                                     "owner_department": departments["发展改革局"].pk, "due_on": "2026-12-31"})
    assert response.status_code == 302
    note.refresh_from_db()
    assert note.status == "in_progress"


def test_the_leader_sees_the_enterprises_assigned_to_them(login, leader, admin, profiled):
    assert profiled.name in login(leader).get(reverse("enterprises:my_enterprises")).content.decode()
    assert profiled.name not in login(admin).get(reverse("enterprises:my_enterprises")).content.decode()


def test_the_web_upload_reports_bad_rows_and_writes_nothing(login, alice, zone, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [row(1, credit_code="9144030010001686XB"), row(2, revenue=-1)])
    with path.open("rb") as handle:
        response = login(alice).post(reverse("enterprises:import_upload"), {"file": handle}, follow=True)
    body = response.content.decode()
    assert response.status_code == 200 and "2 处错误" in body and "校验码错误" in body
    assert not Enterprise.objects.exists()


def test_the_web_upload_imports_a_good_file(login, alice, zone, tmp_path):
    path = write_xlsx(tmp_path / "good.xlsx", [row(1), row(2)])
    with path.open("rb") as handle:
        response = login(alice).post(reverse("enterprises:import_upload"), {"file": handle}, follow=True)
    assert response.status_code == 200 and "新增 2 家" in response.content.decode()


def test_the_export_uses_the_list_filters(login, bob, profiled, zone):
    import io

    from python_calamine import CalamineWorkbook

    Enterprise.objects.create(zone=zone, credit_code=row(9)[0], name="别的园区企业",
                              park=Park.objects.create(zone=zone, name="联东U谷"))
    response = login(bob).get(reverse("enterprises:export") + "?park=生命健康产业园&year=2025")
    rows = CalamineWorkbook.from_filelike(io.BytesIO(response.content)).get_sheet_by_index(0).to_python()
    assert [r[1] for r in rows[1:]] == [profiled.name] and rows[1][12] == 10000


def test_admins_edit_criteria_and_departments_cannot(login, admin, bob, zone):
    criterion = Criterion.objects.filter(rule_set__rung__kind="specialised_sme", rule_set__version="2026",
                                         label="上年度营业收入").get()
    url = reverse("enterprises:criterion_edit", args=[criterion.pk])
    assert login(bob).get(url).status_code == 403
    data = {"label": criterion.label, "expression": "revenue", "operator": ">=", "threshold": "1600", "unit": "万元",
            "condition": "", "alternative_group": "scale", "evidence": "1", "source": criterion.source}
    assert login(admin).post(url, data | {"expression": "__import__('os')"}).status_code == 200
    assert login(admin).post(url, data).status_code == 302
    criterion.refresh_from_db()
    assert criterion.threshold == 1600


def test_the_ladder_page_flags_unverified_criteria(login, bob, zone):
    body = login(bob).get(reverse("enterprises:ladder_list")).content.decode()
    assert "未核实" in body and "UNVERIFIED" not in body and "工信部企业〔2026〕2号" in body and "2026-04-01" in body


def test_the_candidate_pool_ranks_the_profiled_enterprise_for_high_tech(login, bob, profiled):
    body = login(bob).get(reverse("enterprises:candidates", args=["high_tech"]) + "?on=2026-06-01").content.decode()
    assert profiled.name in body and "需 ≥ 4%" in body


def test_the_api_detail_gives_ladder_gaps(login, bob, profiled):
    data = login(bob).get(f"/api/enterprises/{profiled.pk}?on=2026-06-01").json()
    tech = next(ladder for ladder in data["ladders"] if ladder["code"] == "tech")
    assert tech["held"] == "tech_sme" and tech["next"]["kind"] == "high_tech"
    assert [g["text"] for g in tech["next"]["gaps"]] == ["研发费用占营收（5000万–2亿） 3.1%，需 ≥ 4%"]


def test_the_api_list_uses_the_same_filters(login, bob, profiled, zone):
    Enterprise.objects.create(zone=zone, credit_code=row(9)[0], name="别的园区企业",
                              park=Park.objects.create(zone=zone, name="联东U谷"))
    data = login(bob).get("/api/enterprises/?park=联东U谷").json()
    assert [e["name"] for e in data] == ["别的园区企业"]


def test_the_api_adds_certifications_for_keepers_only(login, alice, bob, profiled):
    payload = {"kind": "high_tech", "level": "national", "granted_on": "2026-11-01", "certificate_number": "GR1"}
    url = f"/api/enterprises/{profiled.pk}/certifications"
    assert login(bob).post(url, payload, content_type="application/json").status_code == 403
    response = login(alice).post(url, payload, content_type="application/json")
    assert response.status_code == 201 and response.json()["expires_on"] == "2029-10-31"
    bad = payload | {"granted_on": "2026-11-01", "expires_on": "2026-01-01"}
    assert login(alice).post(url, bad, content_type="application/json").status_code == 422
