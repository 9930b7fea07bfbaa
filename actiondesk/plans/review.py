"""The review page's two halves: source context for highlighting, and the corrected reading from the form."""
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

from actiondesk.core.numbers import decimal_problem
from actiondesk.plans.choices import Comparator, IndicatorKind
from actiondesk.plans.models import Indicator, Plan
from actiondesk.plans.reader.milestones import resolve_due
from actiondesk.plans.reader.unit_names import split_names

# Blank rows the review page offers for tasks and targets the reader missed.
NEW_ROWS = 5
_UNIT_LENGTH = Indicator._meta.get_field("unit").max_length

SENTENCE_END = "。；;！？\n"


def source_context(document: str, fragment: str, sentence: str = "") -> tuple[str, str, str]:
    """(before, fragment, after) within the sentence that holds the fragment, for a <mark> highlight."""
    if sentence and fragment in sentence:
        head, _, tail = sentence.partition(fragment)
        return head, fragment, tail
    at = document.find(fragment) if fragment else -1
    if at < 0:
        return sentence or "", "", ""
    start = max((document.rfind(ch, 0, at) for ch in SENTENCE_END), default=-1) + 1
    ends = [document.find(ch, at + len(fragment)) for ch in SENTENCE_END]
    end = min([e for e in ends if e >= 0], default=len(document))
    return document[start:at], fragment, document[at + len(fragment):end + 1]


def _names(posted: str | None, read: list[str]) -> list[str]:
    """The units of a lead/support field: as read when the field comes back unchanged (a name may hold a 、 of its own:
    "各区、县（市）政府", "各区、市政府"), else the clerk's list split as the reader splits one."""
    if posted is None or posted.strip() == "、".join(read):
        return list(read)
    return split_names(posted)


