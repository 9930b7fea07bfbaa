"""One error shape in every router: {"detail": "...", "errors": [...]} with 401, 403, 404 and 422."""
import re

import pytest

from actiondesk.api import api

pytestmark = pytest.mark.django_db

SHAPE = {"detail", "errors"}


def _operations_by_router():
    """{router prefix: [(method, path)]} from the OpenAPI schema (each router is mounted at /api/<prefix>)."""
    schema = api.get_openapi_schema(path_prefix="/api/")
    prefixes = [prefix for prefix, _router in api._routers if prefix]
    routers = {prefix: [] for prefix in prefixes}
    for path, operations in schema["paths"].items():
        prefix = next(p for p in prefixes if path.startswith("/api" + p))
        routers[prefix] += [(method, path) for method in operations]
    return routers


def _assert_shape(response, status):
    assert response.status_code == status, (response.request["PATH_INFO"], response.content[:200])
    body = response.json()
    assert set(body) == SHAPE and isinstance(body["detail"], str) and body["detail"]
    assert isinstance(body["errors"], list)
    return body


def test_every_router_answers_errors_in_the_one_shape(client, login, admin):
    routers = _operations_by_router()
    assert set(routers) == {"/org/", "/plans/", "/supervision/", "/enterprises/", "/projects/", "/chains/", "/audit/",
                            "/notifications/", "/orders/", "/innovation/",
                            "/transformation/",
                            "/demands/",
                            "/parks/", "/investment/", "/finance/", "/chainwork/"}
    for prefix, operations in routers.items():
        assert operations, prefix
        for method, path in operations:
            anonymous = client.generic(method.upper(), re.sub(r"\{\w+\}", "1", path))
            _assert_shape(anonymous, 401)
        signed_in, not_found = login(admin), 0
        for method, path in operations:
            if "{" not in path:
                continue
            malformed = signed_in.generic(method.upper(), re.sub(r"\{\w+\}", "abc", path))
            body = _assert_shape(malformed, 422)
            assert body["errors"][0]["loc"][0] == "path"
            missing = signed_in.get(re.sub(r"\{\w+\}", "999999", path)) if method == "get" else None
            if missing is not None and missing.status_code == 404:  # some lists under a plan answer []
                _assert_shape(missing, 404)
                not_found += 1
        assert not_found or not any("{" in path and method == "get" for method, path in operations), prefix
        client.logout()


def test_a_service_validation_error_is_a_422_naming_the_field(login, admin):
    response = login(admin).post("/api/enterprises/", {"credit_code": "123", "name": "测试企业"},
                                 content_type="application/json")
    body = _assert_shape(response, 422)
    assert body["errors"] and all("msg" in e and "loc" in e for e in body["errors"])


def test_a_refusal_is_a_403_in_the_same_shape(login, leader):
    response = login(leader).post("/api/enterprises/", {"name": "测试企业"}, content_type="application/json")
    assert _assert_shape(response, 403)["detail"] == "无权修改企业培育库"


def test_an_out_of_range_parameter_is_a_422_naming_the_parameter(login, admin):
    body = _assert_shape(login(admin).get("/api/enterprises/?limit=-5"), 422)
    assert body["errors"][0]["loc"] == ["query", "limit"] and "limit" in body["detail"]


# Invalid amounts in a body, refused by the schema (a negative amount) or by the service (实缴 > 认缴): (url, body, field)
INVALID_BODIES = [
    ("/api/finance/funds", {"name": "基金", "size": "-1"}, "size"),
    ("/api/finance/funds", {"name": "基金", "size": "100", "committed": "10", "paid_in": "20"}, "paid_in"),
    ("/api/finance/pools", {"name": "资金池", "size": "-100"}, "size"),
    ("/api/finance/events", {"name": "对接会", "held_on": "2026-05-01", "enterprises_attending": -3},
     "enterprises_attending"),
]


@pytest.mark.parametrize(("url", "body", "field"), INVALID_BODIES)
def test_an_invalid_amount_is_a_422_naming_the_field(login, admin, departments, url, body, field):
    body = _assert_shape(login(admin).post(url, body, content_type="application/json"), 422)
    assert field in [e["loc"][-1] for e in body["errors"]] and field in body["detail"]
