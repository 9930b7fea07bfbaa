"""Writes to plan data. Every function audits what it changes."""
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.metrics import get_metric, suggested_metric
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import PERCENT_MAX, PERCENT_MIN, clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, ensure_role
from actiondesk.core.values import check_instance, text_problem
from actiondesk.core.versioning import bump, check_version, lock
from actiondesk.org.choices import Role
from actiondesk.org.models import EVERY_DEPARTMENT
from actiondesk.org.services import departments_ensure
from actiondesk.plans.choices import IndicatorKind
from actiondesk.plans.indicator_merge import merge_targets
from actiondesk.plans.kinds import kind_of
from actiondesk.plans.models import (
    Goal,
    Indicator,
    Plan,
    PlanDraft,
    Programme,
    Safeguard,
    Task,
    TaskLeadDepartment,
    programme_heading,
)
from actiondesk.plans.reader import MAX_DOCUMENT_BYTES, PlanReadError, read_plan
from actiondesk.plans.reader.documents import check_document
from actiondesk.plans.services_milestones import milestones_from_reading

INDICATOR_EDITABLE_FIELDS = ("name", "target_value", "value_max", "unit", "comparator", "kind", "reference",
                             "baseline", "lead_department", "metric")
# A responsible department keeps its indicator's reference data; targets change only through an admin
# (a misread corrected) or supervision's 动态调整 (a revision with a reason).
DEPARTMENT_EDITABLE_FIELDS = ("baseline", "reference")


@dataclass
class PlanImportResult:
    plan: Plan
    created: bool
    changes: list[str] = field(default_factory=list)


def _decimal(value):
    return None if value is None else Decimal(str(value))


@transaction.atomic
def plan_import_reading(*, zone, reading: dict, acting_user, source_text: str = "", source_name: str = "",
                        plan: Plan | None = None) -> PlanImportResult:
    """Store a reading (the shape of ``actiondesk plan parse --json``); re-importing updates in place.

    Rows already attached to tasks and indicators (reports, comments …) are kept: objects are matched
    by number or name and updated, and a task or indicator missing from the new document is only
    deleted when nothing refers to it.
    """
    ensure_role(acting_user, zone.pk, Role.ADMIN, message="只有管理员可以导入方案")
    if not reading.get("tasks"):
        raise ValidationError("方案中未识别到任何重点任务")
    _check_reading_text(reading)
    reading = qualify_repeated_task_numbers(reading)
    title, year = reading["title"], int(reading["year"])
    if plan is None:
        plan = Plan.objects.filter(zone=zone, year=year, title=title).first()
    created = plan is None
    if created:
        plan = Plan.objects.create(zone=zone, year=year, title=title)
    plan.title, plan.year = title, year
    plan.source_text, plan.source_name = source_text, source_name
    plan.source_sha256 = hashlib.sha256(source_text.encode("utf-8")).hexdigest() if source_text else ""
    plan.save()

    changes: list[str] = []
    names = [n for t in reading["tasks"] for n in (*t.get("lead", []), *t.get("support", []))]
    departments = departments_ensure(zone=zone, names=names, acting_user=acting_user)

    goals = reading.get("goal_items") or reading.get("goals", [])
    _sync_positioned(plan, Goal, [{"title": _goal_title(g), "text": _goal_text(g)} for g in goals], "目标", changes)
    _sync_positioned(plan, Safeguard, [{"title": _goal_title(s), "text": _goal_text(s)}
                                       for s in reading.get("safeguards", [])], "保障措施", changes)
    programmes = _sync_programmes(plan, reading.get("programmes", []), changes)
    tasks = _sync_tasks(plan, reading["tasks"], programmes, departments, changes)
    milestones_from_reading(plan=plan, items=reading["tasks"], tasks=tasks, departments=departments,
                            changes=changes)
    _sync_indicators(plan, reading.get("targets", []), tasks, changes)

    audit_record(actor=acting_user, action=AuditAction.IMPORT, instance=plan, zone=zone,
                 note="导入方案" if created else "重新导入方案",
                 batch={"source_name": source_name, "sha256": plan.source_sha256, "changes": changes})
    return PlanImportResult(plan=plan, created=created, changes=changes)


