"""Writes to milestones (工作节点): add, edit, complete with evidence, approve and verify, save many at once.

Departments add milestones to the tasks they lead or support and keep their own up to date; a milestone a
department adds, or whose deliverable, date or department it changes, waits for the supervision office's
approval (督查室 审核). The supervision office verifies a completed one (核验) and it is then closed to edits.
"""
import datetime
from urllib.parse import urlparse

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.access import access_for
from actiondesk.core.attachments import attachment_problem
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.language import label_colon
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import can_edit, ensure_can_edit, ensure_in_zone, ensure_role, is_system
from actiondesk.core.values import check_instance
from actiondesk.core.versioning import StaleVersion, bump, check_version, lock
from actiondesk.org.choices import Role
from actiondesk.plans.choices import MilestoneApproval, MilestoneProgress
from actiondesk.plans.milestones import resolve_due
from actiondesk.plans.models import Milestone, Task

EDITABLE_FIELDS = ("title", "due_date", "due_text", "department", "evidence_kind", "progress", "completed_on",
                   "evidence_note", "evidence_link", "evidence_figure")
# A department changing these on an approved milestone sends it back to the supervision office for approval.
APPROVED_FIELDS = ("title", "due_date", "department")
AUDITED = [f.name for f in Milestone._meta.concrete_fields if f.name != "evidence_file"]


def _snapshot(milestone: Milestone) -> dict:
    """The audited fields: all but the file itself (its name is kept in ``evidence_name``)."""
    return snapshot(milestone, fields=AUDITED)


def can_add_to(user, task: Task) -> bool:
    """Admins add milestones to any task of their zone; a department to the tasks it leads or supports."""
    if is_system(user):
        return True
    access = access_for(user)
    if access is None or access.zone_id != task.plan.zone_id:
        return False
    if access.is_admin:
        return True
    if not access.is_department:
        return False
    return task.supported_by_every_department or task.lead_departments.filter(pk=access.department_id).exists() \
        or task.support_departments.filter(pk=access.department_id).exists()


def responsible_departments(task: Task) -> set[int]:
    """Departments that may own a milestone of ``task``: its lead and supporting ones (every one for 机关各部门)."""
    if task.supported_by_every_department:
        return set(task.plan.zone.departments.values_list("pk", flat=True))
    return {d.pk for d in task.lead_departments.all()} | {d.pk for d in task.support_departments.all()}


def _is_department(user) -> bool:
    access = None if is_system(user) else access_for(user)
    return bool(access and access.is_department)


def _check(milestone: Milestone, allowed_departments: set[int], today: datetime.date) -> None:
    """Every rule a milestone must meet, as one ValidationError naming each bad field."""
    errors = {}
    milestone.title = (milestone.title or "").strip()
    if not milestone.title:
        errors["title"] = _("节点成果不能为空")
    if milestone.due_date is None:
        errors["due_date"] = _("请填写完成时限（日期，或“上半年”“6月底前”等）")
    if milestone.department_id is None:
        errors["department"] = _("请选择责任部门")
    elif milestone.department_id not in allowed_departments:
        errors["department"] = _("责任部门须是该任务的牵头或配合部门")
    if milestone.progress == MilestoneProgress.DONE:
        if milestone.completed_on is None:
            errors["completed_on"] = _("已完成的节点须填写完成日期")
        elif milestone.completed_on > today:
            errors["completed_on"] = _("完成日期不能晚于今天")
    else:
        milestone.completed_on = None
    link = (milestone.evidence_link or "").strip()
    if link and (urlparse(link).scheme not in ("http", "https") or not urlparse(link).netloc):
        errors["evidence_link"] = _("佐证链接须以 http:// 或 https:// 开头")
    try:
        milestone.evidence_figure = clean_decimal(milestone.evidence_figure, model=Milestone, field="evidence_figure")
    except ValidationError as exc:
        errors["evidence_figure"] = exc.messages[0]
    if errors:
        raise ValidationError(errors)
    check_instance(milestone)
    milestone.full_clean(exclude=["task", "department", "verified_by", "evidence_file"], validate_unique=False,
                         validate_constraints=False)


