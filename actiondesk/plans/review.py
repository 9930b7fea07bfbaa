"""The review page's two halves: source context for highlighting, and the corrected reading from the form."""
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

from actiondesk.plans.reader.milestones import resolve_due
from actiondesk.plans.reader.unit_names import split_names

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


def _number(value: str, label: str, errors: list[str]):
    value = (value or "").strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        errors.append(f"{label}：“{value}”不是数字")
        return None
    return int(number) if number == number.to_integral() else float(number)


def reading_from_post(original: dict, post) -> dict:
    """The reading as corrected on the review page; raises ValidationError listing every bad field."""
    errors: list[str] = []
    reading = {**original}
    reading["title"] = post.get("title", original.get("title", "")).strip()
    year = _number(post.get("year", str(original.get("year", ""))), "年度", errors)
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
        value_max = _number(post.get(prefix + "value_max", _str(target.get("value_max"))), label + "上限", errors)
        targets.append({**target, "indicator": post.get(prefix + "indicator", target.get("indicator", "")).strip(),
                        "value": value, "value_max": value_max,
                        "unit": post.get(prefix + "unit", target.get("unit") or "").strip(),
                        "comparator": post.get(prefix + "comparator", target.get("comparator") or ">="),
                        "kind": post.get(prefix + "kind", target.get("kind") or "absolute"), "task": task_number})
    if not reading["title"]:
        errors.append("标题不能为空")
    if not tasks:
        errors.append("方案中至少要有一项重点任务")
    if errors:
        raise ValidationError(errors)
    reading["tasks"], reading["targets"] = tasks, targets
    reading["departments"] = sorted({n for t in tasks for n in (*t["lead"], *t["support"]) if n != "机关各部门"})
    return reading


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