def _number(value: str, label: str, errors: list[str], *, model=Indicator, field: str = "target_value", min=None,
            max=None, integral: bool = False):
    """A figure typed on the page, checked as the field that stores it checks it (finite, in range, digits)."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        errors.append(f"{label}：“{value}”不是数字")
        return None
    problem = decimal_problem(number, model=model, field=field, min=min, max=max, integral=integral)
    if problem:
        errors.append(f"{label}：“{value}”{problem}")
        return None
    return int(number) if number == number.to_integral() else float(number)


def _target_problems(target: dict, label: str, errors: list[str]) -> None:
    """What would stop a target from being stored (the indicator's constraints), said in the clerk's words."""
    if target["comparator"] not in Comparator.values:
        errors.append(f"{label}：比较方式“{target['comparator']}”无效")
    if target["kind"] not in IndicatorKind.values:
        errors.append(f"{label}：类型“{target['kind']}”无效")
    value, value_max = target["value"], target["value_max"]
    if value is not None and value < 0 and target["kind"] != IndicatorKind.GROWTH_RATE:
        errors.append(f"{label}：目标值不能为负数（增速除外）")
    if value is None and target["kind"] != IndicatorKind.RELATIVE and target["kind"] in IndicatorKind.values \
            and not any(error.startswith(label + "目标值") for error in errors):  # not when the typed one was refused
        errors.append(f"{label}：请填写目标值（相对目标除外）")
    if value_max is not None and value is not None and value_max < value:
        errors.append(f"{label}：上限不能小于目标值")
    if target["comparator"] == Comparator.RANGE and value_max is None:
        errors.append(f"{label}：区间须填写上限")
    if len(target["unit"]) > _UNIT_LENGTH:
        errors.append(f"{label}：单位“{target['unit']}”超过 {_UNIT_LENGTH} 个字")


def reading_from_post(original: dict, post) -> dict:
    """The reading as corrected on the review page; raises ValidationError listing every bad field."""
    errors: list[str] = []
    reading = {**original}
    reading["title"] = post.get("title", original.get("title", "")).strip()
    year = _number(post.get("year", str(original.get("year", ""))), "年度", errors, model=Plan, field="year",
                   min=2000, max=2100, integral=True)
    reading["year"] = year
    tasks = []
    for index, task in enumerate(original.get("tasks", [])):
        prefix = f"task-{index}-"
        if post.get(prefix + "delete"):
            continue
        tasks.append({**task, "number": post.get(prefix + "number", task["number"]).strip(),
                      "title": post.get(prefix + "title", task["title"]).strip(),
                      "lead": _names(post.get(prefix + "lead"), task.get("lead", [])),
                      "support": _names(post.get(prefix + "support"), task.get("support", [])),
                      "milestones": _milestones_from_post(task, prefix, post, reading.get("year"), errors)})
    tasks += _new_tasks(post, original, {t["number"] for t in tasks}, errors)
    targets = []
    task_numbers = {t["number"] for t in tasks}
    for index, target in enumerate(original.get("targets", [])):
        prefix = f"target-{index}-"
        if post.get(prefix + "delete"):
            continue
        label = f"指标“{target.get('text', '')}”"
        task_number = post.get(prefix + "task", target.get("task") or "").strip() or None
        if task_number and task_number not in task_numbers:
            errors.append(f"{label}：任务编号 {task_number} 不存在")
        value = _number(post.get(prefix + "value", _str(target.get("value"))), label + "目标值", errors)
        value_max = _number(post.get(prefix + "value_max", _str(target.get("value_max"))), label + "上限", errors,
                            field="value_max")
        targets.append({**target, "indicator": post.get(prefix + "indicator", target.get("indicator", "")).strip(),
                        "value": value, "value_max": value_max,
                        "unit": post.get(prefix + "unit", target.get("unit") or "").strip(),
                        "comparator": post.get(prefix + "comparator", target.get("comparator") or ">="),
                        "kind": post.get(prefix + "kind", target.get("kind") or "absolute"), "task": task_number})
        _target_problems(targets[-1], label, errors)
    targets += _new_targets(post, task_numbers, errors)
    if not reading["title"]:
        errors.append("标题不能为空")
    if not tasks:
        errors.append("方案中至少要有一项重点任务")
    if errors:
        raise ValidationError(errors)
    reading["tasks"], reading["targets"] = tasks, targets
    reading["departments"] = sorted({n for t in tasks for n in (*t["lead"], *t["support"]) if n != "机关各部门"})
    return reading


def _new_tasks(post, original: dict, numbers: set[str], errors: list[str]) -> list[dict]:
    """Tasks the clerk adds in the blank rows (a row left blank adds nothing); each marked ``added``."""
    groups = {p.get("number") for p in original.get("programmes") or [] if isinstance(p, dict)}
    added = []
    for index in range(NEW_ROWS):
        prefix = f"new-task-{index}-"
        fields = {key: post.get(prefix + key, "").strip() for key in ("number", "title", "lead", "support", "group")}
        if not any(fields[key] for key in ("number", "title", "lead", "support")):
            continue
        label = f"新增任务第 {index + 1} 行"
        if not fields["number"] or not fields["title"]:
            errors.append(f"{label}：请填写编号和任务名称")
        elif fields["number"] in numbers:
            errors.append(f"{label}：任务编号 {fields['number']} 已有")
        if fields["group"] and fields["group"] not in groups:
            errors.append(f"{label}：工程“{fields['group']}”不存在")
        numbers.add(fields["number"])
        added.append({"number": fields["number"], "title": fields["title"], "text": fields["title"],
                      "group": fields["group"] or None, "lead": split_names(fields["lead"]),
                      "support": split_names(fields["support"]), "milestones": [], "rule": "manual", "added": True})
    return added


def _new_targets(post, task_numbers: set[str], errors: list[str]) -> list[dict]:
    """Targets the clerk adds in the blank rows, checked as the read ones are; each marked ``added``."""
    added = []
    for index in range(NEW_ROWS):
        prefix = f"new-target-{index}-"
        text = post.get(prefix + "text", "").strip()
        if not text and not post.get(prefix + "value", "").strip():
            continue
        label = f"新增指标第 {index + 1} 行"
        if not text:
            errors.append(f"{label}：请填写指标")
        task_number = post.get(prefix + "task", "").strip() or None
        if task_number and task_number not in task_numbers:
            errors.append(f"{label}：任务编号 {task_number} 不存在")
        target = {"text": text, "indicator": text, "sentence": "", "rule": "manual", "unsure": False, "added": True,
                  "value": _number(post.get(prefix + "value"), label + "目标值", errors),
                  "value_max": _number(post.get(prefix + "value_max"), label + "上限", errors, field="value_max"),
                  "unit": post.get(prefix + "unit", "").strip(), "comparator": post.get(prefix + "comparator", ">="),
                  "kind": post.get(prefix + "kind", IndicatorKind.ABSOLUTE), "reference": "", "task": task_number}
        _target_problems(target, label, errors)
        added.append(target)
    return added


def _milestones_from_post(task: dict, prefix: str, post, year, errors: list[str]) -> list[dict]:
    """The proposed milestones the admin kept (unticked 删除), with the deliverable and time limit as corrected."""
    kept = []
    for index, proposal in enumerate(task.get("milestones") or []):
        field = f"{prefix}ms-{index}-"
        if post.get(field + "delete"):
            continue
        title = post.get(field + "title", proposal.get("title", "")).strip()
        due_text = post.get(field + "due", proposal.get("due_text") or proposal.get("due") or "").strip()
        due = resolve_due(due_text, int(year)) if isinstance(year, int) else None
        label = f"任务{task.get('number', '')}节点“{title or proposal.get('title', '')}”"
        if not title:
            errors.append(f"{label}：节点成果不能为空")
        elif due is None:
            errors.append(f"{label}：完成时限“{due_text}”不是日期或时间用语（如 2026-06-30、上半年、6月底前）")
        else:
            kept.append({**proposal, "title": title, "due_text": due_text, "due": due.isoformat()})
    return kept


def _str(value) -> str:
    return "" if value is None else str(value)
