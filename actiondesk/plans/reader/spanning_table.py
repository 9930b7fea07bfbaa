"""One-cell-per-line task tables whose cells may span rows (see table_cells): each numbered row is read into a task.

The columns before the unit cell fill from the right (a spanning 事项 cell on the left is printed only in its first
row). A 名称 column ("任务名称", "品牌名称") printed in every row titles its row; printed only in some rows it names
a group of rows. A schedule column (完成时限, 时间节点) holds no task words and no targets ("一季度10%二季度40%")."""

import re
from itertools import takewhile

from .annex_tables import whole_figure
from .column_targets import column_target
from .division_leads import DIVISION_LEAD_LABEL, division_lead_lines
from .item_rows import item_columns, item_rows
from .item_sub_rows import content_cell, first_item_number, item_sub_rows, opens_item_sub_rows
from .no_task_cells import drop_no_task_items, points_rows
from .numbering import headline
from .project_scales import SCALE_HEAD, scale_targets
from .role_words import LEAD, SUPPORT
from .spanned_rows import (
    EMPTY,
    division_cells,
    group_rows,
    headed_runs,
    owned_row,
    spanned_task,
    sub_rows,
    support_cells,
    trimmed,
    worded_cell,
    worded_lines,
    year_spans,
)
from .table_cells import (
    NUMBER_CELL,
    WORK_START,
    cell_groups,
    header_unit,
    last_unit_cell,
    schedule_cell,
    schedule_column,
    spanning_rows,
    split_row,
    unit_cell,
    unit_cell_after_schedule,
)
from .table_labels import (
    BUILDER_HEAD,
    COMMITTED_FUNDS_HEAD,
    CONTENT_HEAD,
    FIRST_LEADS_NOTE,
    FUNDS_HEAD,
    GOAL_HEAD,
    GROUP_HEAD,
    NAME_HEAD,
    PAST_HEAD,
    PERSON_HEAD,
    count_unit,
    measure_cell,
)
from .units_first import read_units_first, units_first

_NAME_LABEL = re.compile(r"名称$")
# "分项任务": a sub-field cell printed in the first row of its rows names them, like a 名称 printed in only some rows.
_FIELD_LABEL = re.compile(r"^分项(?:任务|工作)?$")
_SCHEDULE_LABEL = re.compile(r"时限|期限|时间|进度|节点")
_YEAR_LABEL = re.compile(r"^20\d\d年")
# A task cell holding a numbered list ("1. 强化…。2. 紧扣…。"): the title is its first item's, without the "1.".
_LIST_MARK = re.compile(r"^\d{1,2}\s*[.．、]\s*(?!\d)")
# What a schedule cell says (a row short of cells may shift its task cell under the schedule column: kept as text).
_SCHEDULE = re.compile(r"20\d\d|季度|[上下]半年|月|年底|年内|全年|前|完成|持续|长期|常态")
_GROUP_CELL = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")  # "（二）增强…": a group label printed after a row
_LEVEL_NAME = re.compile(r"[省市区县各]")
# "经济发展处", "东庠办事处": a name that ends as an office's does is a unit, not a group label of the rows below.
_OFFICE = re.compile(r"(?:局|委|办|处|科|室|办事处|政府)$")
_ROLE_WORD = re.compile(r"牵头|配合")  # a unit cell found with a role word in it says who leads in words
# A count of times with a floor word in a schedule cell ("2次及以上", "至少2次", "不少于3次").
_FLOOR_OF_TIMES = re.compile(r"(?:至少|不少于|不低于)\s*[\d一二三四五六七八九十两]+\s*次|\d+\s*次\s*(?:及以上|以上)")
_SHORT_NAME = re.compile(r"[^。；;！？]{1,40}")
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _clean(line: str) -> str:
    return line.strip().rstrip("|").strip()


# The role of a column of a body's own divisions after the unit columns ("市卫健委内牵头处室"): its cells are skipped.
DIVISIONS = "divisions"


