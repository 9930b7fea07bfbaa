"""Figures under a label that commits to them: "实施项目：…龙王头公园3个项目建设" (the label says the projects listed are
carried out, as the verb 实施 would), and a count heading the names listed after its colon ("实施项目：1、1个美丽乡村示范乡：
白青乡；2、3个美丽乡村示范村：流水镇北港村、平原镇红卫村、中楼乡大坪村；") — not the label of a paragraph ("百个大空间：
按照…")."""

import re

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
