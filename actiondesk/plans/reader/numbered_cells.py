"""Rows of an annexed task list printed one cell per line whose row number stands alone on its line and is followed
by the row's name cell ("主线 / 项目 / 主要内容 / 责任单位 / 完成时限": "（一）合理配置…" / "1" / "科学编制…规划" /
"①结合…" / "医改办、社会事业局" / "2015年6月"). The group cells ("（一）…", the 主线 column spanning rows) stand
between the rows and number them ("（一）1"); the name cell titles the row, the cells after it up to the unit cell
are its content. A row without a unit cell (a unit cell spanning rows) takes the units of the row above
(annex_tables). Read before ``annex_rows.content_rows``, which takes a bare number for a group cell.
"""

import re

_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_GROUP = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]")
_END = re.compile(r"^附件|^附表")
_MIN_ROWS = 3
_AFTER_UNITS = 2
_SHORT_CELL = 12


def numbered_cell_rows(lines, start: int, units) -> tuple[list[tuple], int]:
    """Rows as (task cell line, unit cell lines, number, body, name) and the line after the list; none unless
    the list opens with a bare row number (a group cell may stand above it). ``units`` tells a unit cell."""
    squashed = SquashedLines(lines)
    first = start + 1 if start < len(lines) and _GROUP.match(squashed[start]) else start
    if first + 1 >= len(lines) or not _ROW_NUMBER.match(squashed[first]):
        return [], start
    rows: list[tuple] = []
    group = ""
    cursor = start
    while cursor < len(lines) and not _END.match(squashed[cursor]):
        text = squashed[cursor]
        if _GROUP.match(text) and not _ROW_NUMBER.match(text):
            group = f"（{_GROUP.match(text).group(1)}）"
            cursor += 1
            continue
        if not _ROW_NUMBER.match(text) or cursor + 1 >= len(lines):
            break
        name_at = cursor + 1
        cursor += 2
        content: list[int] = []
        while (
            cursor < len(lines)
            and units(squashed[cursor]) is None
            and not _ROW_NUMBER.match(squashed[cursor])
            and not _GROUP.match(squashed[cursor])
            and not _END.match(squashed[cursor])
            and len(content) < 4
        ):
            content.append(cursor)
            cursor += 1
        unit_lines: list[int] = []
        while cursor < len(lines) and (
            units(squashed[cursor]) is not None or unit_lines and squashed[unit_lines[-1]].endswith("、")
        ):
            unit_lines.append(cursor)
            cursor += 1
        # The row's cells after its units (完成时限 "2015年6月", "常年"): no task, no unit.
        for _ in range(_AFTER_UNITS):
            if (
                cursor < len(lines)
                and not _ROW_NUMBER.match(squashed[cursor])
                and not _GROUP.match(squashed[cursor])
                and not _END.match(squashed[cursor])
                and len(squashed[cursor]) <= _SHORT_CELL
            ):
                cursor += 1
        # Without a content cell the name cell is the task's words.
        task_at = content[0] if content else name_at
        rows.append((task_at, unit_lines, f"{group}{text}", lines[task_at].text.strip(), squashed[name_at]))
    if len(rows) < _MIN_ROWS:
        return [], start
    return rows, cursor


def squash(line) -> str:
    """A line's text without spaces: table cells are printed with spaces that break their words ("责 任 单 位")."""
    return re.sub(r"\s+", "", line.text)


class SquashedLines:
    """Each line's text without spaces, made when first asked for (a long plan has many header candidates)."""

    def __init__(self, lines):
        self._lines, self._done = lines, {}

    def __getitem__(self, index: int) -> str:
        if index not in self._done:
            self._done[index] = squash(self._lines[index])
        return self._done[index]