def read_spanning(text: str, lines, start: int, columns: list, tasks: list[dict], categorised: bool = False) -> int:
    """A one-cell-per-line table whose unit cells may span rows (see table_cells); returns the end line.
    ``categorised``: the header opens with a category column before 序号, whose cells close the rows above."""
    rows, end = spanning_rows(lines, start, _clean, header=[column.label for column in columns])
    rows = drop_no_task_items(rows)  # "2.建成…示范村的，得4分。" / "无任务": no task of the plan's units
    if units_first(columns):  # "序号 / 责任单位 / 工作任务": the unit cells open each row
        tasks += read_units_first(lines, rows, columns, _clean)
        return end
    divisions = 0
    while divisions < len(columns) and columns[-1 - divisions].role == DIVISIONS:
        divisions += 1
    columns = columns[:len(columns) - divisions]
    lead_at = [column.role for column in columns].index(LEAD)
    first_leads = FIRST_LEADS_NOTE.search(columns[lead_at].label)  # the label says the first unit listed leads
    before_lead = columns[1:lead_at]
    units, support = None, []
    # "牵头部门 / 主责单位 / 协办单位": every unit column after the lead's works with it, one block of unit lines.
    has_support = (supports := len(list(takewhile(lambda column: column.role == SUPPORT, columns[lead_at + 1:])))) > 0
    # Year columns after the unit columns ("2024年工作任务", "2025年工作计划"): their cells state the row's targets.
    years_after = any(_YEAR_LABEL.match(column.label) for column in columns[lead_at + 1:])
    first, units_last = len(tasks), lead_at + 1 + supports == len(columns)
    # "… / 责任单位及分工 / 完成时限": only schedule columns after the unit columns; their cells close each sub-row.
    closing = len(columns) - lead_at - 1 - supports
    closing = closing if closing and all(schedule_column(column.label) for column in columns[-closing:]) else 0
    names = _name_columns([column.label for column in before_lead]) | _group_names(rows, before_lead)
    titled = _named_rows(rows, before_lead, len(columns) - 1)
    field = None  # a group cell ("领域", "分项任务") spans the rows under it: they are of its group too
    unit_lines: dict[int, int] = {}  # task index -> the unit lines of its row (lead cell and 配合 cells)
    counts = item_columns([column.label for column in before_lead]) if units_last else None
    heads = group_rows(rows)
    named: list[tuple[int, str | None, str]] = []  # rows under a name column: (task index, its name, its words' title)
    sections = _section_rows(lines, start, rows)
    for number, row_lines, cells in rows:
        field = sections.get(number, field)
        if number in heads:  # "1" / "提升道路设施水平" above rows "1.1", "1.2": the name of their group, no task
            field = "".join(cells).rstrip("。；;")
            continue
        items = counts and item_rows(lines, number, row_lines, cells, [c.label for c in before_lead], counts,
                                     column_target)
        if items:  # "项目类别 / 项目名称 / 布点数量 / 责任部门": items by name, more of them under the unit cell
            tasks += items
            continue
        if before_lead and not titled and len(tasks) > first and cells and unit_cell(cells[0]) is not None \
                and not WORK_START.match(cells[0]):
            # The row starts with its unit cell: its task cell spans it from the row above (its own units).
            spanned_task(lines, number, row_lines, cells, tasks, has_support, years_after)
            continue
        before, found, after = split_row(cells, max(1, len(before_lead)))
        groups = [[index] for index in range(len(cells))]
        # Cells written over several lines: try the row's cells joined line to line ("/" under 牵头 is no line of one).
        if found is None and not (0 < len(before_lead) < len(cells) and EMPTY.fullmatch(cells[len(before_lead)])):
            groups = cell_groups(cells)
            joined = ["".join(cells[i] for i in group) for group in groups]
            before, found, after = split_row(joined, max(1, len(before_lead)))
            if found is None:
                groups = [[index] for index in range(len(cells))]
                before, found, after = split_row(cells, max(1, len(before_lead)))
        at = len(before_lead)
        before, found, after = owned_row(cells, before, found, after, columns, lead_at)  # 建设地点 / 建设主体 cells
        filled = list(cells)
        while filled and (not filled[-1] or _GROUP_CELL.match(filled[-1])):  # an empty line or the next rows' group
            filled.pop()
        last = units_last and not has_support and found is None and last_unit_cell(filled, len(columns) - 1)
        if last:  # a row with every cell and the units last: its last cell is the unit cell, whatever its names
            before, found, after = filled[:-1], last, []
        if found is None and 0 < at < len(cells) and EMPTY.fullmatch(cells[at]):  # "——" under 牵头: no lead
            before, found, after = cells[:at], [], cells[at + 1:]
        after_schedule = found is None and before_lead and schedule_column(before_lead[-1].label) \
            and unit_cell_after_schedule(cells)
        if after_schedule:  # "年内完成" / "卫生健康委、区委党校": the cell under the unit column, after the schedule's
            before, found, after = after_schedule
        worded = None  # "区建管委（牵头）、区规划资源局", "区残联牵头，区民政局配合": who leads, said in the cell
        for index in range(1, min(len(cells), max(1, len(before_lead)) + 1)) if found is None else ():
            run = worded_lines(cells[index:])  # "政法综治处牵头，" / "交通与建设处配合": one cell over two lines
            worded = run and run[:2] + run[3:]
            if worded:
                before, found, after = cells[:index], worded[0], run[2]
                break
        while found and not has_support and not worded and after and unit_cell(after[0]) is not None \
                and (len(after) > 1 or not categorised and (_LEVEL_NAME.match(after[0]) or _OFFICE.search(after[0]))):
            # The row's last line may be a group label of the rows below ("产业园区"): only a name that opens with its
            # level ("区…", "市…", "各…") is taken there.
            # "区建管委" / "区规划资源局": the one unit column's cell, one unit a line
            found, after = found + [name for name in unit_cell(after[0]) if name not in found], after[1:]
        if found and _ROLE_WORD.search("".join(found)):
            worded = worded_cell("、".join(found))
            found = worded[0] if worded else found
        spanned = found is None
        units = found if found is not None else units
        used = 0
        if has_support and not spanned and not worded and DIVISION_LEAD_LABEL.match(columns[lead_at].label):
            # "经济发展处" / "综治处" / "各包村工作大队" under 责任处室 / 配合单位: the divisions lead, the rest support
            run = [found, *takewhile(lambda names: names is not None, map(unit_cell, after))]
            taken = division_lead_lines(run) - 1
            units = found + [name for names in run[1 : 1 + taken] for name in names if name not in found]
            after = after[taken:]
            support, used = support_cells(after, one=bool(divisions))
        elif has_support and not spanned:  # the 配合单位 cells right after the lead's, when the row has them
            support, used = support_cells(after, one=bool(divisions))
            unit_lines[len(tasks)] = 1 + used
        if divisions and not spanned:
            used += division_cells(after[used:], divisions)
        if worded:
            support = worded[1] + [name for name in (support if has_support else []) if name not in worded[1]]
        elif not has_support:
            support = []
            if first_leads and not spanned and len(units) > 1:  # "责任单位（第一个为牵头单位）"
                units, support, worded = units[:1], units[1:], ([], [], "document_first")
        if spanned:  # no unit cell: a group label printed after the row is not part of its text
            before = before[:max(1, len(before_lead))]
        if not before:
            continue
        # The cells before the unit cell fill the columns before it from the right: a spanning 事项 cell on the
        # left is printed only in its first row.
        shift = max(0, len(before_lead) - len(before))
        text_lines, targets, group, floor_spans = [], [], None, []
        title_lines, name = [], None  # the row's text without its group cell, and its name cell
        # The row's unit of measure: its 单位 cell ("个"), or the bracket closing its name ("养老服务床位总量（张）").
        measure = next((cell for offset, cell in enumerate(before) if offset + shift < len(before_lead)
                        and measure_cell(before_lead[offset + shift].label, cell)), None) \
            or (header_unit(before[0]) if before else None)
        for offset, cell in enumerate(before):
            at_column = min(len(before_lead) - 1, offset + shift)
            column = before_lead[at_column] if before_lead else None
            line = lines[row_lines[1 + groups[offset][0]]]
            unit = (header_unit(column.label) or count_unit(column.label)) if column else None
            figure = NUMBER_CELL.match(cell)
            inner = column is not None and offset + 1 < len(before)  # a cell with the row's content after it
            if inner and (_NAME_LABEL.search(column.label) or _FIELD_LABEL.match(column.label)):
                group = cell  # "任务名称" beside "任务内容": the name of the rows' group (it may span rows)
                group_lines = [line]
                field = cell if _FIELD_LABEL.match(column.label) else field
            elif column and (PERSON_HEAD.search(column.label) and _SHORT_NAME.fullmatch(cell) and len(cell) <= 12
                             or BUILDER_HEAD.match(column.label)):
                continue  # "牵头领导" / "张三", "建设主体" / "甲医院": who signs or builds, neither words nor units
            elif column and (column.role != "text" and _SCHEDULE_LABEL.search(column.label) and _SCHEDULE.search(cell)
                             and len(cell) <= 40 or schedule_column(column.label) and schedule_cell(cell)):
                if _FLOOR_OF_TIMES.search(cell):  # "6月前完成1次，11月底前完成2次及以上": its floor is a goal
                    floor_spans.append((line.start, line.end))
                continue  # "一季度10%二季度40%；…11月底完成。": a schedule, neither the task's words nor a goal
            elif column and PAST_HEAD.search(column.label) and (figure or EMPTY.fullmatch(cell)):
                continue  # "2020年完成值" / "2578": where the plan starts from, neither its words nor a goal
            elif unit and figure and FUNDS_HEAD.search(column.label) and not COMMITTED_FUNDS_HEAD.search(column.label):
                continue  # "总投资（万元）" / "7500": what the project costs, neither its words nor a goal
            elif unit and figure:
                targets.append(column_target(cell, figure, unit, column.label, line, number))
            elif column and measure_cell(column.label, cell):
                continue  # "单位" / "个": the measure of the row's figures, neither its words nor a unit of the plan
            elif column and GOAL_HEAD.search(column.label) and figure and offset and measure:
                # "养老服务床位总量（张）" / … / "3000" under "2025年目标值": the goal in the row's measure
                targets.append({**column_target(cell, figure, measure, "", line, number),
                                "rule": "table_goal_cell"})
            elif column and GOAL_HEAD.search(column.label) and whole_figure(cell):
                # "量化指标" / "10座": the cell is the row's goal, its indicator the row's task (set below)
                targets.append({**whole_figure(cell), "rule": "table_goal_cell", "start": line.start,
                                "end": line.end, "task": number, "sentence": cell})
            else:
                cell_lines = [lines[row_lines[1 + index]] for index in groups[offset]]
                text_lines += cell_lines
                if column and SCALE_HEAD.search(column.label):  # "总建筑面积13000平方米": what the project builds
                    targets += scale_targets(cell, line, number)
                if inner and GROUP_HEAD.match(column.label) and at_column not in names and _SHORT_NAME.fullmatch(cell):
                    field = cell  # "领域" / "交通": the group of this row and of the rows under it, no title
                    continue
                if inner and names and _LIST_MARK.match(cell) and _SHORT_NAME.fullmatch(cell.rstrip("。")):
                    field = cell  # "1.“数据要素×”…消费。": a numbered group over the rows below (wherever it lands)
                    continue
                if inner and at_column in names and name is None and _SHORT_NAME.fullmatch(cell):
                    # "重点任务" beside "具体措施": the row's own short name titles it ("深化消防安全 培训教育": one
                    # name printed as two paragraphs of its cell, joined)
                    name = _WRAP_SPACE.sub("", cell)
                    continue
                title_lines += cell_lines
        if not text_lines and titled and group:  # "指标名称" / "完成值" / "目标值": the name is the row's only words
            text_lines = group_lines
        if not text_lines:
            continue
        body = "".join(_clean(line.text) for line in text_lines)
        words = "".join(_clean(line.text) for line in title_lines) or body
        for target in targets:
            target["indicator"] = target["indicator"] or name or headline(words)[0].rstrip("。；;")
        if names:
            named.append((len(tasks), name, headline(_LIST_MARK.sub("", words))[0].rstrip("。；;")))
        tasks.append({
            "number": number, "group": None if titled else group or field,
            # A name printed in every row ("任务名称", "品牌名称") titles its row.
            "title": (group if titled and group else name or headline(_LIST_MARK.sub("", words))[0]).rstrip("。；;"),
            "lead": list(units or []), "support": [name for name in support if name not in (units or [])],
            "text": body,
            "responsibility": "、".join((units or []) + support), "rule": "table_spanning" if spanned else "table" + (f"+{worded[2]}" if worded else ""),
            "unsure": not units, "start": text_lines[0].start, "end": text_lines[-1].end,
            "column_targets": targets,
            "target_spans": [(text_lines[0].start, text_lines[-1].end)] + floor_spans + (
                year_spans(lines, row_lines, len(cells) - len(after) + used) if years_after and found else []),
        })
        if units_last and found is not None and not has_support and len(groups) == len(cells) \
                and opens_item_sub_rows(after):
            # "1.…" / units / "2.…" / units: numbered items with their own unit cells are tasks of the row's content
            tasks[-1].update(number=first_item_number(number, before), title=content_cell(before) or tasks[-1]["title"])
            tasks += item_sub_rows(lines, number, row_lines, cells, before, after)
        elif (units_last or closing) and found is not None and len(before) > 1 and cells[len(cells) - len(after):] == after:
            # A sub-row has the cells of the row's content column on ("考核标准" / "评价方法" / "供电公司"); the row's
            # own content cell may have run over several lines (joined above: the cells after it are the row's).
            measures = sub_rows(lines, number, row_lines, cells, after[used:], before[0], has_support, divisions,
                                closing, tasks[-1]["title"] if names and closing else None, len(before) - 1,
                                schedule_column(before_lead[-1].label))
            if measures and name and not closing:  # the 重点任务 cell spans measure rows: it names their group
                tasks[-1].update(title=headline(words)[0].rstrip("。；;"), group=name)
                for measure in measures:
                    measure.update(title=headline(measure["text"][len(before[0]):])[0].rstrip("。；;"), group=name)
            tasks += measures
    _unit_lines_unsure(tasks, unit_lines, tasks[first:] if supports > 1 else [])
    headed_runs(lines, start, rows, tasks[first:])  # "44.新区建设样板" / "81" / … / "45.…样板" / "82": rows by heading
    scored = points_rows(lines, start, rows)  # "十二、奖励加分项": what earns points is no goal of the plan
    for task in (task for task in tasks[first:] if task["number"].split("-")[0] in scored):
        task.update(target_spans=[(task["start"], task["start"])], column_targets=[])
    if any(name for _, name, _ in named) and not all(name for _, name, _ in named):
        # The name column spans rows (printed only in the first row of each): it names groups, not rows.
        group = None
        for index, name, title in named:
            group = name or group
            tasks[index].update(title=title, group=group)
    if tasks and end + 1 < len(lines) and re.match(r"^(?:汇总|合计|总计)$", _clean(lines[end].text)):
        figure_columns = [column for column in columns if header_unit(column.label)]
        figure = NUMBER_CELL.match(_clean(lines[end + 1].text))
        if len(figure_columns) == 1 and figure:  # the total row: its figure is a target of the whole table
            column = figure_columns[0]
            tasks[-1]["column_targets"].append(column_target(
                _clean(lines[end + 1].text), figure, header_unit(column.label), column.label, lines[end + 1], None))
            end += 2
    return end


