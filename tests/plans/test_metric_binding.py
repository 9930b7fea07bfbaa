import pytest
from django.urls import reverse

from actiondesk.core.metrics import suggested_metric
from actiondesk.plans.models import Indicator

pytestmark = pytest.mark.django_db


def test_the_longest_matching_hint_wins():
    assert suggested_metric("培育年营收10亿元以上企业1-2户") == "enterprises.revenue_over_1bn"
    assert suggested_metric("年营收亿元以上企业10户") == "enterprises.revenue_over_100m"
    assert suggested_metric("全年签约产业类项目80个") == "projects.signed_industrial_projects"
    assert suggested_metric("推动不少于15项科技成果在示范区实现本地转化") is None


def test_admin_binds_the_plans_indicators_to_suggested_metrics_and_it_is_audited(login, admin, plan):
    response = login(admin).post(reverse("plans:bind_suggested_metrics", args=[plan.pk]))
    assert response.status_code == 302
    signed = Indicator.objects.get(plan=plan, source_text="全年签约产业类项目80个")
    assert signed.metric == "projects.signed_industrial_projects"
    assert Indicator.objects.get(plan=plan, source_text__contains="本地转化").metric == ""
    assert Indicator.objects.filter(plan=plan).exclude(metric="").count() >= 15


def test_department_users_cannot_bind_metrics(login, alice, plan):
    assert login(alice).post(reverse("plans:bind_suggested_metrics", args=[plan.pk])).status_code == 403
    assert not Indicator.objects.filter(plan=plan).exclude(metric="").exists()
