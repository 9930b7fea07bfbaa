"""The enterprise portal: accounts from the registry or a verified self-registration, own demands only, figures
the zone asks for, the policies that fit."""
import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError

from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import services_portal, services_registry
from actiondesk.demands.choices import RegistrationStatus
from actiondesk.demands.models import PortalRegistration
from actiondesk.enterprises.models import EnterpriseYearFigures

pytestmark = pytest.mark.django_db
D = datetime.date


def _register(zone, **overrides):
    data = {"zone": zone, "credit_code": "91210400MA0000015D", "enterprise_name": "沈抚精密机械有限公司",
            "contact_name": "张经理", "contact_phone": "13800000000", "username": "zhang", "password": "pw-test-2026"}
    return services_portal.registration_submit(**(data | overrides))


def test_a_self_registration_makes_no_account_until_the_zone_verifies_it_against_the_registry(
        client, zone, enterprise, admin):
    registration = _register(zone)
    assert not get_user_model().objects.filter(username="zhang").exists()
    assert client.post("/login/", {"username": "zhang", "password": "pw-test-2026"}).status_code == 200  # refused
    services_portal.registration_decide(registration=registration, approve=True, acting_user=admin)
    user = get_user_model().objects.get(username="zhang")
    assert user.portal_contact.enterprise == enterprise and user.membership.role == "enterprise"
    assert client.post("/login/", {"username": "zhang", "password": "pw-test-2026"}).status_code == 302
    assert client.get("/").url == "/demands/portal/"


def test_a_registration_whose_name_does_not_match_the_registry_cannot_be_approved(zone, enterprise, admin, alice):
    registration = _register(zone, enterprise_name="冒名公司")
    with pytest.raises(PermissionDenied):
        services_portal.registration_decide(registration=registration, approve=True, acting_user=alice)
    with pytest.raises(ValidationError, match="不一致"):
        services_portal.registration_decide(registration=registration, approve=True, acting_user=admin)
    services_portal.registration_decide(registration=registration, approve=False, acting_user=admin)
    assert PortalRegistration.objects.get().status == RegistrationStatus.REJECTED


def test_a_registration_with_an_invalid_credit_code_is_refused_at_once(zone):
    with pytest.raises(ValidationError):
        _register(zone, credit_code="91210400MA0000015E")


def test_the_sign_up_page_works_without_an_account(client, zone):
    assert client.get("/demands/portal/register/").status_code == 200


def test_a_contact_sees_only_its_own_enterprises_demands_on_the_page_and_the_api(
        login, contact, other_contact, make_demand, other_enterprise):
    mine = make_demand(title="我的诉求")
    theirs = make_demand(title="别人的诉求", enterprise=other_enterprise)
    client = login(contact)
    home = client.get("/demands/portal/").content.decode()
    assert "我的诉求" in home and "别人的诉求" not in home
    assert client.get(f"/demands/portal/demands/{theirs.pk}/").status_code == 404
    assert client.get(f"/api/demands/portal/demands/{theirs.pk}").status_code == 404
    assert [d["title"] for d in client.get("/api/demands/portal/demands").json()] == ["我的诉求"]
    assert client.get(f"/demands/portal/demands/{mine.pk}/").status_code == 200


def test_a_contact_answers_the_zones_request_for_figures_into_the_registry(login, contact, enterprise, bob):
    request = services_portal.figure_request_create(enterprise=enterprise, year=2025, due_on=D(2026, 12, 1),
                                                    acting_user=bob)
    response = login(contact).post(f"/demands/portal/figures/{request.pk}/", {"revenue": "12345.6", "tax": "321",
                                                                              "employees": "88"})
    assert response.status_code == 302
    figures = EnterpriseYearFigures.objects.get(enterprise=enterprise, year=2025)
    assert (figures.revenue, figures.tax, figures.employees) == (Decimal("12345.6"), Decimal("321"), 88)
    request.refresh_from_db()
    assert request.answered_on is not None


def test_the_portal_lists_the_policies_that_fit_the_enterprise(login, contact, zone, departments):
    for title, scale in (("工业技改补助", "industry"), ("商贸稳增长奖励", "trade")):
        services_registry.policy_save(zone=zone, title=title, issuer="管委会", department=departments["产业创新局"],
                                      benefit="补助", conditions=[{"field": "scale_status", "op": "in",
                                                                 "value": [scale]}], acting_user=SYSTEM)
    page = login(contact).get("/demands/portal/").content.decode()
    assert "工业技改补助" in page and "商贸稳增长奖励" not in page
    assert [p["title"] for p in login(contact).get("/api/demands/portal/policies").json()] == ["工业技改补助"]