def _unit_lines_unsure(tasks: list[dict], unit_lines: dict[int, int], several: list[dict]) -> None:
    """A row that prints more unit lines than there are unit columns (牵头 and 配合), one name a line, does not show
    where its lead cell ends and its 配合 cell begins (the lines may split 2 + 2 or 3 + 1 as well as 1 + 3): it reads
    "first line leads, the rest support", marked unsure (``table_unit_lines``, 待确认); so does every row of more
    than one name under several support columns (``several``: "牵头部门 / 主责单位 / 协办单位")."""
    names = {id(task): len(task["lead"]) + len(task["support"]) for task in tasks}
    rows = [tasks[index] for index, count in unit_lines.items() if index < len(tasks) and count > 2
            and tasks[index]["rule"] == "table" and names[id(tasks[index])] == count]
    for task in rows + [task for task in several if task["rule"] in ("table", "table_sub_row") and names[id(task)] > 1]:
        task.update(rule="table_unit_lines", unsure=True)


def _name_columns(labels: list[str]) -> set[int]:
    """The columns that give a row a short name of its own: a task label ("重点任务", "工作事项") right before a
    content column ("具体措施", "主要内容", "工作目标")."""
    return {index for index, label in enumerate(labels)
            if NAME_HEAD.match(label) and index + 1 < len(labels) and CONTENT_HEAD.search(labels[index + 1])}


