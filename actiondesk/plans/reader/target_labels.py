"""Figures under a label that commits to them: "实施项目：…龙王头公园3个项目建设" (the label says the projects listed are
carried out, as the verb 实施 would), and a count heading the names listed after its colon ("实施项目：1、1个美丽乡村示范乡：
白青乡；2、3个美丽乡村示范村：流水镇北港村、平原镇红卫村、中楼乡大坪村；") — not the label of a paragraph ("百个大空间：
按照…"). And no goal in an item's short title or in coverage said not to be sought: "9.实现两个归位。加快…", "14.打造
三支团队。培育…团队。…" (a count in Chinese numerals that is the whole title names the set the item sets out); "不搞一刀切、
全覆盖"."""

import re

from .quantities import find_quantities

# Labels naming the projects a plan carries out; add a wording here.
PROJECT_LABELS = ("实施项目", "建设项目")
_PROJECT_LABEL = re.compile(rf"(?:^|\n)\s*(?:{'|'.join(PROJECT_LABELS)})\s*[:：]\s*$")


def labelled_start(text: str, start: int) -> int:
    """Where the clause at ``start`` begins once the project label right before it is read with it (the label's
    start), or ``start`` when no such label stands there."""
    label = _PROJECT_LABEL.search(text, max(0, start - 12), start)
    return label.end() - len(label.group().lstrip()) if label else start


_LABEL_HEAD = re.compile(rf"(?:{'|'.join(PROJECT_LABELS)})\s*[:：]\s*(?:\d{{1,2}}[、.．]\s*)?")


def without_label(target: dict) -> dict:
    """The target read with its project label, its text starting after the label (and the item's number)."""
    head = _LABEL_HEAD.match(target["text"])
    if head:
        target["text"], target["start"] = target["text"][head.end() :], target["start"] + head.end()
    return target


# "2、3个美丽乡村示范村": an Arabic count and what it counts, the item's number before it.
_COUNT_HEAD = re.compile(r"\s*(?:\d{1,2}[、.．]\s*)?\d+(?:\.\d+)?\s*[个座条处项家所][^\d，,；;。：:]{1,12}")
# The names after the colon, up to the end of the item: a list without commas.
_NAMES = re.compile(r"[:：](?P<names>[^，,；;。\n]{2,120})(?:[；;。]|$)", re.M)


def counts_listed_names(text: str, start: int, end: int) -> bool:
    """Whether the clause at ``start:end``, before a colon, is a count heading the names listed after it."""
    return bool(_COUNT_HEAD.fullmatch(text, start, end) and _NAMES.match(text, end))


def paragraph_label(text: str, start: int, end: int) -> bool:
    """Whether the short clause at ``start:end``, before a colon, labels a paragraph ("百个大空间：按照…") rather than
    counting the names after it."""
    return (
        text[end : end + 1] in ("：", ":")
        and len(text[start:end].strip()) <= 15
        and not counts_listed_names(text, start, end)
    )


# A title of a few characters closed by 。 with the item's text running on after it on the same line.
_TITLE_MAX = 12


def titled_set(text: str, start: int, end: int) -> bool:
    """Whether the clause at ``start:end`` is an item's short title whose only figures are Chinese numerals."""
    clause = text[start:end].strip()
    if start and text[start - 1] != "\n" or len(clause) > _TITLE_MAX or text[end : end + 1] != "。":
        return False
    if not text[end + 1 : end + 2].strip():  # a sentence alone on its line is no title
        return False
    quantities = list(find_quantities(clause))
    return bool(quantities) and all(not clause[q.start].isdigit() for q in quantities)


# "不搞一刀切、全覆盖", "不求全覆盖", "不强求全面覆盖": words that say the coverage after them is not sought.
NOT_SOUGHT = ("不搞", "不求", "不强求", "不追求", "不要求", "不必", "不一定", "不宜")
_NOT_SOUGHT = re.compile(rf"(?:{'|'.join(NOT_SOUGHT)})[^，,；;。]{{0,8}}$")


def coverage_not_sought(clause: str, coverage_start: int) -> bool:
    """Whether the coverage at ``coverage_start`` of ``clause`` is said not to be sought."""
    return bool(_NOT_SOUGHT.search(clause[:coverage_start]))
