"""An enterprise contact reaches the portal and nothing of the government side (issue 16 item 5).

Generated over every page URL pattern (Django's resolver, exports included with ``?export=xlsx``) and every API
operation (the OpenAPI schema, with a session and with an API token): a contact is refused everywhere but the
portal and the account pages every user has; and the scoping helper shows a contact no row of any model that does
not tie its rows to the contact's own enterprise. New routes and models are covered without editing this file.
"""
import re

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from actiondesk.core.portal import COMMON_PREFIXES
from actiondesk.core.scoping import SYSTEM, editable, visible
from actiondesk.core.services import token_create

pytestmark = pytest.mark.django_db
PORTAL = ("/demands/portal/", "/api/demands/portal/")


def _pages(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        regex = prefix + entry.pattern.regex.pattern.lstrip("^")
        if isinstance(entry, URLResolver):
            if regex.startswith("api/"):
                continue
            yield from _pages(entry, regex.rstrip("$").removesuffix("\\Z"))
        elif isinstance(entry, URLPattern):
            url = re.sub(r"\(\?P<\w+>[^)]*(?:\([^)]*\))?[^)]*\)", "1", regex.rstrip("$").removesuffix("\\Z"))
            yield "/" + url.replace("\\", ""), entry.name


def _api_operations():
    from actiondesk.api import api

    schema = api.get_openapi_schema(path_prefix="/api/")
    for path, operations in schema["paths"].items():
        for method in operations:
            yield method, re.sub(r"\{\w+\}", "1", path)


@pytest.fixture
def contact_client(contact, enterprise, make_demand):
    make_demand()  # the contact's own demand exists (id 1 or not, the fence does not look)
    client = Client(raise_request_exception=False)
    client.force_login(contact)
    return client


def test_an_enterprise_contact_is_refused_on_every_government_page_and_export(contact_client):
    reached, checked = [], 0
    for url, name in _pages():
        if url.startswith(PORTAL + COMMON_PREFIXES) or name == "logout":
            continue
        for method, params in (("get", {}), ("get", {"export": "xlsx"}), ("post", {"name": "x"})):
            response = getattr(contact_client, method)(url, params)
            checked += 1
            if url == "/" and response.status_code == 302:
                assert response["Location"] == "/demands/portal/"
            elif response.status_code != 403:
                reached.append(f"{method.upper()} {url} ({name}) → {response.status_code}")
    assert checked > 300
    assert reached == []


def test_an_enterprise_contact_is_refused_on_every_government_api_route_with_a_session_or_a_token(
        contact, contact_client):
    token = token_create(user=contact, name="脚本", acting_user=SYSTEM)[1]
    bearer = Client(raise_request_exception=False)
    reached, checked = [], 0
    for method, path in _api_operations():
        if path.startswith(PORTAL):
            continue
        for client, headers in ((contact_client, {}), (bearer, {"HTTP_AUTHORIZATION": f"Bearer {token}"})):
            response = client.generic(method.upper(), path, "{}", content_type="application/json", **headers)
            checked += 1
            if response.status_code != 403 or set(response.json()) != {"detail", "errors"}:
                reached.append(f"{method.upper()} {path} → {response.status_code}")
    for path in ("/api/docs", "/api/openapi.json"):
        assert contact_client.get(path).status_code == 403
    assert checked > 80
    assert reached == []


def test_the_contact_reaches_the_portal_and_its_api(contact_client):
    assert contact_client.get("/demands/portal/").status_code == 200
    assert contact_client.get("/api/demands/portal/demands").status_code == 200


def test_the_scoping_helper_shows_a_contact_no_row_of_a_model_that_does_not_name_its_enterprise(
        contact, zone_objects_for_fence):
    leaked = []
    for model in apps.get_models():
        if getattr(model, "scope_zone", None) is None:
            continue
        qs = model._default_manager.all()
        if getattr(model, "scope_enterprise_user", None) is None and visible(qs, contact).exists():
            leaked.append(model._meta.label)
        if editable(qs, contact).exists():
            leaked.append(f"{model._meta.label} (editable)")
    assert leaked == []


@pytest.fixture
def zone_objects_for_fence(plan, enterprise, other_enterprise, make_demand, alice, departments):
    from actiondesk.demands import services_registry
    from actiondesk.projects.models import Project

    Project.objects.create(zone=plan.zone, code="P-1", name="项目", lead_department=departments["产业创新局"])
    services_registry.visit_record(enterprise=enterprise, visited_on=make_demand().raised_on, acting_user=SYSTEM)
    make_demand(enterprise=other_enterprise)
    return plan


def test_government_users_are_refused_on_the_portal(login, alice, admin, leader):
    for user in (alice, admin, leader):
        assert login(user).get("/demands/portal/").status_code == 403
        assert login(user).get("/api/demands/portal/demands").status_code == 403
