import pytest
from django.urls import reverse
pytestmark = pytest.mark.django_db
def test_smoke(login, supervisor, alice, plan, periods, file_report):
    from actiondesk.plans.models import Indicator, Task
    r = file_report(alice, periods[6], {Indicator.objects.get(plan=plan, name="高技术成果"): 3})
    c = login(supervisor)
    for url in [reverse("supervision:battle_map"), reverse("supervision:report_list"), reverse("supervision:report_detail", args=[r.pk]),
                reverse("plans:indicator_detail", args=[Indicator.objects.get(plan=plan, name="高技术成果").pk]),
                reverse("plans:task_detail", args=[Task.objects.get(plan=plan, number="5").pk]),
                "/supervision/export/2026-06.docx", "/supervision/export/2026-06.xlsx"]:
        resp = c.get(url); assert resp.status_code == 200, url
    c = login(alice)
    for url in [reverse("plans:my_department"), reverse("supervision:report_list"), reverse("supervision:report_edit", args=[periods[7].pk])]:
        resp = c.get(url); assert resp.status_code == 200, url
