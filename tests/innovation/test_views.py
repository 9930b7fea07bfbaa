import datetime

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import xlsx_bytes
from actiondesk.innovation import services, services_scenes, spreadsheets
from actiondesk.innovation.models import Docking, SceneItem, TechContract

PAGES = ["/innovation/", "/innovation/achievements/", "/innovation/contracts/", "/innovation/scenes/",
         "/innovation/dockings/", "/innovation/talent/", "/innovation/achievements/export.xlsx",
         "/innovation/contracts/export.xlsx"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_opens_for_staff_and_refuses_an_outsider(client, login, alice, mallory, scenes, achievement, url):
    login(alice)
    assert client.get(url).status_code == 200
    login(mallory)
    assert client.get(url).status_code in (200, 403) and "焊缝" not in client.get(url).content.decode(errors="ignore")


def test_an_outsider_cannot_open_a_scene_or_an_achievement(client, login, mallory, scenes, achievement):
    login(mallory)
    assert client.get(f"/innovation/scenes/{scenes[0].pk}/").status_code == 404
    assert client.get(f"/innovation/achievements/{achievement.pk}/").status_code == 404
    assert client.get(f"/api/innovation/scenes/{scenes[0].pk}/suggestions").status_code == 404


def test_a_scene_page_shows_suggestions_with_terms_and_accepting_makes_a_docking(client, login, bob, scenes):
    demand, vision, _h = scenes
    login(bob)
    page = client.get(f"/innovation/scenes/{demand.pk}/").content.decode()
    assert '<mark class="term">焊缝</mark>' in page and "文本相关度" in page
    response = client.post(f"/innovation/scenes/{demand.pk}/match/{vision.pk}/", {"decision": "accepted"})
    assert response.status_code == 302
    assert Docking.objects.filter(demand=demand, supply=vision).exists()


def test_department_staff_who_do_not_keep_the_library_cannot_decide(client, login, alice, scenes):
    demand, vision, _h = scenes
    login(alice)
    assert client.post(f"/innovation/scenes/{demand.pk}/match/{vision.pk}/", {"decision": "accepted"}).status_code == 403
    assert client.get("/innovation/scenes/new/").status_code == 403


def test_bob_records_a_scene_demand_through_the_form(client, login, bob, departments):
    login(bob)
    response = client.post("/innovation/scenes/new/", {
        "kind": "demand", "title": "冷库叉车替换", "description": "冷库叉车低温掉电", "party": "沈抚冷链",
        "category": "logistics", "industry": "other"})
    assert response.status_code == 302
    assert SceneItem.objects.get(title="冷库叉车替换").department == departments["发展改革局"]


def test_a_stage_going_backwards_is_shown_as_a_form_error(client, login, alice, achievement):
    login(alice)
    response = client.post(f"/innovation/achievements/{achievement.pk}/stage/",
                           {"stage": "concept", "on": "2026-01-01"})
    assert response.status_code == 400 and "不能早于上一阶段" in response.content.decode()


def test_contract_import_through_the_page_runs_as_a_job_and_its_errors_are_listed(client, login, alice, bob):
    good = xlsx_bytes("技术合同登记", spreadsheets.HEADERS,
                      [["2026-9", "开发", "东北大学", "沈抚精工", "技术开发", 50, datetime.date(2026, 5, 1)]])
    bad = xlsx_bytes("技术合同登记", spreadsheets.HEADERS,
                     [["2026-9", "开发", "东北大学", "沈抚精工", "技术买卖", 50, datetime.date(2026, 5, 1)]])
    from django.core.files.uploadedfile import SimpleUploadedFile

    from actiondesk.core.models import Job

    login(bob)
    assert client.post("/innovation/contracts/import/", {"file": SimpleUploadedFile("a.xlsx", good)}).status_code == 403
    login(alice)
    response = client.post("/innovation/contracts/import/", {"file": SimpleUploadedFile("a.xlsx", bad)}, follow=True)
    assert response.redirect_chain[0][0].startswith("/jobs/") and "合同类型应为" in response.content.decode()
    assert not TechContract.objects.exists()
    response = client.post("/innovation/contracts/import/", {"file": SimpleUploadedFile("a.xlsx", good)})
    assert response.status_code == 302 and response.url.startswith("/jobs/")
    job = Job.objects.latest("pk")
    assert job.kind == "innovation.contracts_import" and job.status == "done" and job.result["created"] == 1
    assert TechContract.objects.filter(number="2026-9").exists()
    refused = client.post("/innovation/contracts/import/", {"file": SimpleUploadedFile("a.csv", b"a,b")})
    assert refused.status_code == 400 and "请上传 .xlsx 文件" in refused.content.decode()


def test_the_api_lists_suggestions_and_accepts_one(client, login, bob, mallory, scenes):
    demand, vision, _h = scenes
    login(bob)
    listed = client.get(f"/api/innovation/scenes/{demand.pk}/suggestions").json()
    assert listed[0]["id"] == vision.pk and "焊缝" in listed[0]["terms"]
    answer = client.post(f"/api/innovation/scenes/{demand.pk}/suggestions/{vision.pk}",
                         {"decision": "accepted"}, content_type="application/json")
    assert answer.status_code == 200 and answer.json()["decision"] == "accepted"
    assert client.get("/api/innovation/dockings").json()[0]["supply_id"] == vision.pk
    login(mallory)
    assert client.get("/api/innovation/dockings").json() == []


def test_the_talent_map_shows_gaps_by_chain_and_group(client, login, alice, zone, robot_chain):
    services.talent_record_create(zone=zone, acting_user=SYSTEM, year=2026, chain=robot_chain, group="research",
                                  side="need", headcount=30)
    services.talent_record_create(zone=zone, acting_user=SYSTEM, year=2026, chain=robot_chain, group="research",
                                  side="supply", headcount=12)
    login(alice)
    page = client.get("/innovation/talent/?year=2026").content.decode()
    assert "30 / 12 / <strong>18</strong>" in page and 'id="talent-data"' in page and "<script>" not in page


def test_alice_records_an_achievement_a_platform_and_an_event_through_the_pages(client, login, alice, bob, mallory,
                                                                              enterprises):
    from actiondesk.innovation.models import Achievement, Event, Platform

    login(bob)
    assert client.get("/innovation/achievements/new/").status_code == 403
    login(alice)
    response = client.post("/innovation/achievements/new/", {
        "code": "CG-9", "title": "稀土永磁电机", "institution": "东北大学", "industry": "materials", "trl": 5,
        "expected_value": 900, "invention_patents": 1, "found_on": "2026-03-01"})
    achievement = Achievement.objects.get(code="CG-9")
    assert response.status_code == 302 and achievement.is_high_value
    client.post(f"/innovation/achievements/{achievement.pk}/adopt/", {
        "credit_code": enterprises[0].credit_code, "adopted_on": "2026-05-01", "is_local": "on"})
    assert achievement.adoptions.get().enterprise == enterprises[0]
    assert client.post("/innovation/platforms/new/", {"name": "中试基地", "kind": "pilot", "level": "provincial",
                                                      "host": "东北大学"}).status_code == 302
    assert client.post("/innovation/events/new/", {"title": "成果路演", "kind": "roadshow", "held_on": "2026-05-01",
                                                   "organiser": "产业创新局", "intentions": 2,
                                                   "contracts": 1}).status_code == 302
    assert Platform.objects.count() == 1 and Event.objects.count() == 1
    login(mallory)  # an admin of another zone records in her own zone and never sees this one
    assert client.get(f"/innovation/achievements/{achievement.pk}/").status_code == 404
    assert "稀土永磁电机" not in client.get("/innovation/achievements/").content.decode()
    assert client.post(f"/innovation/achievements/{achievement.pk}/adopt/", {
        "credit_code": enterprises[1].credit_code, "adopted_on": "2026-05-01"}).status_code == 404


def test_the_scene_keeper_moves_a_scene_along_its_states(client, login, bob, alice, scenes):
    demand = scenes[0]
    login(alice)
    assert client.post(f"/innovation/scenes/{demand.pk}/state/", {"state": "published"}).status_code == 403
    login(bob)
    client.post(f"/innovation/scenes/{demand.pk}/state/", {"state": "published"})
    demand.refresh_from_db()
    assert demand.state == "published"


@pytest.mark.parametrize("url", ["/innovation/", "/innovation/achievements/", "/innovation/scenes/",
                                 "/innovation/dockings/", "/innovation/contracts/", "/innovation/talent/"])
def test_list_pages_take_a_bounded_number_of_queries(client, login, bob, zone, departments, url,
                                                     django_assert_max_num_queries):
    for n in range(30):
        services_scenes.scene_create(zone=zone, acting_user=SYSTEM, kind="demand" if n % 2 else "supply", title=f"场景{n}",
                              description="焊缝检测", party="企业", department=departments["发展改革局"])
        services.achievement_create(zone=zone, acting_user=SYSTEM, found_on=datetime.date(2026, 1, 2), code=f"C{n}",
                                    title=f"成果{n}", institution="东北大学")
    login(bob)
    with django_assert_max_num_queries(25):
        assert client.get(url).status_code == 200