def _check_reading_text(reading: dict) -> None:
    """Refuse control and bidi characters anywhere in a reading (a reviewed draft is edited by hand)."""
    def walk(value, path):
        if isinstance(value, str):
            if text_problem(value):
                raise ValidationError(f"{path}：{text_problem(value)}")
        elif isinstance(value, dict):
            for key, item in value.items():
                if key != "text" or path:  # the whole document (top-level "text") is checked as the source
                    walk(item, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for index, item in enumerate(value, start=1):
                walk(item, f"{path}[{index}]")
    walk(reading, "")


def target_limits(kind: str) -> tuple:
    """(min, max) of an indicator's target by kind: percentages where the kind allows a negative target
    (growth rates) or is a ratio or rate, else not negative."""
    rules = kind_of(kind)
    if rules.negative_target_allowed:
        return PERCENT_MIN, PERCENT_MAX
    if rules.kind == IndicatorKind.RATIO or rules.is_rate:
        return 0, PERCENT_MAX
    return 0, None


def qualify_repeated_task_numbers(reading: dict) -> dict:
    """Plans that restart task numbering in each programme get numbers like "(二)1"; a number still repeated
    within a programme gets "-2", "-3" (a task number is unique in its plan, so a confirm can never fail on it).

    Targets are re-pointed to their task by position in the document (the reader's offsets).
    """
    numbers = [t["number"] for t in reading["tasks"]]
    if len(set(numbers)) == len(numbers):
        return reading
    tasks, seen = [], set()
    for task in reading["tasks"]:
        group, number = task.get("group") or "", task["number"]
        qualified = number if group == number else f"{group}{number}"
        unique, repeat = qualified, 2
        while unique in seen:  # a box's items or a part that restarts within a programme: "(一)1-2"
            unique, repeat = f"{qualified}-{repeat}", repeat + 1
        seen.add(unique)
        tasks.append({**task, "number": unique})
    spans = [(t.get("start"), t.get("end"), t["number"]) for t in tasks]
    targets = []
    for target in reading.get("targets", []):
        at = target.get("start")
        owner = next((number for start, end, number in spans
                      if at is not None and start is not None and end is not None and start <= at < end), None)
        targets.append({**target, "task": owner if target.get("task") is not None else None})
    return {**reading, "tasks": tasks, "targets": targets}


def _goal_title(item) -> str:
    return item if isinstance(item, str) else item.get("title", "")


def _goal_text(item) -> str:
    return "" if isinstance(item, str) else item.get("text", "")


def _sync_positioned(plan, model, items, label, changes):
    existing = {o.position: o for o in model.objects.filter(plan=plan)}
    for position, item in enumerate(items, start=1):
        obj = existing.pop(position, None)
        if obj is None:
            model.objects.create(plan=plan, position=position, **item)
            changes.append(f"新增{label}：{item['title']}")
        elif obj.title != item["title"] or (item["text"] and obj.text != item["text"]):
            changes.append(f"{label}{position}：{obj.title} → {item['title']}")
            obj.title, obj.text = item["title"], item["text"] or obj.text
            obj.save()
    for obj in existing.values():
        changes.append(f"删除{label}：{obj.title}")
        obj.delete()


def _sync_programmes(plan, items, changes) -> dict[str, Programme]:
    existing = {p.number: p for p in Programme.objects.filter(plan=plan)}
    result = {}
    for position, item in enumerate(items, start=1):
        obj = existing.pop(item["number"], None)
        if obj is None:
            obj = Programme.objects.create(plan=plan, number=item["number"], position=position, title=item["title"])
            changes.append(f"新增工程：{programme_heading(item['number'], item['title'])}")
        elif (obj.title, obj.position) != (item["title"], position):
            if obj.title != item["title"]:
                changes.append(f"工程{obj.number}：{obj.title} → {item['title']}")
            obj.title, obj.position = item["title"], position
            obj.save()
        result[obj.number] = obj
    for obj in existing.values():
        changes.append(f"删除工程：{obj}")
        obj.delete()  # tasks keep their data: Task.programme is SET_NULL
    return result


def _sync_tasks(plan, items, programmes, departments, changes) -> dict[str, Task]:
    existing = {t.number: t for t in Task.objects.filter(plan=plan).prefetch_related(
        "lead_links__department", "support_departments")}
    result = {}
    for position, item in enumerate(items, start=1):
        fields = {"title": item["title"], "text": item.get("text", ""), "position": position,
                  "programme": programmes.get(item.get("group") or ""),
                  "supported_by_every_department": EVERY_DEPARTMENT in item.get("support", [])}
        lead = [departments[n] for n in item.get("lead", []) if n in departments]
        support = [departments[n] for n in item.get("support", []) if n in departments]
        obj = existing.pop(item["number"], None)
        if obj is None:
            obj = Task.objects.create(plan=plan, number=item["number"], **fields)
            changes.append(f"新增任务：{programme_heading(item['number'], item['title'])}")
            before_lead, before_support = [], []
        else:
            before_lead = [d.name for d in obj.leads]
            before_support = [d.name for d in obj.support_departments.all()]
            if obj.title != fields["title"]:
                changes.append(f"任务{obj.number}名称：{obj.title} → {fields['title']}")
            elif obj.text and fields["text"] and obj.text != fields["text"]:
                changes.append(f"任务{obj.number}内容有修改")
            for key, value in fields.items():
                setattr(obj, key, value)
            obj.save()
        if before_lead != [d.name for d in lead]:
            if before_lead:
                changes.append(f"任务{obj.number}牵头部门：{'、'.join(before_lead)} → {'、'.join(d.name for d in lead)}")
            # Rewritten in the plan's order: the first-named lead is the primary one.
            TaskLeadDepartment.objects.filter(task=obj).delete()
            TaskLeadDepartment.objects.bulk_create([TaskLeadDepartment(task=obj, department=d) for d in lead])
        if sorted(before_support) != sorted(d.name for d in support):
            if before_lead or before_support:
                changes.append(f"任务{obj.number}配合部门：{'、'.join(before_support) or '无'} → "
                               f"{'、'.join(d.name for d in support) or '无'}")
            obj.support_departments.set(support)
        result[obj.number] = obj
    for obj in existing.values():
        _delete_unless_attached(obj, f"任务{obj.number}.{obj.title}", changes)
    return result


def _sync_indicators(plan, targets, tasks, changes) -> None:
    goals = list(Goal.objects.filter(plan=plan).order_by("position"))
    existing = {i.name: i for i in Indicator.objects.filter(plan=plan)}
    by_text = {i.source_text: i for i in existing.values() if i.source_text}
    goal_of = _goal_locator(goals, plan.source_text)
    for position, merged in enumerate(merge_targets(targets), start=1):
        obj = existing.pop(merged["name"], None)
        if obj is None and merged.get("text") in by_text:
            obj = by_text[merged["text"]]
            existing.pop(obj.name, None)
        values = {
            "name": merged["name"], "position": position, "target_value": _decimal(merged.get("value")),
            "value_max": _decimal(merged.get("value_max")), "unit": merged.get("unit") or "",
            "comparator": merged.get("comparator") or ">=", "kind": merged.get("kind") or "absolute",
            "reference": merged.get("reference") or "", "source_text": (merged.get("text") or "")[:300],
            "sentence": merged.get("sentence") or "",
        }
        linked_tasks = [tasks[n] for n in merged["tasks"] if n in tasks]
        if obj is None:
            obj = Indicator.objects.create(plan=plan, **values)
            changes.append(f"新增指标：{obj.name} {obj.target_display}")
        else:
            before = obj.target_display
            for key, value in values.items():
                setattr(obj, key, value)
            obj.save()
            if obj.target_display != before:
                changes.append(f"指标{obj.name}目标：{before} → {obj.target_display}")
        if obj.lead_department_id is None and linked_tasks:
            first_lead = linked_tasks[0].lead_departments.first()
            if first_lead:
                obj.lead_department = first_lead
                obj.save(update_fields=["lead_department"])
        obj.tasks.set(linked_tasks)
        obj.goals.set([g for g in (goal_of(m) for m in merged["mentions"] if m.get("task") is None) if g])
    for obj in existing.values():
        _delete_unless_attached(obj, f"指标{obj.name}", changes)


def _goal_locator(goals, document: str):
    """Which goal states a goal-level mention: the reader's ``goal`` index, the goal's text, or the nearest
    goal headline before the mention in the document."""
    starts = [(document.find(g.title), g) for g in goals if g.title and document.find(g.title) >= 0]

    def locate(mention):
        index = mention.get("goal")
        if isinstance(index, int) and 1 <= index <= len(goals):
            return goals[index - 1]
        text = mention.get("text") or ""
        for goal in goals:
            if text and text in (goal.text or ""):
                return goal
        at = document.find(text) if text else -1
        before = [g for start, g in starts if 0 <= start <= at]
        return before[-1] if before else None

    return locate


def _delete_unless_attached(obj, label, changes) -> None:
    for relation in obj._meta.related_objects:
        if relation.related_model._meta.app_label == "plans":
            continue
        accessor = relation.get_accessor_name()
        manager = getattr(obj, accessor, None)
        if manager is not None and hasattr(manager, "exists") and manager.exists():
            changes.append(f"{label}已不在新文件中，因已有关联数据而保留")
            return
    changes.append(f"删除{label}")
    obj.delete()


@transaction.atomic
def indicator_update(*, indicator: Indicator, acting_user, expected_version: int | None = None,
                     **values) -> Indicator:
    """Edit an indicator's target or binding; the change is audited with before/after values.
    ``expected_version``: the version the editor read; a newer stored one refuses the edit (StaleVersion)."""
    unknown = set(values) - set(INDICATOR_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"不可修改的字段：{', '.join(sorted(unknown))}")
    ensure_can_edit(acting_user, indicator, "无权修改该指标")
    indicator = lock(indicator)
    check_version(indicator, expected_version, values)
    access = access_for(acting_user)
    if access is not None and access.is_department:
        changed = {k for k, v in values.items() if getattr(indicator, k if k != "lead_department" else
                                                           "lead_department_id") != getattr(v, "pk", v)}
        if changed - set(DEPARTMENT_EDITABLE_FIELDS):
            raise PermissionDenied("部门只能修改基期值和参照；目标调整请由管理员按“动态调整”办理")
    ensure_in_zone(indicator.plan.zone_id, lead_department=values.get("lead_department"))
    before = snapshot(indicator)
    for key, value in values.items():
        setattr(indicator, key, value)
    low, high = target_limits(indicator.kind)
    for name in ("target_value", "value_max"):
        clean_decimal(getattr(indicator, name), model=Indicator, field=name, min=low, max=high)
    check_instance(indicator)
    indicator.full_clean(exclude=["plan", "goals", "tasks"])
    bump(indicator)
    indicator.save()
    audit_update(actor=acting_user, instance=indicator, before=before)
    return indicator


def plan_document_check(*, zone, data: bytes, file_name: str, acting_user) -> None:
    """What is refused before a document is read or queued: a user who is not the zone's admin, a file too large,
    empty, of a type not read, or a .docx/.xlsx zip bomb (PlanReadError, one line)."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message="只有管理员可以导入方案")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise PlanReadError(f"文件过大：{len(data) // (1024 * 1024)} MB，上限 {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
    check_document(data, file_name)


def plan_draft_create(*, zone, data: bytes, file_name: str, acting_user, title: str = "", progress=None):
    """Read a document's bytes into a draft; raises PlanReadError with a one-line reason (``progress`` as
    read_plan's: the plan-reading job passes its own)."""
    plan_document_check(zone=zone, data=data, file_name=file_name, acting_user=acting_user)
    reading = read_plan(data, file_name, title=title or None, progress=progress)
    document = reading.pop("text", None) or ""
    return PlanDraft.objects.create(zone=zone, uploaded_by=acting_user if getattr(acting_user, "pk", None) else None,
                                    source_name=file_name,
                                    source_text=document, reading=reading)


@transaction.atomic
def plan_draft_confirm(*, draft, reading: dict, acting_user) -> PlanImportResult:
    result = plan_import_reading(zone=draft.zone, reading=reading, source_text=draft.source_text,
                                 source_name=draft.source_name, acting_user=acting_user)
    draft.read_as = draft.read_as or draft.reading
    draft.reading = reading
    draft.confirmed_plan = result.plan
    draft.save(update_fields=["read_as", "reading", "confirmed_plan"])
    return result


def indicators_bind_suggested(*, plan: Plan, acting_user) -> list[tuple[Indicator, str]]:
    """Bind every unbound indicator whose source sentence matches a registered metric hint."""
    ensure_role(acting_user, plan.zone_id, Role.ADMIN, message="只有管理员可以绑定取数指标")
    bound = []
    for indicator in Indicator.objects.filter(plan=plan, metric=""):
        name = suggested_metric(indicator.source_text)
        if name and get_metric(name) is not None:
            indicator_update(indicator=indicator, acting_user=acting_user, metric=name)
            bound.append((indicator, name))
    return bound
