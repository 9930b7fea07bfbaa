"""/api/docs and /api/openapi.json: signed-in users only, and every asset of the page is our own static file."""
import re

import pytest
from django.contrib.staticfiles import finders

from actiondesk.core.scoping import SYSTEM
from actiondesk.core.services import token_create

pytestmark = pytest.mark.django_db

ASSET = re.compile(r'(?:src|href)="([^"]+)"')


def test_anonymous_visitors_are_sent_to_the_login_page_and_refused_the_schema(client):
    docs = client.get("/api/docs")
    assert docs.status_code == 302 and docs["Location"].startswith("/login/?next=/api/docs")
    schema = client.get("/api/openapi.json")
    assert schema.status_code == 401 and schema.json() == {"detail": "未登录或令牌无效", "errors": []}


def test_a_wrong_token_does_not_open_the_schema(client):
    assert client.get("/api/openapi.json", HTTP_AUTHORIZATION="Bearer nope").status_code == 401


def test_a_token_reads_the_schema(client, alice):
    _token, key = token_create(user=alice, name="script", acting_user=SYSTEM)
    response = client.get("/api/openapi.json", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200 and "/api/projects/" in response.json()["paths"]


def test_an_outsider_without_a_zone_is_refused_the_docs(client, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="stranger", password="pw-test-2026"))
    assert client.get("/api/docs").status_code == 403


def test_the_docs_page_loads_only_local_assets_that_exist(login, alice):
    html = login(alice).get("/api/docs").content.decode()
    assets = ASSET.findall(html)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets) and any(a.endswith("swagger-ui.css") for a in assets)
    assert not re.search(r"(?:https?:)?//", html), "the docs page names an external URL"
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert finders.find(asset.removeprefix("/static/")), f"{asset} is missing: run make setup"
    # Swagger UI must not send the schema to validator.swagger.io either.
    assert '"validatorUrl": null' in html
