"""Writes the validated ledger: one transaction, upsert by project code, one batch audit entry."""
import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chains.models import Chain
from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_role
from actiondesk.enterprises.models import Enterprise
from actiondesk.org.choices import Role
from actiondesk.org.models import Department
from actiondesk.parks.models import LandParcel
from actiondesk.parks.services import park_ids_for_names
from actiondesk.projects import approvals
from actiondesk.projects.choices import STAGE_RANK, Stage
from actiondesk.projects.ledger import COLUMNS, STAGE_COLUMNS, LedgerReading, RowError, read_ledger, row_stage
from actiondesk.projects.ledger_extras import ExtraSheets, read_extras, write_extras
from actiondesk.projects.models import Project, ProjectAnnualPlan, ProjectMonthlyInvestment, ProjectStageEvent
from actiondesk.projects.selectors_approvals import missing_by_project

PROJECT_FIELDS = ["name", "investor_name", "industry", "project_type", "location", "total_investment",
                  "description", *STAGE_COLUMNS.values(), "planned_signed_on", "planned_started_on",
                  "planned_completed_on", "planned_producing_on"]
HEADER = {c.key: c.header for c in COLUMNS}


class References:
    """Natural keys of a zone (department and chain names, credit codes, usernames, project codes), loaded once."""

    def __init__(self, zone):
        self.zone = zone
        self.departments = dict(Department.objects.filter(zone=zone).values_list("name", "pk"))
        self.chains = dict(Chain.objects.filter(zone=zone).values_list("name", "pk"))
        self.users = dict(get_user_model().objects.filter(membership__zone=zone).values_list("username", "pk"))
        self.existing = {p.code: p for p in Project.objects.filter(zone=zone)}
        self._enterprises = Enterprise.objects.filter(zone=zone)
        self.enterprises = {}
        self.missing = {}

    def preload_enterprises(self, codes):
        self.enterprises = dict(self._enterprises.filter(credit_code__in=codes).values_list("credit_code", "pk"))

    def resolve(self, record) -> list[RowError]:
        values, errors = record.values, []

        def lookup(key, table, reason):
            name = values.get(key)
            if name:
                if name in table:
                    values[f"{key}_id"] = table[name]
                else:
                    errors.append(RowError(record.row, HEADER[key], name, reason))

        lookup("lead_department", self.departments, _("本示范区没有这个部门"))
        lookup("chain", self.chains, _("没有这条产业链"))
        lookup("responsible_leader", self.users, _("没有这个用户"))
        code = values.get("investor_credit_code")
        if code and code not in self.enterprises:
            errors.append(RowError(record.row, HEADER["investor_credit_code"], code, _("企业库中没有这个统一社会信用代码")))
        values["investor_id"] = self.enterprises.get(code) if code else None
        project = self.existing.get(values.get("code"))
        stage = row_stage(values)
        if project is not None and STAGE_RANK[Stage(stage)] < STAGE_RANK[Stage(project.stage)]:
            errors.append(RowError(record.row, _("阶段日期"), str(stage),
                                   _("台账阶段早于系统中已登记的“%(stage)s”") % {"stage": project.get_stage_display()}))
        if project is not None and starts(project, values):
            errors += self._start_gate(record, project)
        return errors

    def preload_approvals(self, records) -> None:
        """The missing approvals of the known projects the file moves to 开工 (two queries)."""
        ids = {self.existing[r.values["code"]].pk for r in records
               if r.values.get("code") in self.existing and starts(self.existing[r.values["code"]], r.values)}
        self.missing = missing_by_project(self.zone.pk, ids) if ids else {}

    def _start_gate(self, record, project) -> list[RowError]:
        """A known project moved to 开工 by the file: like the stage step, refused while approvals required
        before 开工 are missing, unless the row gives the reason to override (kept for the audit)."""
        values = record.values
        missing = self.missing.get(project.pk, [])
        reasons = approvals.start_gate_errors(current=project.stage, new=Stage.STARTED, missing=missing,
                                              override_reason=values.get("approval_override") or "")
        if missing and not reasons:
            values["approvals_missing"] = missing
        return [RowError(record.row, HEADER["started_on"], str(values.get("started_on")), reason)
                for reason in reasons]


def starts(project, values: dict) -> bool:
    """Whether a row records 开工 for a project the system holds before 开工. A project the file adds enters
    the ledger as it stands (its history), so the gate is for the steps of known projects."""
    return bool(values.get("started_on")) and approvals.crosses_start(project.stage, Stage.STARTED)


class _Deferred:
    """Collects rows first so credit codes are looked up in one query, then resolves them."""

    def __init__(self, references):
        self.references, self.pending = references, []

    def resolve(self, record):
        self.pending.append(record)
        return []


