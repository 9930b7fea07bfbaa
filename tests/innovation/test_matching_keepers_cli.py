"""Achievements for a scene demand (page, API, CLI), naming the keepers of the registries and the innovation
commands."""
import datetime
import json

import pytest

from actiondesk.cli import main
from actiondesk.core.keepers import keeper_department_ids
from actiondesk.core.models import AuditEntry, Keeper
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import xlsx_bytes
from actiondesk.innovation import services, spreadsheets
from actiondesk.innovation.models import TechContract

pytestmark = pytest.mark.django_db


@pytest.fixture
def steel_need(zone, departments):
    from actiondesk.innovation import services_scenes

    return services_scenes.scene_create(zone=zone, acting_user=SYSTEM, kind="demand", title="轴承钢纯净度提升",
                                        description="轴承钢氧含量和硫含量偏高，需要提高钢的纯净度", party="沈抚特钢",
                                        industry="materials", department=departments["发展改革局"])


def test_a_scene_demand_lists_the_achievements_that_could_answer_it(client, login, bob, steel_need, achievement):
    login(bob)
    page = client.get(f"/innovation/scenes/{steel_need.pk}/achievements/").content.decode()
    assert f'data-achievement="{achievement.pk}"' in page and "纯净度" in page and "文本相关度" in page
    assert 'id="scene-achievements-link"' in client.get(f"/innovation/scenes/{steel_need.pk}/").content.decode()


def test_the_achievements_page_refuses_an_outsider_and_a_supply(client, login, mallory, bob, scenes, steel_need):
    login(mallory)
    assert client.get(f"/innovation/scenes/{steel_need.pk}/achievements/").status_code == 404
    login(bob)
    assert client.get(f"/innovation/scenes/{scenes[1].pk}/achievements/").status_code == 404


def test_the_achievements_page_takes_a_bounded_number_of_queries(client, login, bob, zone, steel_need,
                                                                 django_assert_max_num_queries):
    for n in range(30):
        services.achievement_create(zone=zone, acting_user=SYSTEM, found_on=datetime.date(2026, 1, 2), code=f"C{n}",
                                    title=f"钢材纯净度成果{n}", institution="东北大学")
    login(bob)
    with django_assert_max_num_queries(12):
        assert client.get(f"/innovation/scenes/{steel_need.pk}/achievements/").status_code == 200


def test_the_api_lists_achievements_for_a_demand_and_refuses_an_outsider(client, login, bob, mallory, scenes,
                                                                         steel_need, achievement):
    login(bob)
    listed = client.get(f"/api/innovation/scenes/{steel_need.pk}/achievements").json()
    assert listed[0]["id"] == achievement.pk and listed[0]["rank"] == 1 and "纯净度" in listed[0]["terms"]
    assert client.get(f"/api/innovation/scenes/{scenes[1].pk}/achievements").status_code == 404
    login(mallory)
    assert client.get(f"/api/innovation/scenes/{steel_need.pk}/achievements").status_code == 404


def test_an_admin_names_the_keeper_departments_and_the_keepers_change(client, login, admin, alice, departments):
    login(admin)
    assert client.get("/innovation/keepers/")["Location"] == "/org/keepers/"  # the old address leads to the one page
    page = client.get("/org/keepers/").content.decode()
    assert 'data-area="innovation.registry"' in page and "默认：产业创新局" in page
    response = client.post("/org/keepers/", {"area": "innovation.registry",
                                             "departments": [departments["投资促进局"].pk]})
    assert response.status_code == 302
    assert keeper_department_ids(alice.membership.zone_id, "innovation.registry") == {departments["投资促进局"].pk}
    assert AuditEntry.objects.filter(content_type__model="keeper").count() == 1
    login(alice)  # 产业创新局 no longer keeps the registries
    assert client.get("/innovation/achievements/new/").status_code == 403


