"""Reads for project approvals and 拿地即开工 readiness: a fixed number of queries per page, whatever the size."""
import datetime

from django.db.models import Exists, OuterRef, Q

from actiondesk.core.scoping import editable, visible
from actiondesk.parks.choices import ReadinessItem
from actiondesk.parks.models import ParcelReadiness
from actiondesk.projects import alerts, approvals
from actiondesk.projects.models import ApprovalStep, Project, ProjectApproval


def active_steps(zone_id: int):
    return ApprovalStep.objects.filter(zone_id=zone_id, is_active=True).select_related("department")


def steps_visible(user):
    return visible(ApprovalStep.objects.select_related("department"), user)


def approvals_visible(user):
    return visible(ProjectApproval.objects.all(), user)


def overdue_q(*, today: datetime.date, prefix: str = "") -> Q:
    """SQL form of ``alerts.approval_overdue`` for an active step (``prefix`` reaches ProjectApproval from elsewhere)."""
    return Q(**{f"{prefix}required": True, f"{prefix}granted_on__isnull": True, f"{prefix}planned_on__lt": today,
                f"{prefix}step__is_active": True})


def project_overdue_q(*, today: datetime.date) -> Q:
    """Projects with an overdue approval (for the list's alert filter)."""
    return Q(Exists(ProjectApproval.objects.filter(overdue_q(today=today), project=OuterRef("pk"))))


def _states(steps, records: dict) -> list[approvals.StepState]:
    states = []
    for step in steps:
        record = records.get(step.pk)
        states.append(approvals.StepState(
            name=step.name, required_before_start=step.required_before_start, recorded=record is not None,
            required=record.required if record else True, granted_on=record.granted_on if record else None))
    return states


def missing_for(project: Project) -> list[str]:
    """The approvals required before 开工 the project lacks (two queries)."""
    steps = list(active_steps(project.zone_id))
    records = {a.step_id: a for a in ProjectApproval.objects.filter(project=project)}
    return approvals.missing_before_start(_states(steps, records))


def missing_by_project(zone_id: int, project_ids) -> dict[int, list[str]]:
    """``missing_for`` for many projects of a zone at once (two queries)."""
    steps = list(active_steps(zone_id))
    records: dict[int, dict] = {}
    for a in ProjectApproval.objects.filter(project_id__in=list(project_ids)):
        records.setdefault(a.project_id, {})[a.step_id] = a
    return {pk: approvals.missing_before_start(_states(steps, records.get(pk, {}))) for pk in project_ids}


def approval_panel(project: Project, user, today: datetime.date) -> dict:
    """The approvals section of a project's page: a row per active step (recorded or not), the missing ones,
    which records this user may edit, and the parcel's 拿地即开工 readiness (five queries)."""
    steps = list(active_steps(project.zone_id))
    records = {a.step_id: a for a in ProjectApproval.objects.filter(project=project)}
    rows = []
    for step in steps:
        record = records.get(step.pk)
        overdue = record is not None and alerts.approval_overdue(required=record.required, planned_on=record.planned_on,
                                                              granted_on=record.granted_on, today=today)
        rows.append({"step": step, "record": record, "overdue": overdue})
    missing = approvals.missing_before_start(_states(steps, records))
    editable_ids = set(editable(ProjectApproval.objects.filter(project=project), user).values_list("pk", flat=True))
    return {"approval_rows": rows, "approvals_missing": missing, "approval_ids_editable": editable_ids,
            "approvals_unrecorded": any(r["record"] is None for r in rows),
            **parcel_readiness(project, missing)}


def parcel_readiness(project: Project, missing: list[str]) -> dict:
    """The parcel's 七通一平 items and whether the project is 拿地即开工-ready (one query, none without a parcel)."""
    parcel = project.parcel
    if parcel is None:
        return {"parcel": None}
    done = {r.item: r for r in ParcelReadiness.objects.filter(parcel=parcel)}
    items = [{"label": label, "row": done.get(value)} for value, label in ReadinessItem.choices]
    ready_count = sum(1 for i in items if i["row"] is not None and i["row"].is_ready)
    return {"parcel": parcel, "readiness_items": items, "readiness_done": ready_count,
            "start_ready": approvals.start_ready(readiness_done=ready_count, readiness_total=len(items),
                                                 missing=missing)}