def due_from(value, year: int) -> tuple[datetime.date | None, str]:
    """(date, phrase) from a date or a time phrase of the plan year ("三季度末" → 9-30)."""
    if isinstance(value, datetime.date):
        return value, ""
    phrase = str(value or "").strip()
    return resolve_due(phrase, year), ("" if _is_iso(phrase) else phrase)


def parse_date(text: str) -> datetime.date:
    """A typed date (2026-06-30, 2026/6/30); ValueError when it is not one."""
    parts = text.strip().replace("/", "-").replace(".", "-").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    return datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))


def _is_iso(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _apply(milestone: Milestone, values: dict, acting_user) -> None:
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(f)s") % {"f": ", ".join(sorted(unknown))})
    before = {name: getattr(milestone, name if name != "department" else "department_id") for name in APPROVED_FIELDS}
    if not values.get("due_text") and values.get("due_date") == milestone.due_date:
        values = {k: v for k, v in values.items() if k != "due_text"}  # the same date typed as a date keeps 上半年
    for key, value in values.items():
        setattr(milestone, key, value)
    after = {name: getattr(milestone, name if name != "department" else "department_id") for name in APPROVED_FIELDS}
    if milestone.pk is None:
        milestone.approval = MilestoneApproval.PROPOSED if _is_department(acting_user) else MilestoneApproval.APPROVED
    elif before != after and _is_department(acting_user):
        milestone.approval = MilestoneApproval.PROPOSED


def _unique(milestone: Milestone) -> None:
    clash = Milestone.objects.filter(task_id=milestone.task_id, title=milestone.title).exclude(pk=milestone.pk)
    if clash.exists():
        raise ValidationError({"title": _("该任务已有同名节点“%(t)s”") % {"t": milestone.title}})


@transaction.atomic
def milestone_create(*, task: Task, acting_user, **values) -> Milestone:
    """Add a milestone to a task; a department's addition waits for the supervision office's approval."""
    if not can_add_to(acting_user, task):
        raise PermissionDenied(_("只能为本部门牵头或配合的任务添加节点"))
    ensure_in_zone(task.plan.zone_id, department=values.get("department"))
    milestone = Milestone(task=task, position=task.milestones.count() + 1)
    _apply(milestone, values, acting_user)
    _check(milestone, responsible_departments(task), timezone.localdate())
    _unique(milestone)
    milestone.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=milestone, after=_snapshot(milestone),
                 zone=task.plan.zone)
    return milestone


@transaction.atomic
def milestone_update(*, milestone: Milestone, acting_user, expected_version: int | None = None,
                     **values) -> Milestone:
    """Edit a milestone (progress, completion date, evidence …); refused once verified, or when stale."""
    ensure_can_edit(acting_user, milestone, _("无权修改该节点"))
    milestone = lock(milestone)
    check_version(milestone, expected_version, values)
    ensure_in_zone(milestone.task.plan.zone_id, department=values.get("department"))
    before = _snapshot(milestone)
    _apply(milestone, values, acting_user)
    _check(milestone, responsible_departments(milestone.task), timezone.localdate())
    _unique(milestone)
    bump(milestone)
    milestone.save()
    audit_update(actor=acting_user, instance=milestone, before=before, fields=AUDITED)
    return milestone


@transaction.atomic
def milestone_evidence_upload(*, milestone: Milestone, uploaded, acting_user) -> Milestone:
    """Attach the evidence file (PDF, image or Office document) of a milestone, replacing an earlier one."""
    ensure_can_edit(acting_user, milestone, _("无权上传该节点的佐证"))
    head = uploaded.read(16)
    uploaded.seek(0)
    if problem := attachment_problem(uploaded.name, head, uploaded.size):
        raise ValidationError({"evidence_file": problem})
    before = snapshot(milestone, fields=["evidence_name"])
    milestone = lock(milestone)
    if milestone.evidence_file:
        milestone.evidence_file.delete(save=False)
    milestone.evidence_file.save(uploaded.name, uploaded, save=False)
    milestone.evidence_name = uploaded.name[:255]
    bump(milestone)
    milestone.save()
    audit_update(actor=acting_user, instance=milestone, before=before, fields=["evidence_name"])
    return milestone


