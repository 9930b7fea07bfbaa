"""The 任务分解表 grid carries each row's version: a save from a stale grid is refused with what changed, and
nothing the user typed is lost."""
import datetime
import json

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.plans import services_milestones as services
from actiondesk.plans.models import Milestone

pytestmark = pytest.mark.django_db


@pytest.fixture
def milestone(get_task, departments):
    return services.milestone_create(task=get_task("1"), acting_user=SYSTEM, title="出台中试平台认定办法",
                                     due_date=datetime.date(2026, 6, 30), department=departments["产业创新局"])


def _row(milestone, departments, version, **values):
    data = {f"m-{milestone.pk}-title": milestone.title, f"m-{milestone.pk}-due": "2026-06-30",
            f"m-{milestone.pk}-department": departments["产业创新局"].pk, f"m-{milestone.pk}-version": version}
    data.update({f"m-{milestone.pk}-{k}": v for k, v in values.items()})
    return data


def test_the_grid_renders_each_editable_rows_version(login, alice, milestone):
    page = login(alice).get("/plans/milestones/").content.decode()
    assert f'name="m-{milestone.pk}-version" value="{milestone.version}"' in page


def test_a_stale_grid_save_is_refused_with_the_other_change_and_keeps_what_was_typed(
        login, alice, admin, milestone, departments):
    seen = milestone.version
    login(admin).patch(f"/api/plans/milestones/{milestone.pk}", json.dumps({"progress": "in_progress"}),
                       content_type="application/json", HTTP_IF_MATCH=f'"v{seen}"')
    milestone.refresh_from_db()
    assert milestone.version == seen + 1 and milestone.progress == "in_progress"
    client = login(alice)
    response = client.post("/plans/milestones/", _row(milestone, departments, seen, progress="done",
                                                       completed_on="2026-06-01",
                                                       evidence_note="认定办法已印发"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "已被他人修改" in page and "本次未保存任何内容" in page and "推进中" in page
    assert 'value="认定办法已印发"' in page  # what alice typed is still in the grid
    assert f'name="m-{milestone.pk}-version" value="{seen + 1}"' in page
    milestone.refresh_from_db()
    assert milestone.progress == "in_progress" and milestone.evidence_note == ""
    # saving again from the refreshed grid is a deliberate overwrite
    response = client.post("/plans/milestones/", _row(milestone, departments, seen + 1, progress="done",
                                                       completed_on="2026-06-01",
                                                       evidence_note="认定办法已印发"))
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert milestone.progress == "done" and milestone.version == seen + 2


def test_a_current_grid_save_passes_and_a_save_without_a_version_is_not_checked(login, alice, milestone,
                                                                                departments):
    client = login(alice)
    assert client.post("/plans/milestones/", _row(milestone, departments, milestone.version,
                                                  progress="in_progress")).status_code == 302
    assert client.post("/plans/milestones/", _row(milestone, departments, "", progress="done",
                                                  completed_on="2026-06-01")).status_code == 302
    assert Milestone.objects.get(pk=milestone.pk).progress == "done"


def test_a_garbled_version_is_refused_and_nothing_is_written(login, alice, milestone, departments):
    response = login(alice).post("/plans/milestones/", _row(milestone, departments, "v9x", progress="done"))
    assert response.status_code == 400
    assert Milestone.objects.get(pk=milestone.pk).progress == "not_started"


def test_an_outsider_cannot_save_the_grid(login, mallory, milestone, departments):
    response = login(mallory).post("/plans/milestones/", _row(milestone, departments, milestone.version,
                                                              title="改掉"))
    assert response.status_code in (400, 403, 404)
    assert Milestone.objects.get(pk=milestone.pk).title == "出台中试平台认定办法"
