"""A one-cell-a-line task table whose header has no 序号 column, each row's first cell the task's title printed with
its own number:

    重点任务 / 工作措施 / 牵头单位 / 参与单位 /
    一、调整优化产业结构… / 1.优化产业布局 / 完成生态保护红线…。 / 区环土局 / 区经发局、各片区项目建设指挥部 /
    2.落实落后产能退出 / … / 区经发局 / 14.加快车船结构升级 / … / 区经发局、交建局 / 区财金局 /
    推进船舶更新升级。全面实施… / 区交建局 / 区环土局、经发局 / 重点任务 / 工作措施 / 牵头单位 / 参与单位 / 15.…

    工作措施 / 工作目标 / 具体内容 / 进度安排 / 负责部门 / 绩效指标 /
    一、… / （一）… / 1.推动制定…专利政策 / … / 第二季度：… / 第三季度：… / 知识产权处 / 完成相关专利政策的制定…。

The unit cells follow the row's other cells: the first is the lead's, a second the supports' when the header has a
support column (an empty cell prints nothing, so a row may have only the lead's); more unit lines than unit columns are
the last cell printed over several lines. The cells of the columns after the
unit columns (绩效指标) close the row. A measure with unit cells of its own right after a row's units is a further row
of the same task, numbered '14-2', '14-3' and titled by its run-in words. The header printed again at a page break and
the group rows ('二、…', '（二）…') between rows are passed over."""

import re

from .departments import split_names
from .numbering import headline
from .table_cells import unit_cell
from .table_labels import LEAD_HEAD, SUPPORT_HEAD

# The first column: the task (重点任务) or the measure (工作措施) whose cell opens with the row's number.
_FIRST_LABEL = re.compile(r"^(?:重点|主要|具体|改革)?任务(?:名称)?$|^(?:工作|具体|主要)?(?:措施|举措)$")
_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.．、](?P<title>\S.{0,40})$")
_GROUP = re.compile(r"^[一二三四五六七八九十]{1,3}、|^[（(][一二三四五六七八九十]{1,3}[）)]")
# "区直有关部门", "各有关乡镇": a catch-all unit cell that names no body.
_CATCH_ALL = re.compile(r"^[^。；;，,]{2,16}(?:部门|单位|乡镇|街道)$")


def _clean(line) -> str:
    return re.sub(r"\s+", "", line.text.strip().rstrip("|"))


def _header(lines, index: int) -> tuple[int, int, int] | None:
    """(the line after the header, its unit columns, its columns after them) for a header starting at ``index``:
    a first label, other labels, one lead label and maybe a support label, then maybe labels after them."""
    cells = [_clean(line) for line in lines[index:index + 9]]
    if not cells or not _FIRST_LABEL.match(cells[0]):
        return None
    lead = next((at for at, cell in enumerate(cells[:7]) if LEAD_HEAD.match(cell)), None)
    if lead is None or lead < 1 or not all(_LABEL.match(cell) for cell in cells[1:lead]):
        return None
    units = 2 if lead + 1 < len(cells) and SUPPORT_HEAD.match(cells[lead + 1]) else 1
    end = lead + units
    after = 0
    while end + after < len(cells) and after < 2 and _LABEL.match(cells[end + after]) \
            and not _NUMBERED.match(cells[end + after]) and not LEAD_HEAD.match(cells[end + after]):
        after += 1
    return index + end + after, units, after


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
    header = _header(lines, index)
    if header is None:
        return None
    cursor, unit_columns, trailing = header
    labels = [_clean(line) for line in lines[index:cursor]]
    probe = cursor
    while probe < len(lines) and probe < cursor + 3 and _GROUP.match(_clean(lines[probe])):
        probe += 1
    if probe >= len(lines) or not _NUMBERED.match(_clean(lines[probe])):
        return None
    rows: list[tuple[str, int, list[int], list[list[str]]]] = []  # (number, part, lines, unit cells)
    number, part, cells, units, after = None, 0, [], [], 0

    def close():
        if cells and units:
            rows.append((number, part, cells, units))

    while cursor < len(lines):
        cell = _clean(lines[cursor])
        numbered = _NUMBERED.match(cell)
        if [_clean(line) for line in lines[cursor:cursor + len(labels)]] == labels:
            cursor += len(labels)  # the header again after a page break
            continue
        if cells and not after and len(units) < unit_columns and not numbered and (names := _units(cell)) is not None:
            units.append(names)
        elif units and not after and not numbered and (names := _units(cell)) is not None:
            units[-1] += [name for name in names if name not in units[-1]]  # a unit cell over several lines
        elif numbered and (units or not cells):
            close()
            number, part, cells, units, after = numbered.group("number"), 0, [cursor], [], 0
        elif _GROUP.match(cell) and (units or not cells):
            close()
            cells, units, after = [], [], 0
        elif units and after < trailing:
            after += 1  # a cell of a column after the units ("绩效指标")
            cells.append(cursor)
        elif units and "。" in cell and cursor + 1 < len(lines) and _units(_clean(lines[cursor + 1])) is not None:
            close()  # a measure with unit cells of its own: a further row of the same task
            part, cells, units, after = part + 1, [cursor], [], 0
        elif cells and not units and number is not None:
            cells.append(cursor)
        else:
            break
        cursor += 1
    close()
    if len(rows) < 2:
        return None
    continued = {number for number, part, _, _ in rows if part}
    return [_task(lines, number, part, cells, units, number in continued)
            for number, part, cells, units in rows], cursor


def _task(lines, number: str, part: int, cells: list[int], units: list[list[str]], continued: bool) -> dict:
    first, last = lines[cells[0]], lines[cells[-1]]
    numbered = _NUMBERED.match(_clean(first))
    title = numbered.group("title") if numbered and not part else headline(first.text.strip())[0]
    lead = units[0]
    support = [name for name in (units[1] if len(units) > 1 else []) if name not in lead]
    return {
        "number": f"{number}-{part + 1}" if continued else number,
        "title": title.rstrip("。；;"),
        "lead": lead,
        "support": support,
        "text": "".join(lines[index].text.strip() for index in cells),
        "responsibility": " | ".join("、".join(names) for names in units),
        "rule": "table_titled_rows",
        "unsure": False,
        "start": first.start,
        "end": last.end,
        "target_spans": [(lines[index].start, lines[index].end) for index in cells],
    }
