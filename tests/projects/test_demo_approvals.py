"""The projects demo with approvals: most projects carry records, some overdue, two 储备 projects, one started
by an audited override, one signed project on a ready parcel that is 拿地即开工-ready, and 用地 needs on parcels."""
import datetime
from itertools import pairwise

import pytest
from rich.console import Console

from actiondesk.parks import demo as parks_demo
from actiondesk.projects import demo
from actiondesk.projects.choices import Stage
from actiondesk.projects.demo_approvals import OVERRIDE_PROJECT, READY_PROJECT
from actiondesk.projects.models import ApprovalStep, FactorNeed, Project, ProjectApproval, ProjectStageEvent
from actiondesk.projects.selectors_approvals import approval_panel, overdue_q

pytestmark = pytest.mark.django_db


def test_the_demo_loads_approvals_reserve_projects_and_a_ready_to_start_project(zone, full_plan, leader):
    console = Console(quiet=True)
    parks_demo.load_demo(zone=zone, plan=full_plan, console=console)
    demo.load_demo(zone=zone, plan=full_plan, console=console)
    projects = Project.objects.filter(zone=zone)
    with_records = projects.filter(approvals__isnull=False).distinct().count()
    assert with_records > projects.count() * 0.6
    assert projects.filter(stage=Stage.RESERVE).count() == 2
    assert ProjectApproval.objects.filter(project__zone=zone).filter(
        overdue_q(today=datetime.date(2026, 10, 31))).exists()
    assert not ApprovalStep.objects.filter(zone=zone, department__isnull=True).exists()
    assert ProjectStageEvent.objects.filter(project__name=OVERRIDE_PROJECT, stage=Stage.STARTED).exclude(
        approval_override="").exists()
    ready = Project.objects.select_related("parcel__park").get(zone=zone, name=READY_PROJECT)
    panel = approval_panel(ready, leader, datetime.date(2026, 10, 31))
    assert panel["start_ready"] and panel["approvals_missing"] == [] and ready.park_id == ready.parcel.park_id
    granted_after_start = [a for a in ProjectApproval.objects.filter(project__zone=zone, granted_on__isnull=False)
                           .select_related("project") if a.project.started_on and a.granted_on > a.project.started_on]
    assert granted_after_start == []
    on_parcels = FactorNeed.objects.filter(project__zone=zone, parcel__isnull=False).select_related("parcel", "project")
    assert on_parcels.count() >= 5 and {n.kind for n in on_parcels} == {"land"}
    assert all(n.parcel.park_id == n.project.park_id for n in on_parcels)
    # Granted on or after signing, in the order of their steps.
    granted = list(ProjectApproval.objects.filter(project__zone=zone, granted_on__isnull=False)
                   .select_related("project", "step").order_by("project", "step__sort_order", "step_id"))
    assert granted
    before_signing = [a for a in granted if a.project.signed_on is None or a.granted_on < a.project.signed_on]
    assert before_signing == []
    out_of_order = [(a, b) for a, b in pairwise(granted)
                    if a.project_id == b.project_id and b.granted_on < a.granted_on]
    assert out_of_order == []
