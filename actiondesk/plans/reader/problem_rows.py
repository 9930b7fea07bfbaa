"""Rows of a problem table ("存在问题 / 整改目标和措施 / 责任单位") printed one cell per line without row numbers: each row
ends with its unit cell ("区经发局牵头，区交建局、环土局"); the problem cell spans the rows of its problem and is printed
once, before the first of them ("投资增长动力不足"). So between two unit cells stand either the measure alone, or a
problem cell and then the measure; the measure's words are the task, the problem names the rows' group.
"""

import re

_END = re.compile(r"^(?:附件|附表|注[:：])")
_MEASURE_END = re.compile(r"[。；;]$")
_PROBLEM_MAX = 30  # a problem cell is a short statement ("产业结构不够优、竞争力不强，龙头企业偏少")


def problem_rows(lines, start: int, is_unit) -> tuple[list[tuple], int, dict]:
    """Rows as (measure line, unit cell lines, number, measure words, None), the line after the table and the
    group (the problem) of each row by its measure line; ``is_unit`` tells a unit cell."""
    rows: list[tuple] = []
    groups: dict[int, str] = {}
    pending: list[int] = []
    group = None
    cursor = start
    while cursor < len(lines):
        text = re.sub(r"\s+", "", lines[cursor].text)
        if not text or _END.match(text):
            break
        if not is_unit(text):
            pending.append(cursor)
            cursor += 1
            continue
        if not pending:  # a unit cell over two lines: the row above's
            if not rows:
                break
            rows[-1][1].append(cursor)
            cursor += 1
            continue
        first = re.sub(r"\s+", "", lines[pending[0]].text)
        if len(pending) > 1 and len(first) <= _PROBLEM_MAX and not _MEASURE_END.search(first):
            group, pending = first, pending[1:]
        measure = "".join(lines[index].text.strip() for index in pending)
        rows.append((pending[0], [cursor], str(len(rows) + 1), measure, None))
        groups[pending[0]] = group
        pending = []
        cursor += 1
    if pending and rows:  # lines after the last unit cell belong to no row
        cursor = pending[0]
    return rows, cursor, groups
