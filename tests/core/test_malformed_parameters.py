"""No URL answers a malformed parameter with a server error (issue 11 item 7).

Generated: every page URL pattern (Django's resolver) and every API operation (the NinjaAPI's OpenAPI schema)
is requested with out-of-range and malformed values in its path converters, its query string and (API writes)
its JSON body, by every role; any 5xx fails. New routes, filters and parameters are covered without editing
this file. API answers in 4xx also have to carry the one error shape (core.api_errors).
"""
import datetime
import itertools
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

import actiondesk
from actiondesk.core.filters import FilterSet
from actiondesk.core.scoping import SYSTEM

pytestmark = pytest.mark.django_db(transaction=True, reset_sequences=True)

# The values that failed in the security test, and their relatives.
BAD_VALUES = ["-5", "-1", "0", "99999999999", "99999", "2026-13", "2026-0", "2026-09-99",
              "99999999999999999999", "abc", "1e400", "NaN", "", "\x00", "x" * 3000]
# Path segments: each converter takes the candidates its regex matches (id 1 exists: reset_sequences).
PATH_VALUES = ["1", "99999999999999999999", "2026-13", "2026-00", "2026-06", "docx", "xlsx",
               "abc", "specialized_sme", "x" * 300]
REAL = {"1", "2026-06", "docx", "xlsx", "specialized_sme"}
ROLES = ["admin", "leader", "supervisor", "department", "outsider", "anonymous", "enterprise"]


def _page_patterns(resolver=None, prefix=""):
    """(route regex, url name) of every page pattern; the API's own patterns are walked through OpenAPI."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        regex = prefix + entry.pattern.regex.pattern.lstrip("^")
        if isinstance(entry, URLResolver):
            if regex.startswith("api/") or regex.startswith("admin/"):
                continue
            yield from _page_patterns(entry, regex.rstrip("$").removesuffix("\\Z"))
        elif isinstance(entry, URLPattern):
            yield regex.rstrip("$").removesuffix("\\Z"), entry.name


def _fill(regex: str) -> list[tuple[str, bool]]:
    """(URL, whether every path value is a real one) for ``regex``: each named group takes the candidates its
    converter matches; combinations with more than one bad value are left out."""
    groups = list(re.finditer(r"\(\?P<(\w+)>([^)]*(?:\([^)]*\))?[^)]*)\)", regex))
    options = [[v for v in PATH_VALUES if re.fullmatch(g.group(2), v)] for g in groups]
    urls = []
    for combination in itertools.product(*options):
        if len(set(combination) - REAL) > 1:
            continue
        url, last = "", 0
        for group, value in zip(groups, combination, strict=True):
            url += regex[last:group.start()] + value
            last = group.end()
        urls.append((("/" + url + regex[last:]).replace("\\", ""), set(combination) <= REAL))
    return urls


def _page_parameter_names() -> set[str]:
    """Every parameter a page reads: request.GET/POST lookups in the code and every FilterSet's filters."""
    names = set()
    for source in Path(actiondesk.__file__).parent.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        names |= set(re.findall(r"""(?:GET|POST|data)\.get\(\s*["'](\w+)["']""", text))
        names |= set(re.findall(r"""int_param\([^,]+,\s*["'](\w+)["']""", text))
    for filterset in _subclasses(FilterSet):
        names |= set(filterset.base_filters)
    return names


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _api_operations(schema: dict):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            yield path, method, operation


def _body_fields(schema: dict, operation: dict) -> list[str]:
    content = operation.get("requestBody", {}).get("content", {})
    body = content.get("application/json", {}).get("schema", {})
    ref = body.get("$ref", "").rsplit("/", 1)[-1]
    return list(schema["components"]["schemas"].get(ref, {}).get("properties", {})) if ref else []