@transaction.atomic
def milestone_approve(*, milestone: Milestone, acting_user) -> Milestone:
    """The supervision office (or an admin) approves a milestone a department added or changed."""
    ensure_role(acting_user, milestone.task.plan.zone_id, Role.SUPERVISOR, Role.ADMIN,
                message=_("只有督查室或管理员可以审核节点"))
    if milestone.approval == MilestoneApproval.APPROVED:
        return milestone
    before = snapshot(milestone, fields=["approval"])
    milestone.approval = MilestoneApproval.APPROVED
    bump(milestone)
    milestone.save(update_fields=["approval", "version"])
    audit_update(actor=acting_user, instance=milestone, before=before, fields=["approval"], note=_("督查室审核通过"))
    return milestone


@transaction.atomic
def milestone_verify(*, milestone: Milestone, acting_user) -> Milestone:
    """The supervision office confirms a completed milestone against its evidence (核验)."""
    ensure_role(acting_user, milestone.task.plan.zone_id, Role.SUPERVISOR, Role.ADMIN,
                message=_("只有督查室或管理员可以核验节点"))
    if milestone.progress != MilestoneProgress.DONE:
        raise ValidationError(_("节点尚未完成，不能核验"))
    if not (milestone.evidence_file or milestone.evidence_link or milestone.evidence_note
            or milestone.evidence_figure is not None):
        raise ValidationError(_("节点尚无佐证材料，不能核验"))
    before = snapshot(milestone, fields=["verified_at"])
    milestone.verified_at = timezone.now()
    milestone.verified_by = acting_user if getattr(acting_user, "pk", None) else None
    milestone.approval = MilestoneApproval.APPROVED
    bump(milestone)
    milestone.save(update_fields=["verified_at", "verified_by", "approval", "version"])
    audit_update(actor=acting_user, instance=milestone, before=before, fields=["verified_at"], note=_("督查室核验"))
    return milestone


@transaction.atomic
def milestone_delete(*, milestone: Milestone, acting_user) -> None:
    ensure_can_edit(acting_user, milestone, _("无权删除该节点"))
    audit_record(actor=acting_user, action=AuditAction.DELETE, instance=milestone, before=_snapshot(milestone),
                 zone=milestone.task.plan.zone)
    milestone.delete()


def _check_row_version(current, expected, values) -> None:
    """A grid row saved from an older version: say who changed what, in the row's error."""
    try:
        check_version(current, expected, values)
    except StaleVersion as exc:
        changed = "；".join(_("%(field)s 现为“%(theirs)s”（您填写“%(yours)s”）") % {
            "field": c.label, "theirs": c.theirs, "yours": c.yours} for c in exc.changes)
        raise ValidationError(_("该节点已被他人修改（现为第 %(version)s 版），本次未保存任何内容；请核对后再保存%(changed)s") % {
            "version": current.version, "changed": label_colon() + changed if changed else ""}) from None


