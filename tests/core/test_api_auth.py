import pytest

from actiondesk.cli import main
from actiondesk.core.models import ApiToken, token_digest
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.services import token_create

pytestmark = pytest.mark.django_db


def test_a_bearer_token_authenticates_with_the_same_scoping_as_the_session(client, bob, plan, get_indicator):
    _token, key = token_create(user=bob, name="script", acting_user=SYSTEM)
    response = client.get(f"/api/plans/{plan.pk}/tasks", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200 and [t["number"] for t in response.json()] == ["1", "2"]
    indicator = get_indicator("高技术成果")  # task 1: 产业创新局 leads, bob's 发展改革局 has no part in it
    refused = client.patch(f"/api/plans/indicators/{indicator.pk}", {"target_value": 1},
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert refused.status_code == 403


def test_a_wrong_token_is_refused(client, plan):
    response = client.get(f"/api/plans/{plan.pk}/tasks", HTTP_AUTHORIZATION="Bearer nope")
    assert response.status_code == 401


def test_outsider_token_sees_no_tasks_of_another_zone(client, mallory, plan):
    _token, key = token_create(user=mallory, acting_user=SYSTEM)
    response = client.get(f"/api/plans/{plan.pk}/tasks", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.json() == []


def test_token_create_command_prints_a_token_and_refuses_unknown_users(capsys, alice):
    assert main(["token", "create", "alice"]) == 0
    printed = capsys.readouterr().out.strip()
    assert ApiToken.objects.filter(user=alice, key_hash=token_digest(printed)).exists()
    assert main(["token", "create", "nobody"]) == 2


def test_openapi_docs_are_served_to_signed_in_users(login, alice):
    client = login(alice)
    assert client.get("/api/docs").status_code == 200
    schema = client.get("/api/openapi.json").json()
    assert any(path.startswith("/api/plans/") for path in schema["paths"])
