"""The 招商线索 .xlsx import, written: validate every row first (``imports.read_leads``), then record new leads and
update known ones (with their stage events) in one transaction with ONE audit entry."""
import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chains.models import Chain, ChainSegment
from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import editable, ensure_role, is_system
from actiondesk.core.values import check_instance
from actiondesk.enterprises.models import Enterprise
from actiondesk.investment.choices import LeadSource, LeadStage
from actiondesk.investment.imports import LeadReading, References, read_leads
from actiondesk.investment.models import Lead, LeadStageEvent
from actiondesk.investment.services import pipeline_department, refused_create
from actiondesk.org.choices import Role
from actiondesk.org.models import Department

FIELDS = ("company_name", "company_location", "chain_id", "segment_id", "source", "referrer_id", "source_note",
          "department_id", "expected_investment", "note")


def _references(zone, acting_user, access):
    def load(codes: set[str]) -> References:
        leads = {(lead.chain_id, lead.company_name): lead for lead in Lead.objects.filter(zone=zone)}
        mine = set(editable(Lead.objects.filter(zone=zone), acting_user).values_list("pk", flat=True)) \
            if access is not None else {lead.pk for lead in leads.values()}
        owner = pipeline_department(zone.pk, access)
        return References(
            chains=dict(Chain.objects.filter(zone=zone).values_list("name", "pk")),
            segments={(chain_id, name): pk for pk, chain_id, name in
                      ChainSegment.objects.filter(chain__zone=zone).values_list("pk", "chain_id", "name")},
            departments=dict(Department.objects.filter(zone=zone).values_list("name", "pk")),
            enterprises=dict(Enterprise.objects.filter(zone=zone, credit_code__in=codes)
                             .values_list("credit_code", "pk")),
            leads=leads, refused={lead.pk for lead in leads.values()} - mine,
            default_department_id=owner.pk if owner else None,
            any_department=access is None or access.role == Role.ADMIN)
    return load


@transaction.atomic
def leads_import(*, zone, acting_user, data: bytes, file_name: str,
                 today: datetime.date | None = None) -> LeadReading:
    """Admins and the pipeline's keepers (投资促进局 by default) import leads. Nothing is written if any row is bad."""
    access = ensure_role(acting_user, zone.pk, Role.ADMIN, Role.DEPARTMENT, message=refused_create())
    owner = pipeline_department(zone.pk, access)
    if access is not None and access.role == Role.DEPARTMENT and (owner is None or access.department_id != owner.pk):
        raise PermissionDenied(refused_create())
    today = today or timezone.localdate()
    reading = read_leads(data, file_name=file_name, references=_references(zone, acting_user, access), today=today)
    if reading.errors:
        return reading
    recorder = None if is_system(acting_user) else acting_user
    previous, events, new, known, fields = {}, [], [], [], {"stage", "stage_on"}
    # Every value was checked by its Column and every reference and stage against the zone, so the rows are written
    # in bulk: check_instance() for text and dates, no per-row full_clean (its queries made 2,000 rows slow).
    for values in reading.rows:
        lead = values["lead"]
        stage, stage_on = values.get("stage"), values.get("stage_on")
        if lead is None:
            lead = Lead(zone=zone, created_on=values.get("created_on") or today, source=LeadSource.DIRECT,
                        department_id=owner.pk if owner else None)
            events.append((lead, LeadStage.LEAD, lead.created_on))
            lead.stage, lead.stage_on = LeadStage.LEAD, lead.created_on
            new.append(lead)
        before = None if lead.pk is None else snapshot(lead)
        for key in FIELDS:
            if key in values and not (key == "expected_investment" and lead.project_id):
                setattr(lead, key, values[key])
                fields.add(key)
        if stage is not None and stage != lead.stage:
            lead.stage, lead.stage_on = stage, stage_on or today
            events.append((lead, stage, lead.stage_on))
        check_instance(lead)
        if before is not None and snapshot(lead) != before:  # a lead the sheet repeats unchanged is not written
            previous[f"{lead.chain_id}/{lead.company_name}"] = before
            known.append(lead)
    Lead.objects.bulk_create(new, batch_size=500)
    if known:
        Lead.objects.bulk_update(known, sorted(fields), batch_size=500)
    created, updated = len(new), len(known)
    LeadStageEvent.objects.bulk_create([LeadStageEvent(lead=lead, stage=stage, on=on, note=_("导入"),
                                                       recorded_by=recorder) for lead, stage, on in events],
                                       batch_size=500)
    reading.summary = {"created": created, "updated": updated, "stage_events": len(events)}
    audit_record(actor=acting_user, action=AuditAction.IMPORT, model=Lead, zone=zone,
                 batch={"file_name": file_name, "sha256": reading.sha256, "created": created, "updated": updated,
                        "previous": previous, "stage_events": len(events)},
                 note=_("导入招商线索 %(file)s") % {"file": file_name})
    return reading