@transaction.atomic
def milestones_save(*, plan, rows: list[dict], acting_user, file_name: str = "", sha256: str = "") -> dict:
    """Save many milestones at once (the grid, the 任务分解表 import): every row is checked first and every
    problem listed (row → messages); nothing is written while there is any; then ONE audit entry.

    A row is ``{"row": n, "id": existing id or None, "task": Task, "version": the version the grid showed or None,
    **EDITABLE_FIELDS}``; a row without an id matches the task's milestone of the same title, else adds one. A row
    whose version is older than the stored one (someone saved since) is refused with what they changed."""
    ensure_role(acting_user, plan.zone_id, Role.ADMIN, Role.DEPARTMENT, message=_("无权编辑任务分解表"))
    today = timezone.localdate()
    existing = {m.pk: m for m in Milestone.objects.filter(task__plan=plan).select_related("task")
                .select_for_update(of=("self",))}
    by_title = {(m.task_id, m.title): m for m in existing.values()}
    allowed = {}
    errors, work, seen = {}, [], {}
    for row in rows:
        number, task = row["row"], row["task"]
        values = {k: v for k, v in row.items() if k in EDITABLE_FIELDS}
        current = existing.get(row.get("id")) if row.get("id") else by_title.get((task.pk, values.get("title")))
        try:
            if task.plan_id != plan.pk or (row.get("id") and current is None):
                raise ValidationError(_("不是本方案的任务或节点"))
            if current is None and not can_add_to(acting_user, task):
                raise PermissionDenied(_("只能为本部门牵头或配合的任务添加节点"))
            if current is not None and not (is_system(acting_user) or can_edit(acting_user, current)):
                raise PermissionDenied(_("无权修改该节点（非本部门的节点或已核验）"))
            if current is not None:
                _check_row_version(current, row.get("version"), values)
            milestone = current or Milestone(task=task, position=0)
            before = _snapshot(milestone) if current else None
            _apply(milestone, values, acting_user)
            if task.pk not in allowed:
                allowed[task.pk] = responsible_departments(task)
            _check(milestone, allowed[task.pk], today)
            key = (task.pk, milestone.title)
            if key in seen:
                raise ValidationError(_("与第%(row)s行重复（同一任务同名节点）") % {"row": seen[key]})
            seen[key] = number
            work.append((milestone, before))
        except ValidationError as exc:
            errors[number] = exc.messages
        except PermissionDenied as exc:
            errors[number] = [str(exc)]
    if errors:
        raise ValidationError([f"第{n}行：{'；'.join(m)}" for n, m in sorted(errors.items())])
    created = updated = 0
    previous = {}
    for milestone, before in work:
        if before is None:
            milestone.position = Milestone.objects.filter(task_id=milestone.task_id).count() + 1
            milestone.save()
            created += 1
            by_title[(milestone.task_id, milestone.title)] = milestone
        else:
            after = _snapshot(milestone)
            if after != before:
                bump(milestone)
                milestone.save()
                previous[str(milestone.pk)] = {k: v for k, v in before.items() if after.get(k) != v}
                updated += 1
    batch = {"file_name": file_name, "sha256": sha256, "created": created, "updated": updated,
             "previous": previous}
    if created or updated or file_name:  # an import is recorded even when it changed nothing
        audit_record(actor=acting_user, action=AuditAction.IMPORT if file_name else AuditAction.UPDATE, instance=plan,
                     zone=plan.zone, batch=batch,
                     note=_("导入任务分解表 %(f)s") % {"f": file_name} if file_name else _("批量编辑工作节点"))
    return {"created": created, "updated": updated, "unchanged": len(work) - created - updated}


def milestones_from_reading(*, plan, items: list[dict], tasks: dict, departments: dict, changes: list) -> int:
    """Add the milestones a confirmed reading proposes (``task["milestones"]``) that a task does not have yet.

    Part of ``plan_import_reading`` (which checked the admin): a re-import never removes or rewrites
    milestones the departments keep. Each is owned by the department the review page names, else the
    task's first lead department."""
    added = 0
    existing = set(Milestone.objects.filter(task__plan=plan).values_list("task_id", "title"))
    for item in items:
        task = tasks.get(item.get("number"))
        lead = next((departments[n] for n in item.get("lead", []) if n in departments), None)
        if task is None:
            continue
        for position, proposal in enumerate(item.get("milestones") or [], start=1):
            title = (proposal.get("title") or "").strip()[:200]
            department = departments.get(proposal.get("department") or "") or lead
            due, phrase = due_from(proposal.get("due") or proposal.get("due_text"), plan.year)
            if not title or due is None or department is None or (task.pk, title) in existing:
                continue
            Milestone.objects.create(task=task, position=position, title=title, due_date=due,
                                     due_text=(proposal.get("due_text") or phrase)[:40], department=department,
                                     source_text=title[:300], approval=MilestoneApproval.APPROVED)
            existing.add((task.pk, title))
            changes.append(f"新增节点：任务{task.number} {title}（{due:%Y-%m-%d}）")
            added += 1
    return added
