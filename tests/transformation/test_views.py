"""Pages and API of the transformation pool: its keepers edit, other departments read, an outsider sees nothing."""
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document

from actiondesk.core.scoping import SYSTEM
from actiondesk.transformation import services
from actiondesk.transformation.choices import FactoryLevel
from actiondesk.transformation.models import Diagnosis, FactoryRating, SceneGuide, TransformationProject
from tests.transformation.helpers import D, diagnose, enterprise, rate

pytestmark = pytest.mark.django_db


@pytest.fixture
def firm(zone, departments):
    firm = enterprise(zone, 1, name="美托科技", entered=D(2020, 1, 1))
    diagnose(firm, D(2026, 3, 1))
    rate(firm, FactoryLevel.BASIC, D(2026, 4, 1))
    TransformationProject.objects.create(enterprise=firm, name="设备联网改造")
    return firm


def _pages(firm):
    project = firm.transformation_projects.get()
    return [reverse("transformation:pool"), reverse("transformation:coverage"), reverse("transformation:project_list"),
            reverse("transformation:case_list"), reverse("transformation:solution_list"),
            reverse("transformation:guide_list"), reverse("enterprises:enterprise_detail", args=[firm.pk]),
            f"{reverse('transformation:pool')}?smart_level=basic&diagnosed=yes", reverse("transformation:project_edit",
                                                                                          args=[project.pk])]


def test_another_department_reads_every_page_but_gets_no_edit_link_and_is_refused_edits(firm, login, bob):
    client = login(bob)
    for url in _pages(firm)[:-1]:
        response = client.get(url)
        assert response.status_code == 200, url
    profile = client.get(reverse("enterprises:enterprise_detail", args=[firm.pk])).content.decode()
    assert "设备联网改造" in profile and "记录评估诊断" not in profile
    for name in ("enterprise_diagnosis_add", "enterprise_rating_add", "enterprise_project_add"):
        assert client.get(reverse(f"transformation:{name}", args=[firm.pk])).status_code == 403
    assert client.get(_pages(firm)[-1]).status_code == 403
    response = client.post(reverse("transformation:enterprise_diagnosis_add", args=[firm.pk]),
                           {"diagnosed_on": "2026-05-01", "method": "self", "level_overall": 2})
    assert response.status_code == 403 and Diagnosis.objects.count() == 1


def test_innovation_records_a_diagnosis_and_a_rating_from_the_profile(firm, login, alice):
    client = login(alice)
    assert "记录评估诊断" in client.get(reverse("enterprises:enterprise_detail", args=[firm.pk])).content.decode()
    response = client.post(reverse("transformation:enterprise_diagnosis_add", args=[firm.pk]),
                           {"diagnosed_on": "2026-05-01", "method": "on_site", "level_overall": 2, "level_personnel": 3})
    assert response.status_code == 302
    response = client.post(reverse("transformation:enterprise_rating_add", args=[firm.pk]),
                           {"kind": "green", "level": "basic", "stage": "recognised", "recognised_on": "2026-06-01"})
    assert response.status_code == 400 and "该类别没有这个等级" in response.content.decode()
    response = client.post(reverse("transformation:enterprise_rating_add", args=[firm.pk]),
                           {"kind": "green", "level": "provincial", "stage": "recognised", "recognised_on": "2026-06-01"})
    assert response.status_code == 302
    assert Diagnosis.objects.count() == 2 and FactoryRating.objects.filter(kind="green").count() == 1


def test_an_outsider_sees_none_of_the_zones_records(firm, login, mallory):
    client = login(mallory)
    assert firm.name not in client.get(reverse("transformation:pool")).content.decode()
    assert client.get(reverse("transformation:enterprise_diagnosis_add", args=[firm.pk])).status_code == 404
    project = firm.transformation_projects.get()
    assert client.get(reverse("transformation:project_edit", args=[project.pk])).status_code == 404
    rating = firm.factory_ratings.get()
    assert client.get(reverse("transformation:rating_edit", args=[rating.pk])).status_code == 404
    assert client.get(f"/api/transformation/enterprises/{firm.pk}").status_code == 404
    assert client.get("/api/transformation/pool").json() == []
    response = client.post(f"/api/transformation/enterprises/{firm.pk}/diagnoses", {
        "diagnosed_on": "2026-05-01", "method": "self", "level_overall": 2}, content_type="application/json")
    assert response.status_code == 404 and Diagnosis.objects.count() == 1


def test_the_api_lists_the_pool_with_the_pages_filters_and_only_keepers_write(firm, login, alice, bob):
    rows = login(bob).get("/api/transformation/pool", {"smart_level": "basic"}).json()
    assert [(r["name"], r["smart_level"], r["maturity"]) for r in rows] == [("美托科技", "basic", 3)]
    assert login(bob).get("/api/transformation/pool", {"smart_level": "pilot"}).json() == []
    assert login(bob).get("/api/transformation/pool", {"smart_level": "municipal"}).status_code == 422
    body = {"diagnosed_on": "2026-05-01", "method": "self", "level_overall": 2}
    url = f"/api/transformation/enterprises/{firm.pk}/diagnoses"
    assert login(bob).post(url, body, content_type="application/json").status_code == 403
    assert login(alice).post(url, {**body, "level_overall": 6}, content_type="application/json").status_code == 422
    assert login(alice).post(url, body, content_type="application/json").status_code == 201
    record = login(bob).get(f"/api/transformation/enterprises/{firm.pk}").json()
    assert len(record["diagnoses"]) == 2 and record["ratings"][0]["level"] == "basic"
    response = login(alice).post(f"/api/transformation/enterprises/{firm.pk}/ratings", {
        "kind": "smart", "level": "national", "stage": "recognised", "recognised_on": "2026-06-01"},
        content_type="application/json")
    assert response.status_code == 422


