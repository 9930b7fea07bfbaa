"""Label lines that close each themed paragraph of one item, and numbered parts that repeat under every group.

"（七）…\n“互联网+”便民服务：推进…\n牵头单位：X，配合单位：Y\n“互联网+”医疗卫生：积极…\n牵头单位：Z": each run of label
lines closes the paragraphs written since the run before it, as a bracketed clause after a sentence does
(clause_search.closing_clauses), so the item holds one task per paragraph. And "1．行动目标。…" / "2．主要任务" printed
under every group heading are the parts of a template each group fills in, not tasks of their own.
"""

import re

from .clause_search import _labelled_block
from .departments import DocumentRules, Responsibility, parse_clause_rule
from .numbering import DASH, headline, numbered


def with_label_runs(text: str, clauses: list[Responsibility], rules: DocumentRules) -> list[Responsibility]:
    """``clauses`` (the item's closing clauses, in order) with the item's runs of label lines added when it holds
    two runs or more with words between them; a run that overlaps a clause already found is not taken twice."""
    runs, end = [], len(text)
    while block := _labelled_block(text[:end]):
        runs.insert(0, block)
        end = block[0]
    if len(runs) < 2:
        return clauses
    added = []
    for start, stop, clause in runs:
        parsed = parse_clause_rule(clause, rules)
        if parsed and not any(start < other.end and other.start < stop for other in clauses):
            added.append(
                Responsibility(parsed[0], parsed[1], start, stop, parsed[2] + "+label_run", parsed[3])
            )
    return sorted(clauses + added, key=lambda clause: clause.start)


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
