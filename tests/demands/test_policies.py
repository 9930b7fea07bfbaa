"""Policy conditions as data over the registry: the worked example of matching, and 免申即享 beneficiary lists."""
import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from actiondesk.core.scoping import SYSTEM
from actiondesk.demands import services_registry
from actiondesk.demands.choices import BeneficiaryStatus
from actiondesk.demands.matching import conditions_problem, matches
from actiondesk.demands.selectors import matching_enterprise_ids
from actiondesk.enterprises.models import Certification, Enterprise, EnterpriseYearFigures

D = datetime.date
TODAY = D(2026, 9, 1)
FACTS = {"scale_status": "industry", "industry_section": "C", "park": "智能制造产业园",
         "certifications": {"high_tech"}, "registered_on": D(2020, 5, 1),
         "figures": {2024: {"revenue": 1500, "rnd_expense": 90}, 2025: {"revenue": 2600, "rnd_expense": 130}}}


def test_every_clause_must_hold_and_figures_default_to_the_latest_year():
    conditions = [{"field": "scale_status", "op": "in", "value": ["industry"]},
                  {"field": "certification", "op": "has", "value": "high_tech"},
                  {"field": "revenue", "op": ">=", "value": 2000}]
    assert matches(conditions, FACTS, TODAY)
    assert not matches([*conditions, {"field": "revenue", "op": ">=", "value": 2000, "year": 2024}], FACTS, TODAY)
    assert not matches([{"field": "industry_section", "op": "in", "value": ["I"]}], FACTS, TODAY)
    assert matches([{"field": "years_registered", "op": "<=", "value": 7}], FACTS, TODAY)
    assert not matches([{"field": "years_registered", "op": "<=", "value": 5}], FACTS, TODAY)
    assert matches([], FACTS, TODAY)


def test_malformed_conditions_are_refused_with_the_reason():
    assert conditions_problem([{"field": "revenue", "op": ">=", "value": "lots"}]) == "第1个条件应为比较符加数值"
    assert "未知" in conditions_problem([{"field": "colour", "op": "in", "value": ["red"]}])
    assert conditions_problem({"field": "park"}) == "适用条件应为条件列表"


@pytest.mark.django_db
def test_matching_against_the_registry_uses_current_titles_and_yearly_figures(zone, departments, alice, bob):
    a = Enterprise.objects.create(zone=zone, credit_code="91210400MA00000017", name="甲", scale_status="industry")
    b = Enterprise.objects.create(zone=zone, credit_code="91210400MA00000025", name="乙", scale_status="industry")
    c = Enterprise.objects.create(zone=zone, credit_code="91210400MA00000033", name="丙", scale_status="service")
    Certification.objects.create(enterprise=a, kind="high_tech", granted_on=D(2024, 1, 1), expires_on=D(2026, 12, 31))
    Certification.objects.create(enterprise=b, kind="high_tech", granted_on=D(2022, 1, 1), expires_on=D(2025, 1, 1))
    for e in (a, b, c):
        EnterpriseYearFigures.objects.create(enterprise=e, year=2025, rnd_expense=600)
    policy = services_registry.policy_save(
        zone=zone, title="高企研发奖励", issuer="管委会", department=departments["发展改革局"], benefit="50万元",
        automatic=True, acting_user=bob, conditions=[
            {"field": "scale_status", "op": "in", "value": ["industry"]},
            {"field": "certification", "op": "has", "value": "high_tech"},
            {"field": "rnd_expense", "op": ">=", "value": 500, "year": 2025}])
    assert matching_enterprise_ids(policy, today=TODAY) == {a.pk}  # 乙's title expired, 丙 is not 规上工业
    assert services_registry.beneficiaries_propose(policy=policy, acting_user=bob, today=TODAY) == 1
    assert services_registry.beneficiaries_propose(policy=policy, acting_user=bob, today=TODAY) == 0
    beneficiary = policy.beneficiaries.get()
    with pytest.raises(PermissionDenied):  # another department's policy
        services_registry.beneficiary_decide(beneficiary=beneficiary, confirm=True, acting_user=alice)
    services_registry.beneficiary_decide(beneficiary=beneficiary, confirm=True, acting_user=bob)
    assert policy.beneficiaries.get().status == BeneficiaryStatus.CONFIRMED


@pytest.mark.django_db
def test_a_policy_with_malformed_conditions_is_not_saved(zone, departments):
    with pytest.raises(ValidationError):
        services_registry.policy_save(zone=zone, title="x", issuer="y", department=departments["发展改革局"],
                                      benefit="z", conditions=[{"field": "revenue"}], acting_user=SYSTEM)