_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}(?:[、.．]\s*(?P<name>[^。；;，,]{2,30}))?$")


def _section_rows(lines, start: int, rows) -> dict[str, str]:
    """Section rows between the numbered rows ("二、改善市容环境", or "二" / "改善市容环境"), printed after the cells
    of the row above (or above the first row): the name of the group of the rows below, by the first row's number."""
    def section(cells: list[str]) -> str | None:
        for width in (1, 2):
            tail = cells[-width:] if len(cells) > width else []
            head = _SECTION.match(tail[0]) if tail else None
            if head and (width == 1) == bool(head.group("name")):
                name = head.group("name") or tail[1]
                return name if _SHORT_NAME.fullmatch(name) and len(name) <= 30 else None
        return None

    found: dict[str, str] = {}
    if rows:
        above = section(["", *(_clean(lines[index].text) for index in range(start, rows[0][1][0]))])
        if above:
            found[rows[0][0]] = above
    for (_, _, cells), (following, _, _) in zip(rows, rows[1:], strict=False):
        name = section(cells)
        if name:
            found[following] = name
    return found


def _group_names(rows, before_lead) -> set[int]:
    """A group column ("任务类型") before a content column ("重点内容") that every row opens with, a different cell
    in each row: it names the rows one by one, not groups of them."""
    if len(before_lead) < 2 or not GROUP_HEAD.match(before_lead[0].label) \
            or not CONTENT_HEAD.search(before_lead[1].label) or len(rows) < 2:
        return set()
    firsts = ["".join(cells[index] for index in cell_groups(cells)[0]) if cells else "" for _, _, cells in rows]
    if all(_SHORT_NAME.fullmatch(cell) and len(cell) <= 20 for cell in firsts) and len(set(firsts)) == len(firsts):
        return {0}
    return set()


def _named_rows(rows, before_lead, width: int) -> bool:
    """Whether a 名称 column opening the row's cells (after a 领域 column printed in a group's first row only, then counted
    from the row's ``width`` end) is printed in every row: it titles each row; printed in some, it names their group."""
    at = 1 if len(before_lead) > 2 and GROUP_HEAD.match(before_lead[0].label) else 0
    if len(before_lead) < 2 + at or not _NAME_LABEL.search(before_lead[at].label) or not rows:
        return False
    return all(cells and _SHORT_NAME.fullmatch(cells[0] if not at or len(trimmed(cells)) < width - at
                                               else trimmed(cells)[at - width]) for _, _, cells in rows)
