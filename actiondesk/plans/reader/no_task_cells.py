"""Cells of an assessment table that say the plan's units have nothing to do ("无任务" under 责任单位), and its
bonus rows, whose figures are what earns extra points, not goals of the plan.

A province's 考核指标任务分解表 passed down to a district lists every 考核标准 item with the district's units, and
"无任务" where the district has none: such an item is no task of the plan. Its item cell and its 无任务 cell are
dropped from the row, so the items left read as before; a row with no other unit cell is dropped whole.
"""

import re

from .item_sub_rows import ITEM_MARK
from .table_cells import unit_cell

NO_TASK = re.compile(r"^(?:暂?无任务|无此项任务|无相关任务|不涉及)$")


def drop_no_task_items(rows: list[tuple]) -> list[tuple]:
    """Rows as (number, line indexes, cells) without the items whose unit cell is "无任务"; a row whose unit cells
    all say so is dropped."""
    kept = []
    for number, row_lines, cells in rows:
        marks = [index for index, cell in enumerate(cells) if NO_TASK.match(re.sub(r"\s+", "", cell))]
        if not marks:
            kept.append((number, row_lines, cells))
            continue
        dropped: set[int] = set()
        for mark in marks:
            dropped.add(mark)
            item = next((index for index in range(mark - 1, -1, -1) if ITEM_MARK.match(cells[index])), None)
            # "2.建成省级示范村的，得4分。" / "无任务": the item and the cells between go with it
            if item is not None and all(unit_cell(cells[index]) is None for index in range(item, mark)):
                dropped.update(range(item, mark))
        left = [index for index in range(len(cells)) if index not in dropped]
        if not any(unit_cell(cells[index]) is not None for index in left):
            continue  # "历史文化保护" / … / "无任务": the row is no task of the plan
        kept.append(
            (number, [row_lines[0]] + [row_lines[1 + index] for index in left], [cells[i] for i in left])
        )
    return kept


# "十二、奖励加分项", "十三、日常督促扣分项": a section of rows scoring what earns or loses points.
_POINTS_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]\s*[^。；;，,]{0,12}(?:加分|扣分|减分|奖惩|奖扣)项?$")
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")


def points_rows(lines, start: int, rows: list[tuple]) -> set[str]:
    """Numbers of the rows under a bonus or deduction section ("十二、奖励加分项" / "53.获得表彰…" / "95" / …): their
    figures ("…作典型经验交流的1项及以上") say what earns or loses points; the plan sets them no goal."""
    found: set[str] = set()
    inside = False
    above = [lines[index].text for index in range(start, rows[0][1][0])] if rows else []
    for (_, _, cells), (number, _, _) in zip([(None, None, above), *rows], rows, strict=False):
        for cell in (re.sub(r"\s+", "", cell) for cell in cells):
            if _SECTION.match(cell):
                inside = bool(_POINTS_SECTION.match(cell))
        if inside:
            found.add(number)
    return found
