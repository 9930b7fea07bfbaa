"""Sub-rows numbered inside a row's item cell (考核任务分解表): "1.完善…" / "6月前完成…" / "甲处、乙处" / "2.未通过…" /
"持续跟进" / "甲处、丙处" / "3.…" / "持续跟进". Each numbered item opens a sub-row; one that prints its own unit cell
is a task of the row's content cell, numbered "N-k" by its first item; one without a unit cell sits under the unit
cell of the sub-row above (the cell spans it) and belongs to that task."""

import re

from .numbering import headline
from .table_cells import NUMBER_CELL, unit_cell

# "2.未通过…", "3、组织…": the item mark opening a sub-row's first cell (not "2022年…" nor "2.5分"); a star before it
# ("*3.城市可渗透面积比例…") marks an item the assessment scores apart, an item all the same; so is "1.9月底前…" (a month).
ITEM_MARK = re.compile(r"^\s*[*＊★※]?\s*(\d{1,2})\s*[.．、](?!\d(?!\d?月))")


def opens_item_sub_rows(after: list[str]) -> bool:
    """Whether the cells after a row's unit cell open a further numbered item with a unit cell of its own."""
    return (
        bool(after)
        and ITEM_MARK.match(after[0]) is not None
        and any(unit_cell(cell) is not None for cell in after[1:])
    )


def content_cell(before: list[str]) -> str:
    """The row's content cell: the last cell before its first numbered item that is no bare figure (分值)."""
    first_item = next((index for index, cell in enumerate(before) if ITEM_MARK.match(cell)), len(before))
    cells = [cell for cell in before[:first_item] if not NUMBER_CELL.match(cell.strip())]
    return cells[-1] if cells else ""


def item_sub_rows(
    lines, number: str, row_lines: list[int], cells: list[str], before: list[str], rest: list[str]
) -> list[dict]:
    """The sub-rows after the row's first unit cell: tasks "N-k" titled by the row's content cell."""
    name = content_cell(before)
    found: list[dict] = []
    offset = len(cells) - len(rest)
    index = 0
    while index < len(rest):
        cell = rest[index]
        if found and (unit_cell(cell) is not None or not ITEM_MARK.match(cell)):
            found[-1]["cells"].append(cell)
            found[-1]["end"] = lines[row_lines[1 + offset + index]].end
            index += 1
            continue
        end = index + 1
        while end < len(rest) and not ITEM_MARK.match(rest[end]) and unit_cell(rest[end]) is None:
            end += 1
        if end < len(rest) and unit_cell(rest[end]) is not None:
            line = lines[row_lines[1 + offset + index]]
            found.append(
                {
                    "item": ITEM_MARK.match(cell).group(1),
                    "units": unit_cell(rest[end]),
                    "cells": rest[index:end],
                    "start": line.start,
                    "end": lines[row_lines[1 + offset + end]].end,
                }
            )
            index = end + 1
        elif found:  # no unit cell of its own: under the unit cell above
            found[-1]["cells"].extend(rest[index:end])
            found[-1]["end"] = lines[row_lines[offset + end]].end
            index = end
        else:
            break
    tasks = []
    for sub in found:
        body = "".join(sub["cells"])
        tasks.append(
            {
                "number": f"{number}-{sub['item']}",
                "group": None,
                "title": name or headline(ITEM_MARK.sub("", body))[0].rstrip("。；;"),
                "lead": list(sub["units"]),
                "support": [],
                "text": name + body,
                "responsibility": "、".join(sub["units"]),
                "rule": "table_item_sub_row",
                "unsure": False,
                "start": sub["start"],
                "end": sub["end"],
                "column_targets": [],
            }
        )
    return tasks


def first_item_number(number: str, before: list[str]) -> str:
    """ "1-1": the number of a row's first sub-row, by the item its first item cell opens with."""
    item = next((ITEM_MARK.match(cell).group(1) for cell in before if ITEM_MARK.match(cell)), "1")
    return f"{number}-{item}"
