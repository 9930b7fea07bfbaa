"""Numbered parts that repeat under every group heading: "（七）…\n1．行动目标。…\n2．主要任务\n“互联网+”便民服务：推进…
\n牵头单位：X，配合单位：Y\n“互联网+”医疗卫生：…\n牵头单位：Z" — "1．行动目标" / "2．主要任务" printed under every group are
the parts of a template each group fills in, not tasks of their own: the group's label lines close its themed
paragraphs (clause_search.closing_clauses), and its first task starts at its first themed paragraph.
"""

import re

from .numbering import DASH, headline, numbered

# A part's heading: short words without a sentence mark ("主要任务", "行动目标。…" is a part with its paragraph).
_PART_TITLE = re.compile(r"^[^，,；;：:、]{2,8}$")


def template_parts(body: list, upper: str, lower: str) -> bool:
    """Whether the items of level ``lower`` under the headings of level ``upper`` are the same parts repeated under
    every heading ("1．行动目标" / "2．主要任务" under each "（一）…"): at least two headings, each holding the same
    list of short part titles."""
    groups: list[list[str]] = []
    for line in body:
        if not line.item or line.item.kind == DASH:
            continue
        if line.item.kind == upper:
            groups.append([])
        elif line.item.kind == lower and groups:
            groups[-1].append(headline(line.item.rest)[0].rstrip("。"))
    filled = [titles for titles in groups if titles]
    return (
        len(filled) >= 2
        and all(titles == filled[0] for titles in filled)
        and all(_PART_TITLE.match(title) for title in filled[0])
    )


def after_part_heading(body: str) -> int:
    """Where the first themed paragraph starts in a task's words that open with template parts ("1．行动目标。…\n2．主要
    任务\n“互联网+”便民服务：…"): after a later numbered line of the same kind as the first that is a part's heading
    alone (no sentence), when words follow it; 0 when the words do not open so ("1.节能技术改造项目\n支持…" is an
    item's own heading)."""
    lines = body.split("\n")
    first = numbered(lines[0])
    if not first or first.kind == DASH:
        return 0
    offset, found = len(lines[0]) + 1, 0
    for index, line in enumerate(lines[1:-1], start=1):
        item = numbered(line)
        if (
            item
            and item.kind == first.kind
            and _PART_TITLE.match(item.rest.strip())
            and lines[index + 1].strip()
        ):
            found = offset + len(line) + 1
        offset += len(line) + 1
    return found