@pytest.mark.parametrize("user", ["alice", "bob", "leader", "supervisor", "mallory"])
def test_the_old_keepers_address_only_leads_to_the_keepers_page_which_refuses_non_admins(client, login, request,
                                                                                       departments, user):
    login(request.getfixturevalue(user))
    assert client.get("/innovation/keepers/", follow=True).status_code == (200 if user == "mallory" else 403)
    client.post("/org/keepers/", {"area": "innovation.registry", "departments": [departments["发展改革局"].pk]})
    assert not Keeper.objects.exists()


def test_the_match_command_prints_supplies_and_achievements_as_json(scenes, achievement, steel_need, capsys):
    assert main(["innovation", "match", str(scenes[0].pk), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["need"]["id"] == scenes[0].pk and answer["supplies"][0]["id"] == scenes[1].pk
    assert main(["innovation", "match", str(steel_need.pk), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["achievements"][0]["id"] == achievement.pk


@pytest.mark.parametrize("argument", ["abc", "0", "99999999", "supply"])
def test_the_match_command_exits_2_with_one_line_on_a_bad_need(scenes, capsys, argument):
    need = str(scenes[1].pk) if argument == "supply" else argument
    assert main(["innovation", "match", need]) == 2
    err = capsys.readouterr().err
    assert err.startswith("actiondesk innovation match:") and err.count("\n") == 1


def _contracts(rows) -> bytes:
    return xlsx_bytes("技术合同登记", spreadsheets.HEADERS, rows)


def test_the_contracts_import_command_imports_a_good_file_with_one_import_entry(zone, tmp_path, capsys):
    path = tmp_path / "合同.xlsx"
    path.write_bytes(_contracts([["2026-1", "开发", "东北大学", "沈抚精工", "技术开发", 50, datetime.date(2026, 5, 1)]]))
    assert main(["innovation", "contracts", "import", str(path), "--zone", zone.name, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "rows": 1, "created": 1, "updated": 0, "unchanged": 0}
    assert AuditEntry.objects.get(action="import").batch["file_name"] == "合同.xlsx"


def test_the_contracts_import_command_exits_2_on_bad_input_and_writes_nothing(zone, tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(_contracts([["2026-1", "开发", "东北大学", "沈抚精工", "技术买卖", 50, datetime.date(2026, 5, 1)]]))
    assert main(["innovation", "contracts", "import", str(bad), "--zone", zone.name]) == 2
    assert "合同类型应为" in capsys.readouterr().err
    assert main(["innovation", "contracts", "import", str(tmp_path / "missing.xlsx"), "--zone", zone.name]) == 2
    text = tmp_path / "a.xlsx"
    text.write_bytes(b"not a workbook")
    assert main(["innovation", "contracts", "import", str(text), "--zone", zone.name]) == 2
    assert main(["innovation", "contracts", "import", str(bad), "--zone", "没有的区"]) == 2
    assert not TechContract.objects.exists()


def test_the_contracts_import_command_exits_1_on_an_internal_error(zone, tmp_path, capsys, monkeypatch):
    path = tmp_path / "合同.xlsx"
    path.write_bytes(_contracts([["2026-1", "开发", "东北大学", "沈抚精工", "技术开发", 50, datetime.date(2026, 5, 1)]]))

    def broken(**_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "contracts_import_save", broken)
    assert main(["innovation", "contracts", "import", str(path), "--zone", zone.name]) == 1
    assert "内部错误" in capsys.readouterr().err


def test_an_edited_achievement_is_ranked_by_its_new_text_not_a_cached_one(zone, steel_need):
    from actiondesk.innovation.selectors import achievements_for_scene

    found = services.achievement_create(zone=zone, acting_user=SYSTEM, found_on=datetime.date(2026, 1, 2),
                                        code="CX", title="光伏组件清洗机器人", institution="东北大学")
    assert found not in [a for a, _s in achievements_for_scene(steel_need)]
    services.achievement_update(achievement=found, acting_user=SYSTEM, title="轴承钢纯净度控制技术")
    assert found in [a for a, _s in achievements_for_scene(steel_need)]