@pytest.fixture
def small_zone(gold_reading):
    """A zone with one of each thing a URL can point at (ids start at 1: reset_sequences)."""
    from actiondesk.chains.models import Chain, ChainSegment, InvestmentTarget, SegmentEnterprise
    from actiondesk.demands.services_portal import contact_create
    from actiondesk.enterprises.models import Certification, Enterprise, PolicyNote
    from actiondesk.enterprises.services import ladders_load_defaults
    from actiondesk.org.models import Department
    from actiondesk.org.services import user_create, zone_get_or_create
    from actiondesk.parks.models import Park
    from actiondesk.plans.services import plan_import_reading
    from actiondesk.projects.models import FactorNeed, Project, ProjectProblem
    from actiondesk.supervision.periods import periods_ensure
    from actiondesk.supervision.services import report_open, report_save

    zone = zone_get_or_create(name="测试区")
    other = zone_get_or_create(name="另一个开发区")
    tasks = gold_reading["tasks"][:3]
    numbers = {t["number"] for t in tasks}
    reading = {**gold_reading, "tasks": tasks, "programmes": gold_reading["programmes"][:1],
               "targets": [t for t in gold_reading["targets"] if t.get("task") in numbers][:6],
               "goals": gold_reading["goals"][:1]}
    plan = plan_import_reading(zone=zone, reading=reading, source_text="", source_name="small.txt", acting_user=SYSTEM).plan
    department = Department.objects.filter(zone=zone, name=tasks[0]["lead"][0]).first()
    users = {"admin": user_create(zone=zone, username="z-admin", password="pw-test-2026", role="admin", acting_user=SYSTEM),
             "leader": user_create(zone=zone, username="z-leader", password="pw-test-2026", role="leader", acting_user=SYSTEM),
             "supervisor": user_create(zone=zone, username="z-super", password="pw-test-2026", role="supervisor", acting_user=SYSTEM),
             "department": user_create(zone=zone, username="z-dept", password="pw-test-2026", role="department",
                                       department=department, acting_user=SYSTEM),
             "outsider": user_create(zone=other, username="z-out", password="pw-test-2026", role="admin", acting_user=SYSTEM)}
    ladders_load_defaults(zone_id=zone.pk, acting_user=SYSTEM)
    period = periods_ensure(plan=plan, acting_user=users["admin"])[0]
    report = report_open(period=period, acting_user=users["department"])
    report_save(report=report, acting_user=users["department"], values={}, notes={})
    enterprise = Enterprise.objects.create(zone=zone, credit_code="91210100MA0000001X", name="测试企业",
                                           park=Park.objects.create(zone=zone, name="生命健康产业园"),
                                           leader=users["leader"])
    Certification.objects.create(enterprise=enterprise, kind="specialized_sme", granted_on=datetime.date(2025, 1, 1))
    users["enterprise"] = contact_create(enterprise=enterprise, username="z-qiye", password="pw-test-2026",
                                         acting_user=SYSTEM).user
    PolicyNote.objects.create(enterprise=enterprise, need="用地", owner_department=department)
    chain = Chain.objects.create(zone=zone, name="测试链", department=department)
    segment = ChainSegment.objects.create(chain=chain, position="upstream", name="上游")
    SegmentEnterprise.objects.create(segment=segment, enterprise=enterprise)
    InvestmentTarget.objects.create(segment=segment, company_name="目标企业")
    project = Project.objects.create(zone=zone, code="P-1", name="测试项目", lead_department=department,
                                     total_investment=100)
    ProjectProblem.objects.create(project=project, description="问题", raised_on=datetime.date(2026, 3, 1))
    FactorNeed.objects.create(project=project, kind="land", department=department,
                              planned_on=datetime.date(2026, 6, 1))
    return users


def _clients(users) -> dict:
    clients = {"anonymous": Client(raise_request_exception=False)}
    for role, user in users.items():
        clients[role] = Client(raise_request_exception=False)
        clients[role].force_login(user)
    return clients


def _check(response, label, failures, api=False):
    if response.status_code >= 500:
        failures.append(f"{response.status_code} {label}")
    elif api and response.status_code >= 400 and response.get("Content-Type", "").startswith("application/json"):
        body = response.json()
        if set(body) != {"detail", "errors"} or not isinstance(body["detail"], str):
            failures.append(f"error shape {response.status_code} {label}: {body}")


def test_no_url_answers_a_malformed_parameter_with_a_server_error(small_zone):
    from actiondesk.api import api

    clients = _clients(small_zone)
    failures, requests = [], 0
    names = sorted(_page_parameter_names())
    for n, (regex, name) in enumerate(_page_patterns()):
        if name == "logout":  # would sign the role's client out for the rest of the walk
            continue
        for url, real in _fill(regex):
            for i, value in enumerate(BAD_VALUES if real else BAD_VALUES[::5]):
                role = ROLES[(n + i) % len(ROLES)]
                params = {k: value for k in names} | ({"export": "xlsx"} if i % 2 else {})
                method = "post" if i % 3 == 2 else "get"
                response = getattr(clients[role], method)(url, params)
                requests += 1
                _check(response, f"{method.upper()} {url} ({name}) {value[:20]!r} as {role}", failures)
    schema = api.get_openapi_schema(path_prefix="/api/")
    for n, (path, method, operation) in enumerate(_api_operations(schema)):
        query = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
        body = _body_fields(schema, operation)
        for url, real in _fill(re.sub(r"\{(\w+)\}", r"(?P<\1>[0-9]+)", path.lstrip("/"))):
            for i, value in enumerate(BAD_VALUES if real else BAD_VALUES[::5]):
                role = ROLES[(n + i) % len(ROLES)]
                client = clients[role]
                if method == "get":
                    response = client.get(url, {k: value for k in query})
                else:
                    response = client.generic(method.upper(), url, _json({k: value for k in body}),
                                              content_type="application/json")
                requests += 1
                _check(response, f"{method.upper()} {url} {value[:20]!r} as {role}", failures, api=True)
    assert not failures, f"{len(failures)} of {requests} requests failed:\n" + "\n".join(failures[:60])


def _json(data) -> str:
    import json

    return json.dumps(data, ensure_ascii=False)