def ledger_validate(content: bytes, *, zone, file_name: str, year: int,
                    today: datetime.date | None = None) -> LedgerReading:
    references = References(zone)
    deferred = _Deferred(references)
    reading = read_ledger(content, file_name=file_name, year=year, today=today, references=deferred)
    references.preload_enterprises({r.values.get("investor_credit_code") for r in deferred.pending} - {None})
    references.preload_approvals(deferred.pending)
    for record in deferred.pending:
        reading.errors += references.resolve(record)
    reading.errors.sort(key=lambda e: e.row)
    reading.references = references
    reading.today = today or timezone.localdate()
    codes = set(references.existing) | {r.values.get("code") for r in reading.records if r.values.get("code")}
    parcels = LandParcel.objects.filter(park__zone=zone).values_list("park__name", "code", "pk")
    reading.extras, extra_errors = read_extras(content, departments=references.departments, codes=codes,
                                               today=reading.today, parcels=list(parcels))
    reading.errors += extra_errors
    return reading


@transaction.atomic
def ledger_import(*, reading: LedgerReading, zone, acting_user, progress=None) -> dict:
    """Upsert every record of a validated reading; refuses a reading with errors. Zone admins (or SYSTEM)."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message=_("只有管理员可以导入项目台账"))
    if reading.errors:
        raise ValueError("ledger has errors")
    references = reading.references
    created = updated = 0
    previous = {}
    user = acting_user if getattr(acting_user, "pk", None) else None
    events, monthly, overrides = [], [], {}
    saved = dict(references.existing)
    # 所在园区 names a park of the registry; one it lacks is added, as the enterprise import does.
    park_ids, parks_created = park_ids_for_names(zone, {r.values.get("park") for r in reading.records})
    for record in reading.records:
        values = record.values
        project = references.existing.get(values["code"])
        fields = {k: values.get(k) for k in PROJECT_FIELDS if k in values}
        if not fields.get("industry"):
            fields.pop("industry", None)
        if not fields.get("project_type"):
            fields.pop("project_type", None)
        fields = {k: (_blank(k) if v is None else v) for k, v in fields.items()}
        fields.update(lead_department_id=values["lead_department_id"], chain_id=values.get("chain_id"),
                      investor_id=values.get("investor_id"), park_id=park_ids.get(values.get("park")),
                      responsible_leader_id=values.get("responsible_leader_id"))
        dates = {s: values.get(k) for s, k in STAGE_COLUMNS.items()}
        fields["stage"] = row_stage(values)
        fields["stage_on"] = dates.get(fields["stage"])
        if project is None:
            project = Project.objects.create(zone=zone, code=values["code"], **fields)
            old_dates, created = {}, created + 1
        else:
            previous[project.code] = snapshot(project, [*fields, "code"])
            old_dates = {s: getattr(project, k) for s, k in STAGE_COLUMNS.items()}
            for key, value in fields.items():
                setattr(project, key, value)
            project.save()
            updated += 1
        saved[project.code] = project
        reason = values.get("stage_reason") or ""
        override = values.get("approval_override") or "" if values.get("approvals_missing") else ""
        if override:
            overrides[project.code] = {"reason": override, "missing": values["approvals_missing"]}
        events += [ProjectStageEvent(project=project, stage=s, on=on, reason=reason or _("台账导入"),
                                     approval_override=override if s == Stage.STARTED else "", recorded_by=user)
                   for s, on in dates.items() if on and on != old_dates.get(s)]
        if values.get("annual_plan") is not None:
            ProjectAnnualPlan.objects.update_or_create(project=project, year=reading.year,
                                                       defaults={"planned_investment": values["annual_plan"]})
        monthly += [(project, datetime.date(reading.year, m, 1), values[f"month_{m}"]) for m in range(1, 13)
                    if values.get(f"month_{m}") is not None]
        if progress:
            progress()
    ProjectStageEvent.objects.bulk_create(events)
    _upsert_monthly(monthly, user)
    extras = write_extras(reading.extras or ExtraSheets(), projects=saved,
                          today=reading.today or timezone.localdate())
    batch = {"file_name": reading.file_name, "sha256": reading.sha256, "created": created, "updated": updated,
             "year": reading.year, "previous": previous, "factor_needs": extras["factor_needs"],
             "problems": extras["problems"], "previous_extras": extras["previous"], "parks_created": parks_created,
             "approval_overrides": overrides}
    audit_record(actor=acting_user, action=AuditAction.IMPORT, model=Project, zone=zone, batch=batch,
                 note=_("导入项目台账 %(file)s") % {"file": reading.file_name})
    return {"created": created, "updated": updated, "rows": len(reading.records),
            "factor_needs": extras["factor_needs"], "problems": extras["problems"]}


def _blank(key):
    """What an empty cell stores: no date, no money, or empty text."""
    if key.endswith("_on"):
        return None
    return 0 if key == "total_investment" else ""


def _upsert_monthly(monthly, user):
    if not monthly:
        return
    existing = {(r.project_id, r.month): r for r in ProjectMonthlyInvestment.objects.filter(
        project__in={p.pk for p, _m, _a in monthly})}
    new, changed = [], []
    for project, month, amount in monthly:
        row = existing.get((project.pk, month))
        if row is None:
            new.append(ProjectMonthlyInvestment(project=project, month=month, amount=amount, recorded_by=user))
        elif row.amount != amount:
            row.amount, row.recorded_by = amount, user
            changed.append(row)
    ProjectMonthlyInvestment.objects.bulk_create(new, batch_size=500)
    ProjectMonthlyInvestment.objects.bulk_update(changed, ["amount", "recorded_by"], batch_size=500)