def test_an_admin_names_other_keepers_and_innovation_then_only_reads(firm, zone, login, admin, alice, bob,
                                                                     departments):
    response = login(admin).post(reverse("org:keepers"), {
        "area": "transformation.pool", "departments": [departments["发展改革局"].pk]})
    assert response.status_code == 302
    assert login(alice).get(reverse("transformation:enterprise_diagnosis_add", args=[firm.pk])).status_code == 403
    assert login(bob).get(reverse("transformation:enterprise_diagnosis_add", args=[firm.pk])).status_code == 200
    assert login(alice).get(reverse("transformation:settings")).status_code == 403


def test_the_pool_export_follows_the_filters_and_the_scene_guide_exports_as_word(firm, zone, login, bob, alice):
    enterprise(zone, 2, name="未诊断企业", entered=D(2020, 1, 1))
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(login(bob).get(reverse("transformation:pool"),
                                                   {"export": "xlsx", "diagnosed": "no"}).content))
    names = [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert names == ["未诊断企业"]
    assert login(bob).get(reverse("transformation:pool"), {"export": "xlsx", "diagnosed": "x"}).status_code == 400
    services.solution_save(zone=zone, acting_user=alice, name="轻量MES", industry="equipment", category="software",
                           vendor="东软", reference_price=45)
    services.guide_save(zone=zone, industry="equipment", acting_user=alice, introduction="装备制造",
                        scenes="设备联网：采集数据\n智能排产", solutions=list(zone.transformation_solutions.all()))
    assert login(bob).get(reverse("transformation:guide_edit", args=["equipment"])).status_code == 403
    response = login(bob).get(reverse("transformation:guide_list"), {"export": "docx"})
    document = Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "高端装备" in text and "设备联网：采集数据" in text and "智能排产" in text
    assert document.tables[0].rows[1].cells[0].text == "轻量MES"


def test_a_scene_guide_edit_over_someone_elses_is_refused(zone, alice, departments):
    guide = services.guide_save(zone=zone, industry="health", acting_user=alice, scenes="电子批记录")
    services.guide_save(zone=zone, industry="health", acting_user=SYSTEM, expected_version=guide.version,
                        scenes="电子批记录\nUDI追溯")
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.guide_save(zone=zone, industry="health", acting_user=alice, expected_version=guide.version,
                            scenes="覆盖")
    assert SceneGuide.objects.get().scenes == "电子批记录\nUDI追溯"


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("报告.png", b"\x89PNG\r\n\x1a\n", "仅限 PDF、DOCX 文件"),  # an attachment elsewhere, not a report
    ("报告.docx", b"%PDF-1.4", "文件内容与扩展名“.docx”不符"),
])
def test_a_diagnosis_report_goes_through_cores_attachment_checks_narrowed_to_pdf_and_word(firm, alice, name, content,
                                                                                          reason):
    with pytest.raises(ValidationError, match=reason):
        services.diagnosis_create(enterprise=firm, acting_user=alice, diagnosed_on=D(2026, 5, 1),
                                  method="on_site", level_overall=3, report=SimpleUploadedFile(name, content))


def test_a_diagnosis_report_over_20_mb_is_refused(firm, alice, monkeypatch):
    monkeypatch.setattr(services, "MAX_REPORT_BYTES", 4)
    with pytest.raises(ValidationError, match="文件超过"):
        services.diagnosis_create(enterprise=firm, acting_user=alice, diagnosed_on=D(2026, 5, 1),
                                  method="on_site", level_overall=3,
                                  report=SimpleUploadedFile("a.pdf", b"%PDF-1.4"))


def test_a_diagnosis_report_is_checked_on_upload_and_read_by_the_zone_only(firm, login, alice, bob, mallory, settings,
                                                                           tmp_path):
    settings.MEDIA_ROOT = tmp_path
    url = reverse("transformation:enterprise_diagnosis_add", args=[firm.pk])
    form = {"diagnosed_on": "2026-05-01", "method": "on_site", "level_overall": 3}
    fake = SimpleUploadedFile("报告.pdf", b"MZ not a pdf", content_type="application/pdf")
    response = login(alice).post(url, {**form, "report": fake})
    assert response.status_code == 400 and "文件内容与扩展名“.pdf”不符" in response.content.decode()
    report = SimpleUploadedFile("诊断报告.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    assert login(alice).post(url, {**form, "report": report}).status_code == 302
    diagnosis = Diagnosis.objects.exclude(report="").get()
    download = reverse("transformation:diagnosis_report", args=[diagnosis.pk])
    response = login(bob).get(download)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF-")
    assert login(mallory).get(download).status_code == 404
