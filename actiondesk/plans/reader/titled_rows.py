"""A one-cell-a-line task table whose header has no 序号 column, each row's first cell the task's title printed with
its own number:

    重点任务 / 工作措施 / 牵头单位 / 参与单位 /
    一、调整优化产业结构… / 1.优化产业布局 / 完成生态保护红线…。 / 区环土局 / 区经发局、各片区项目建设指挥部 /
    2.落实落后产能退出 / … / 区经发局 / 14.加快车船结构升级 / … / 区经发局、交建局 / 区财金局 /
    推进船舶更新升级。全面实施… / 区交建局 / 区环土局、经发局 / 重点任务 / 工作措施 / 牵头单位 / 参与单位 / 15.…

The unit cells close a row: the first is the lead's, a second the supports' (an empty cell prints nothing, so a row
may have one). A measure with unit cells of its own after a row's units is a further row of the same task, numbered
'14-2', '14-3' and titled by its run-in words. The header printed again at a page break and the part rows ('二、…')
between rows are passed over."""

import re

from .departments import split_names
from .numbering import headline
from .table_cells import unit_cell
from .table_labels import LEAD_HEAD, SUPPORT_HEAD

_TITLE_LABEL = re.compile(r"^(?:重点|主要|具体|改革)?任务(?:名称)?$")
_TEXT_LABEL = re.compile(r"^(?:工作|具体|主要)?(?:措施|举措|内容|要求)$|^任务内容$")
_NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.．、](?P<title>\S.{0,40})$")
_PART = re.compile(r"^[一二三四五六七八九十]{1,3}、")
# "区直有关部门", "各有关乡镇": a catch-all unit cell that names no body.
_CATCH_ALL = re.compile(r"^[^。；;，,]{2,16}(?:部门|单位|乡镇|街道)$")


def _clean(line) -> str:
    return re.sub(r"\s+", "", line.text.strip().rstrip("|"))


def _header_end(lines, index: int) -> int | None:
    """The line after a header (title label, text labels, lead label, maybe a support label) starting at ``index``."""
    cells = [_clean(line) for line in lines[index:index + 5]]
    if not cells or not _TITLE_LABEL.match(cells[0]):
        return None
    cursor = 1
    while cursor < len(cells) and _TEXT_LABEL.match(cells[cursor]):
        cursor += 1
    if cursor == 1 or cursor >= len(cells) or not LEAD_HEAD.match(cells[cursor]):
        return None
    cursor += 1
    if cursor < len(cells) and SUPPORT_HEAD.match(cells[cursor]):
        cursor += 1
    return index + cursor


def _units(cell: str) -> list[str] | None:
    names = unit_cell(cell)
    if names is None and _CATCH_ALL.match(cell):
        names = split_names(cell)
    return names


def read_titled_rows(lines, index: int) -> tuple[list[dict], int] | None:
    """(tasks, the line after the table) when such a table (or its caption, "…重点任务表") starts at ``index`` and its
    first row is numbered."""
    if index + 1 < len(lines) and _clean(lines[index]).endswith("表"):
        index += 1
    cursor = _header_end(lines, index)
    if cursor is None:
        return None
    header = [_clean(line) for line in lines[index:cursor]]
    probe = cursor + 1 if cursor < len(lines) and _PART.match(_clean(lines[cursor])) else cursor
    if probe >= len(lines) or not _NUMBERED.match(_clean(lines[probe])):
        return None
    rows: list[tuple[str, int, list[int], list[list[str]]]] = []  # (number, part, measure lines, unit cells)
    number, part, measures, units = None, 0, [], []

    def close():
        if measures and units:
            rows.append((number, part, measures, units))

    while cursor < len(lines):
        cell = _clean(lines[cursor])
        numbered = _NUMBERED.match(cell)
        if [_clean(line) for line in lines[cursor:cursor + len(header)]] == header:
            cursor += len(header)  # the header again after a page break
            continue
        if measures and len(units) < 2 and not numbered and (names := _units(cell)) is not None:
            units.append(names)
        elif _PART.match(cell) and (units or not measures):
            close()
            measures, units = [], []
        elif numbered and (units or not measures):
            close()
            number, part, measures, units = numbered.group("number"), 0, [cursor], []
        elif units and "。" in cell and cursor + 1 < len(lines) and _units(_clean(lines[cursor + 1])) is not None:
            close()  # a measure with unit cells of its own: a further row of the same task
            part, measures, units = part + 1, [cursor], []
        elif measures and not units:
            measures.append(cursor)
        else:
            break
        cursor += 1
    close()
    if len(rows) < 2:
        return None
    continued = {number for number, part, _, _ in rows if part}
    return [_task(lines, number, part, measures, units, number in continued)
            for number, part, measures, units in rows], cursor


def _task(lines, number: str, part: int, measures: list[int], units: list[list[str]], continued: bool) -> dict:
    first, last = lines[measures[0]], lines[measures[-1]]
    cell = _clean(first)
    numbered = _NUMBERED.match(cell)
    title = numbered.group("title") if numbered and not part else headline(first.text.strip())[0]
    lead = units[0]
    support = [name for name in (units[1] if len(units) > 1 else []) if name not in lead]
    return {
        "number": f"{number}-{part + 1}" if continued else number,
        "title": title.rstrip("。；;"),
        "lead": lead,
        "support": support,
        "text": "".join(line.text.strip() for line in (lines[i] for i in measures)),
        "responsibility": " | ".join("、".join(names) for names in units),
        "rule": "table_titled_rows",
        "unsure": False,
        "start": first.start,
        "end": last.end,
        "target_span": (first.start, last.end),
    }
