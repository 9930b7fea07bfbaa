"""Find responsibility clauses (责任部门/牵头单位/配合单位, "X牵头，Y配合") and their departments."""

import re
from typing import NamedTuple

_LEAD_LABELS = ("责任部门", "责任单位", "牵头部门", "牵头单位", "主责部门", "主责单位", "责任主体", "牵头")
_SUPPORT_LABELS = (
    "配合部门", "配合单位", "协同部门", "协同单位", "参与部门", "参与单位",
    "协办部门", "协办单位", "支持部门", "支持单位", "配合",
)
_LABEL = re.compile(
    "(" + "|".join(sorted(_LEAD_LABELS + _SUPPORT_LABELS, key=len, reverse=True)) + r")\s*[:：]"
)
_OPENERS = {"（": "）", "(": ")", "〔": "〕", "【": "】", "[": "]"}
_SEPARATORS = re.compile(r"[、，,；;/／\s]+")
_TRAILING = re.compile(r"(?:等)?(?:各)?(?:相关|有关)?(?:部门|单位)?$")
_LEAD_MARK = re.compile(r"[（(]\s*牵头\s*[）)]")
_LEADS_SUPPORT = re.compile(
    r"^(?P<lead>[^，,；;：:]+?)(?:共同)?牵头(?:负责)?[，,；;、\s]*"
    r"(?:(?P<support>.+?)(?:等)?(?:相关|有关)?(?:部门|单位)?(?:配合|协同|参与|协助|按职责分工负责))?[。；;]?$"
)


class Responsibility(NamedTuple):
    """Who leads and who supports a task, and where the clause sits in the text."""

    lead: list[str]
    support: list[str]
    start: int
    end: int


def find_responsibility(text: str) -> Responsibility | None:
    """The last responsibility clause in ``text`` (bracketed, or a whole line), if any."""
    found = None
    for start, end, inner in _bracketed(text):
        parsed = parse_clause(inner)
        if parsed:
            found = Responsibility(*parsed, start, end)
    if found:
        return found
    # A line of its own ("责任单位：X"), or a sentence of its own ("X牵头，Y配合。").
    for match in re.finditer(r"[^\n。]+。?", text):
        line = match.group(0).strip()
        if _LABEL.match(line) or (len(line) < 80 and _LEADS_SUPPORT.match(line)):
            parsed = parse_clause(line)
            if parsed:
                found = Responsibility(*parsed, match.start(), match.end())
    return found


def _bracketed(text: str):
    """(start, end, inner) of each top-level bracketed span, nested brackets allowed."""
    index = 0
    while index < len(text):
        closer = _OPENERS.get(text[index])
        if closer is None:
            index += 1
            continue
        depth, cursor = 0, index
        while cursor < len(text):
            char = text[cursor]
            if char in _OPENERS:
                depth += 1
            elif char in _OPENERS.values():
                depth -= 1
                if depth == 0:
                    break
            cursor += 1
        if cursor >= len(text):  # unbalanced: skip this opener
            index += 1
            continue
        yield index, cursor + 1, text[index + 1:cursor]
        index = cursor + 1


def parse_clause(clause: str) -> tuple[list[str], list[str]] | None:
    """Parse "牵头部门：A、B；配合部门：C" or "A牵头，B、C配合" into (lead, support)."""
    clause = clause.strip().strip("。.；;")
    labels = list(_LABEL.finditer(clause))
    lead: list[str] = []
    support: list[str] = []
    if labels:
        for position, label in enumerate(labels):
            stop = labels[position + 1].start() if position + 1 < len(labels) else len(clause)
            names = clause[label.end():stop]
            if label.group(1) in _SUPPORT_LABELS:
                support += split_names(names)
            elif _LEAD_MARK.search(names):
                # "责任单位：A（牵头），B" — the marked ones lead, the others support.
                for name in _split_keep_marks(names):
                    (lead if _LEAD_MARK.search(name) else support).extend(split_names(_LEAD_MARK.sub("", name)))
            else:
                lead += split_names(names)
    else:
        match = _LEADS_SUPPORT.match(clause)
        if not match:
            return None
        lead = split_names(match.group("lead"))
        support = split_names(match.group("support") or "")
    if not lead and not support:
        return None
    return _unique(lead), _unique(name for name in support if name not in lead)


def _split_keep_marks(names: str) -> list[str]:
    placeholder = _LEAD_MARK.sub("\x00", names)
    return [part.replace("\x00", "（牵头）") for part in _SEPARATORS.split(placeholder) if part]


def split_names(names: str) -> list[str]:
    """Split a list of departments, dropping "等相关单位"-style tails."""
    result = []
    for name in _SEPARATORS.split(names.strip().strip("。.；;")):
        name = name.strip()
        if name.endswith(("各部门", "各单位")) or name in ("相关部门", "有关部门", "相关单位", "有关单位"):
            result.append(name)
            continue
        name = _TRAILING.sub("", name) if re.search(r"等(?:相关|有关)?(?:部门|单位)?$", name) else name
        if name:
            result.append(name)
    return result


def is_department(name: str) -> bool:
    """"机关各部门" or "各有关单位" stand for everyone, not for one department."""
    return not (name.startswith("各") or "各部门" in name or "各单位" in name
                or name.startswith(("相关", "有关")))


def _unique(names) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen
