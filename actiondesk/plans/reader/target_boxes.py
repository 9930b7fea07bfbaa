"""Boxes (专栏): a title line "专栏2  标识解析体系增强工程", then the box's paragraphs up to the next numbered item,
heading or box. A box spells out the programme of the item printed before it, with its figures ("力争全省建成10个二级
节点"). When an item is followed by another of its group, the next item's text starts at its number and no task's span
takes the box in; its figures are then read here, as goals of the item before it. Add a box label here."""

import re

from .numbering import DASH, numbered
from .targets import find_targets

BOX_LABELS = ("专栏",)
_BOX = re.compile(rf"^\s*(?:{'|'.join(BOX_LABELS)})\s*[0-9０-９一二三四五六七八九十]+\s*\S")


def box_targets(text: str, tasks: list[dict]) -> list[dict]:
    """Targets of the boxes no task's span covers, each given to the task printed before its box."""
    found: list[dict] = []
    lines = _lines(text)
    for index, (start, end, line) in enumerate(lines):
        if not _BOX.match(line) or any(task.get("start", 0) <= start < task.get("end", 0) for task in tasks):
            continue
        stop = end
        for _, next_end, next_line in lines[index + 1 :]:
            item = numbered(next_line)
            if _BOX.match(next_line) or item and item.kind != DASH:
                break
            stop = next_end
        if stop == end:
            continue  # a title alone, no paragraph
        before = [task for task in tasks if task.get("start", 0) < start]
        owner = max(before, key=lambda task: task["start"])["number"] if before else None
        found += find_targets(text[end:stop], offset=end, task=owner)
    return found


def _lines(text: str) -> list[tuple[int, int, str]]:
    lines, position = [], 0
    for raw in text.split("\n"):
        lines.append((position, position + len(raw), raw))
        position += len(raw) + 1
    return lines
