"""Cells of an assessment table that say the plan's units have nothing to do ("无任务" under 责任单位).

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
