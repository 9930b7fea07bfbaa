import pytest
from django.urls import reverse

from actiondesk.core.metrics import suggested_metric
from actiondesk.core.models import AuditEntry
from actiondesk.plans.models import Indicator

pytestmark = pytest.mark.django_db


def test_the_longest_matching_hint_wins():
    assert suggested_metric("培育年营收10亿元以上企业1-2户") == "enterprises.revenue_over_1bn"
    assert suggested_metric("年营收亿元以上企业10户") == "enterprises.revenue_over_100m"
    assert suggested_metric("全年签约产业类项目80个") == "projects.signed_industrial_projects"
    assert suggested_metric("推动不少于15项科技成果在示范区实现本地转化") == "innovation.locally_converted"
    assert suggested_metric("编制出台人工智能创新发展行动方案") is None


def test_admin_binds_the_plans_indicators_to_suggested_metrics_and_it_is_audited(login, admin, plan):
    response = login(admin).post(reverse("plans:bind_suggested_metrics", args=[plan.pk]))
    assert response.status_code == 302
    bound = dict(Indicator.objects.filter(plan=plan).exclude(metric="").values_list("name", "metric"))
    assert bound == {"签约产业类项目": "projects.signed_industrial_projects", "年度投资": "projects.annual_investment",
                     "技术合同成交额增速": "innovation.tech_contract_growth", "高技术成果": "innovation.high_tech_achievements",
                     "成果路演、对接活动": "innovation.events", "新引育专业化中试服务平台": "innovation.new_pilot_platforms",
                     "规上企业评估诊断覆盖率": "transformation.diagnosis_coverage"}
    entries = AuditEntry.objects.filter(action="update", actor=admin, content_type__model="indicator")
    assert sorted(e.after["metric"] for e in entries) == sorted(bound.values())


def test_department_users_cannot_bind_metrics(login, alice, plan):
    assert login(alice).post(reverse("plans:bind_suggested_metrics", args=[plan.pk])).status_code == 403
    assert not Indicator.objects.filter(plan=plan).exclude(metric="").exists()
