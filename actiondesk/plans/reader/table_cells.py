"""Cells of task tables written one cell per line, where a cell may span several rows or run over several lines.

A row starts with its number ("4") and runs to the next number in sequence ("5"). Within a row, the cell that
names who is responsible is recognised by its words (a list of bodies: "…局、…委、各相关街镇"), not by its
position, because a responsible-unit cell that spans rows 4–8 is printed only in row 4 and a unit written over
two lines ("申通地铁" / "集团") gives one cell more. A row without a unit cell has the units of the row above.
The lines after the unit cell (a group label printed between rows, "行动二：…") belong to no task.
"""

import re

from .departments import split_names
from .name_joins import VILLAGE

_UNIT_END = re.compile(
    r"(?:局|委|厅|办|部|室|科|中心|政府|管委会|公司|集团|银行|海关|院|处|所|队|站|社|馆|专班|街道|街镇|"
    r"办事处|开发区|园区|主体|企业|单位|机关|机构|妇联|工商联|残联|侨联|科协|团区委|团委|工会|"
    r"村委会|居委会|委员会|(?<!部)署|分行|支行|贸促会)$"  # "各村委会", "白沙村委会": a village's committee is a body
)
# A town ("彭浦镇"; not "特色小镇", "城镇"), a catch-all ("各部门", "各功能区", "各功能片区", "各相关部门", "各有关单位";
# not "各项工作") and a bare level after a catch-all ("镇"): units as written, though no body ends so.
_TOWN = re.compile(r"..(?<![小城乡])镇$")
# "福田区", "大鹏新区": a district named in a city's unit cell (not a zone the work builds: 示范区, 先行区, 景区…).
_DISTRICT = re.compile(r"^(?![^区]*(?:示范|先行|试验|集聚|核心|功能|保税|自贸|片|景|城|社|小|园|校|矿|林))[\u4e00-\u9fff]{2,3}新?区$")
_CATCH_ALL = re.compile(r"^各(?!项|类|种|个|样|自|方面|环节|领域|阶段|行业)(?:相关|有关)?[^\d\s，,。；;：:、（）()]{0,6}"
                        r"(?:部门|单位|片区|区域|板块|地区|条线|系统|社区|居委|村居|村|镇|地|功能区|街道|街镇|乡镇|区|县|市)$")
# "相关村", "有关社区": the places concerned, listed beside a named body ("资源生态处、相关村"), a catch-all as written.
_PLACES_CONCERNED = re.compile(r"^(?:相关|有关)(?:村|村居|社区|街道|街镇|乡镇)$")
_LEVEL = re.compile(r"区|县|镇|乡|街道|街镇")
# "区委宣传部（区文明办、区政府新闻办、区委网信办）": a body named with the offices it stands for, in brackets.
_OFFICES = re.compile(r"[（(][^（）()]{1,40}[）)]$")
# A cell that opens with work ("建设丁中心", "推进甲系统建设") is a task cell even when it ends like a body; an office
# named after its work ("建设处", "发展科") is not.
WORK_START = re.compile(r"^(?:建设|建立|建成|新建|推进|推动|完善|加强|加快|开展|实施|打造|培育|提升|强化|深化|优化|"
                        r"落实|组织|制定|健全|构建|创建|做好|持续|全面|积极|有序|改造|发展|筹建|设立|成立)(?!.{1,2}$)")
# "支持甲园区建设零碳园区，支持有条件的园区建设…": clauses of work joined by "，" whose ends look like bodies' names;
# a body's name does not open with such a verb ("推进办" and "促进中心" are bodies: the verb and one or two characters).
_WORK_NAME = re.compile(r"^(?:支持|鼓励|引导|探索|推进|推动|促进|加快|加强|加大|扩大|扩展|开展|实施|落实|完善|强化|深化|优化|"
                        r"做好|积极|提升|打造|培育|组建|成立|设立|建立)(?!.{1,2}$)")  # "组建宣讲队": work, no body
_SENTENCE_MARK = re.compile(r"[。；;：:！？]")
# "涉林信访纠纷调处", "违法案件查处": work that ends in 处 as a division's name does (资源生态处) is no unit.
_VERB_END = re.compile(r"(?:调处|查处|惩处|论处|判处)$")
# "各处室配合各村委会": two lines of a unit cell run together, a role word between them — no one body's name.
_ROLE_INSIDE = re.compile(r".(?:牵头|配合)(?!$)")
_DUTY_TAIL = re.compile(r"(?<=[^\s，,、])等?(?:按照?职责分工|按照?职责)(?:负责|落实)?$")
_STOP = re.compile(r"^(?:附表|附件|汇总|合计|总计|表\s*\d{1,2}\s*\S)")  # "表2 …任务表": the next table's caption
NUMBER_CELL = re.compile(r"^(?P<low>\d+(?:\.\d+)?)(?:\s*[-—~～－]\s*(?P<high>\d+(?:\.\d+)?))?$")
# "全年推进", "年内完成", "三季度完成", "2026年底前", "12月", "与国家安排同步": a cell of a schedule column (时间进度, 完成时限,
# 时间节点), part neither of the task's text nor of its unit cell.
_SCHEDULE_CELL = re.compile(
    r"^(?=[^，。；,;、：:]{2,12}$)(?:全年|持续|年内|年底|年中|年末|长期|常态化|上半年|下半年|[一二三四1-4]季度|每年|每季度|"
    r"每月|20\d\d年|\d{1,2}月|与|按)\S*?(?:推进|完成|坚持|开展|实施|启动|前|底|末|内|中|同步|月|年|季度|持续|常态化)$"
    r"|^(?:全年|长期|持续|常态化|20\d\d年(?:\d{1,2}月)?(?:底|末|内)?前?|\d{1,2}月(?:底|末|[上中下]旬)?前?)$"
)
_SCHEDULE_LABEL = re.compile(r"时限|期限|时间|进度|节点|日期")
_HEADER_UNIT = re.compile(r"[（(](?P<unit>[A-Za-z%％]{1,6}|[^（）()\d]{1,4})[）)]$")


_NOTE_END = re.compile(r"[（(][^（）()]{1,12}[）)]$")  # "各区（新区、合作区）": a catch-all with a note of what it takes in


def unit_cell(cell: str) -> list[str] | None:
    """The bodies named by a cell that is a list of responsible units, else None."""
    cell = _DUTY_TAIL.sub("", cell.strip())  # "…、平潭海关按职责分工": how they work, not a name
    if not cell or _SENTENCE_MARK.search(cell) or len(cell) > 120:
        return None
    names = [part for name in split_names(cell) for part in _joined(name)]
    if any(_WORK_NAME.match(name) or _VERB_END.search(name) for name in names):
        return None
    catch_all = any(_CATCH_ALL.match(name) for name in names)
    # "各部门、各街道、镇、各功能区": catch-alls, and a bare level printed after one ("镇"), are units as written.
    bodies = [bool(names_a_body(bare) or _CATCH_ALL.match(bare) or catch_all and _LEVEL.fullmatch(bare)
                   or len(names) > 1 and (_PLACES_CONCERNED.match(bare) or VILLAGE.match(bare)))
              for bare in (_NOTE_END.sub("", name) or name for name in map(_without_offices, names))]
    # "建设主管部门、区规划资源局": a kind of department listed beside named bodies is a unit too ("重点考核部门"
    # alone is a category).
    if names and all(len(_without_offices(name)) <= 20 and (body or any(bodies) and name.endswith("部门"))
                     for name, body in zip(names, bodies, strict=True)):
        return names
    return None


def schedule_cell(cell: str) -> bool:
    """"全年推进", "持续推进", "年内完成", "长期坚持": when the work is done, not what it is or who does it."""
    return bool(_SCHEDULE_CELL.match(cell.strip()))


def schedule_column(label: str) -> bool:
    """"时间进度", "完成时限", "时间节点": a column that says when."""
    return bool(_SCHEDULE_LABEL.search(label))


def names_a_body(name: str) -> bool:
    """"区绿化市容局", "广中街道", "彭浦镇": the name ends as a body's does."""
    return bool(_UNIT_END.search(name) or _TOWN.search(name) or _DISTRICT.match(name))


def _joined(name: str) -> list[str]:
    """"区城管执法局和属地街镇", "商务委或属地街镇", "…交通主管部门及公交企业": two bodies joined by 和, 或 or 及 (not
    "区住房和城乡建设委", whose first part is no body)."""
    parts = re.split(r"[和或及]", name)
    if len(parts) == 2 and all(len(part) >= 3 and (_UNIT_END.search(part) or part.endswith("部门")) for part in parts):
        return parts
    return [name]


def _without_offices(name: str) -> str:
    return _OFFICES.sub("", name)


def header_unit(label: str) -> str | None:
    """"十四五装机计划（MW）": the unit the column's figures are written in."""
    match = _HEADER_UNIT.search(label)
    return match.group("unit") if match else None


def spanning_rows(lines, start: int, clean, header: list[str] | None = None):
    """Rows as (number, [line indexes], [cells]); a row runs from its number to the next one in sequence.

    The header printed again inside the table (a page break of the source: "序号 / 任务类型 / …") is passed over."""
    cursor = start
    skipped = 0
    while cursor < len(lines) and not row_number(clean(lines[cursor].text)) and skipped < 3:
        if _BRACKET_NUMBER.fullmatch(clean(lines[cursor].text)):
            return _bracket_rows(lines, start, clean, header)
        cursor += 1  # a group label printed above the first row
        skipped += 1
    rows = []
    group = ""  # the category row the numbering restarted under ("托育方面" / "1"): it prefixes the row numbers
    while cursor < len(lines) and row_number(clean(lines[cursor].text)):
        number = row_number(clean(lines[cursor].text))
        following = next_numbers(number)
        row_lines = [cursor]
        cursor += 1
        plain = 0  # lines since the row's last unit cell: a row of many sub-rows, each closed by its units, runs on
        # "百联逸刻" / "3" / "3" / "老字号": a figure equal to the next row's number is the row's last cell.
        while cursor < len(lines) and ((row_number(clean(lines[cursor].text)) not in following
                                       or cursor + 1 < len(lines)
                                       and clean(lines[cursor + 1].text) == clean(lines[cursor].text)) \
                and not _STOP.match(clean(lines[cursor].text)) and plain < _ROW_LINES \
                and not _header_again(lines, cursor, header, clean) and not _next_header(lines, cursor, clean) \
                and not _restarts(lines, cursor, row_lines, clean) or _score_cell(header, row_lines, lines, cursor, clean)):
            row_lines.append(cursor)
            cell = clean(lines[cursor].text)
            # Only a unit cell right under a schedule cell ("年底前" / "区商务局") closes a measure row: prose after a
            # table may name bodies on lines of their own too.
            plain = 0 if schedule_cell(clean(lines[cursor - 1].text)) and (_NO_UNIT.fullmatch(cell) or unit_cell(cell)) \
                else plain + 1
            cursor += 1
        rows.append((group + number, *_aliases_joined(row_lines, [clean(lines[i].text) for i in row_lines[1:]])))
        if _header_again(lines, cursor, header, clean):
            cursor += len(header)
        elif cursor < len(lines) and _restarts(lines, cursor, row_lines, clean):
            group = re.sub(r"\s+", "", clean(lines[cursor].text))
            cursor += 1
    return rows, cursor


_ROW_LINES = 30  # a row runs over at most 30 lines past the last unit cell under its schedule cell
_NO_UNIT = re.compile(r"[—－\-–]{1,3}")  # "——" under a unit column
_CATEGORY_ROW = re.compile(r"[\u4e00-\u9fff]{2,10}")
# "分值": a column of scores, whose figure may print the next row's number ("4" / "加分项" / "5" / "获得…加2分").
_SCORE_HEAD = re.compile(r"^(?:分值|分数|权重|标准分|基础分|满分)")


def _score_cell(header: list[str] | None, row_lines: list[int], lines, cursor: int, clean) -> bool:
    """The figure at ``cursor`` stands under a score column (the header's label at its place) and the row has no unit
    cell yet: it is the row's score, not the next row's number."""
    at = len(row_lines)
    return bool(header) and at < len(header) and bool(_SCORE_HEAD.match(re.sub(r"\s+", "", header[at]))) \
        and row_number(clean(lines[cursor].text)) is not None \
        and not any(unit_cell(clean(lines[index].text)) for index in row_lines[1:])


def _restarts(lines, cursor: int, row_lines: list[int], clean) -> bool:
    """"…区社会事业局" / "托育方面" / "1": a category row after a row's unit cell, and the numbering starting again
    under it — the rows below are of that category (the same numbers again), not more lines of the row above."""
    label = re.sub(r"\s+", "", clean(lines[cursor].text))
    return (cursor + 2 < len(lines) and _CATEGORY_ROW.fullmatch(label) is not None and unit_cell(label) is None
            and row_number(clean(lines[cursor + 1].text)) == "1" and not row_number(clean(lines[cursor + 2].text))
            and any(unit_cell(clean(lines[index].text)) for index in row_lines[1:]))


# A row's printed number: "3", "3." or "3、", "（3）", "03", or "1.2" under a group row "1" ("1" / "提升道路设施水平" /
# "1.1" / …).
_ROW_NUMBER = re.compile(r"(\d{1,3}(?:[.．]\d{1,2})?)[.．、]?|[（(](\d{1,3})[）)]")


def row_number(cell: str) -> str | None:
    """The number a row's number cell prints, without its marks and leading zeros ("3." → "3", "（03）" → "3")."""
    match = _ROW_NUMBER.fullmatch(cell)
    if not match:
        return None
    return ".".join(str(int(part)) for part in re.split(r"[.．]", match.group(1) or match.group(2)))


def next_numbers(number: str) -> set[str]:
    """The numbers the row after row ``number`` may print: "4" after "3", or the first of its sub-rows ("3.1");
    after "3.2", "3.3" or the next group's "4" (or its first sub-row, "4.1")."""
    parts = re.split(r"[.．]", number)
    top = int(parts[0])
    if len(parts) == 1:
        return {str(top + 1), f"{top}.1"}
    return {f"{top}.{int(parts[1]) + 1}", str(top + 1), f"{top + 1}.1"}


_ALIAS = re.compile(r"^[（(]([^（()）]{2,20})[）)]$")


def _aliases_joined(row_lines: list[int], cells: list[str]) -> tuple[list[int], list[str]]:
    """"区建设管理委" / "（区水务局）": a unit's alias in brackets wrapped onto a line of its own stays with the unit
    above it (the corpus keeps "区建设管理委（区水务局）" as one unit, as printed)."""
    kept_lines, kept = row_lines[:1], []
    for line, cell in zip(row_lines[1:], cells, strict=True):
        alias = _ALIAS.match(cell)
        if alias and kept and unit_cell(alias.group(1)) and unit_cell(kept[-1] + cell):
            kept[-1] += cell
            continue
        kept_lines.append(line)
        kept.append(cell)
    return kept_lines, kept


# A category column printed before 序号 ("改革领域 / 序号 / 改革事项 / 落实推进单位"): its cell opens each row.
CATEGORY_HEAD = re.compile(r"^[^\d\s]{0,4}(?:领域|类别|分类|类型|板块)$")
_NUMBER_LABEL = re.compile(r"序号|编号")


def _next_header(lines, cursor: int, clean) -> bool:
    """The header of the next table ("序号", or a category label and then "序号"): the row above ends before it."""
    if _NUMBER_LABEL.fullmatch(clean(lines[cursor].text)):
        return True
    return cursor + 1 < len(lines) and bool(CATEGORY_HEAD.match(clean(lines[cursor].text))) \
        and bool(_NUMBER_LABEL.fullmatch(clean(lines[cursor + 1].text)))


_BRACKET_NUMBER = re.compile(r"[（(]([一二三四五六七八九十]{1,3})[）)]")
_SECTION_MARK = re.compile(r"[一二三四五六七八九十]{1,3}|[—－]")  # "—" for a misprinted 一


def _bracket_rows(lines, start: int, clean, header: list[str] | None):
    """Rows numbered "（一）" under section rows ("二" / "构建…体系", the section spanning the table): each row runs to
    the next "（n）" or section row, and is numbered by both ("二（三）"); the header printed again is passed over."""
    rows: list = []
    section = None
    cursor = start
    while cursor < len(lines):
        line = clean(lines[cursor].text)
        if _STOP.match(line):
            break
        if _header_again(lines, cursor, header, clean):
            cursor += len(header)
            continue
        if _section_row(lines, cursor, clean):
            section = "一" if line in "—－" else line
            cursor += 2
            continue
        number = _BRACKET_NUMBER.fullmatch(line)
        if number:
            rows.append([f"{section or ''}{line}", [cursor], []])
        elif rows:
            rows[-1][1].append(cursor)
            rows[-1][2].append(line)
        elif cursor - start > 3:
            break
        cursor += 1
    return [tuple(row) for row in rows], cursor


def _section_row(lines, cursor: int, clean) -> bool:
    return bool(_SECTION_MARK.fullmatch(clean(lines[cursor].text))) and cursor + 2 < len(lines) \
        and bool(_BRACKET_NUMBER.fullmatch(clean(lines[cursor + 2].text)))


def _header_again(lines, cursor: int, header: list[str] | None, clean) -> bool:
    if not header or cursor + len(header) > len(lines):
        return False
    return all(re.sub(r"\s+", "", clean(lines[cursor + i].text)) == label for i, label in enumerate(header))


_LABEL_PIECE = re.compile(r"[^\d。；;：:，,、（）()《》“”\s]{1,6}")
_PIECE = re.compile(rf"{_LABEL_PIECE.pattern}|“{_LABEL_PIECE.pattern}”")  # "融合对接" / "“单一窗口”"


# "推进老旧小区综合改造，完善" / "小区配套设施。": a sentence broken off inside a cell (a mark inside, none at its end).
_BROKEN = re.compile(r"[，,、].*[^。；;，,、：:！？）)”]$")
# A line opening a cell of its own after a name ("1、深入推进…", "（一）…", "推进…"): no sentence broken off above it.
_CELL_START = re.compile(rf"\d{{1,2}}\s*[、.．]|[（(]|{WORK_START.pattern[1:]}")


def cell_groups(cells: list[str]) -> list[list[int]]:
    """Which consecutive lines of a row make one cell: a line ending in a list separator runs on ("区建设管理委、" /
    "区水务局，" / "各街镇"), a short label runs on into another ("海绵城市" / "建设管理"), paragraphs that each
    end a sentence are one cell, and so is a sentence broken off inside the cell ("推进…改造，完善" / "…设施。")."""
    groups: list[list[int]] = []
    for index, cell in enumerate(cells):
        previous = cells[groups[-1][-1]] if groups else ""
        # "一季度10%二季度40%；" / "三季度70%；11月底完成。": a cell's lines ending in "；" run on too.
        runs_on = previous.endswith(("、", "，", ",", "；", ";")) \
            or (_LABEL_PIECE.fullmatch(previous) and _PIECE.fullmatch(cell) and len(groups[-1]) == 1
                and not schedule_cell(previous) and not schedule_cell(cell) and unit_cell(previous) is None
                and (len(cell) < 3 or unit_cell(cell) is None)) \
            or (previous.endswith("。") and cell.endswith("。")) \
            or (_BROKEN.search(previous) and cell.endswith(("。", "；", ";")) and unit_cell(cell) is None
                and not _CELL_START.match(cell))
        if groups and runs_on:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


# A unit line that opens with its level ("区建管委", "市交通委") is a whole name, not the tail of the line above.
_OWN_NAME = re.compile(r"^[省市区县镇](?!.{0,1}$)")


def _bare_ending(piece: str) -> bool:  # "集团", "分公司": a wrapped name's tail; "供电公司" is a name in full
    return bool(ending := _UNIT_END.search(piece)) and ending.start() <= 1


def split_row(cells: list[str], before_unit: int) -> tuple[list[str], list[str] | None, list[str]]:
    """(cells before the unit cell, the units or None, cells after it); a unit written over two lines is joined.

    The unit cell stands in its column: no more than ``before_unit`` cells (the columns left of it) precede it, so
    a group label printed after a row without units ("行动五：…" / "产业园区") is not taken for its units."""
    for index in range(1, min(len(cells), before_unit + 1)):
        names = unit_cell(cells[index])
        last = index
        while names is not None and cells[last].endswith(("、", "，", ",")) and last + 1 < len(cells) \
                and unit_cell("".join(cells[index:last + 2])):
            last += 1  # a list of units written over several lines, each ending in a separator
        if last > index:
            return cells[:index], unit_cell("".join(cells[index:last + 1])), cells[last + 1:]
        first = _wrapped_first(cells, index) if names is not None else index
        if first < index:
            return cells[:first], split_names("".join(cells[first:index + 1])), cells[index + 1:]
        if names is not None:
            if index + 1 < len(cells) and not unit_cell(cells[index + 1]) and not re.search(r"\d", cells[index]) \
                    and unit_cell(cells[index] + cells[index + 1]) and len(cells[index + 1]) <= 4:
                return cells[:index], unit_cell(cells[index] + cells[index + 1]), cells[index + 2:]
            return cells[:index], names, cells[index + 1:]
        if index + 1 < len(cells) and len(cells[index + 1]) <= 4 and not re.search(r"[\d。；;：:，,]", cells[index]) \
                and len(cells[index]) <= 12 and not schedule_cell(cells[index]) \
                and not _ROLE_INSIDE.search(cells[index] + cells[index + 1]) \
                and unit_cell(cells[index] + cells[index + 1]) and not _OWN_NAME.match(cells[index + 1]) \
                and _bare_ending(cells[index + 1]):
            # "申通地铁" / "集团", not "全年推进" / "统计局", "张三" (牵头领导) / "区建管委", "现场调研查阅资料" / "供电公司"
            return cells[:index], unit_cell(cells[index] + cells[index + 1]), cells[index + 2:]
    return cells, None, []


def _wrapped_first(cells: list[str], index: int) -> int:
    """"嘉定区、青浦区、松江区、奉贤区政府，" / "临港新片区管委会": lines before the unit cell that end in a separator and
    whose last name is a body (the places before it share its 政府) are the unit cell's first lines."""
    first = index
    while first > 1 and cells[first - 1].endswith(("、", "，", ",")) and not _SENTENCE_MARK.search(cells[first - 1]) \
            and not WORK_START.match(cells[first - 1]) and split_names(cells[first - 1]) \
            and unit_cell(split_names(cells[first - 1])[-1]) is not None:
        first -= 1
    return first


_WORK_END = re.compile(r"[“”\"]|(?:建设|改造|提升|改革|治理|更新|工程|行动|计划|管理|服务|保障|升级)$")


def last_unit_cell(cells: list[str], width: int) -> list[str] | None:
    """A row with a cell for every column and the unit column last: its last cell names the units even when they are
    companies or bodies known by a short name ("久事公交、公投", "浦东公交"), if it reads as a short list of names."""
    if len(cells) != width or _SENTENCE_MARK.search(cells[-1]) or re.search(r"[，,\d]", cells[-1]):
        return None
    names = [part for name in split_names(cells[-1]) for part in _joined(name)]
    # A group label printed after the row ("“美丽家园”建设", "绿色节能改造") names work, not a body.
    if names and all(2 <= len(_without_offices(name)) <= 16 and not WORK_START.match(name) and not _WORK_NAME.match(name)
                     and not _WORK_END.search(name) for name in names):
        return names
    return None


def unit_cell_after_schedule(cells: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """A row under a schedule column printed right before the unit column ("时间进度 / 责任部门"): the cell right after
    its schedule cell ("年内完成") stands under the unit column, so it names the row's units when it reads as a short
    list of names one of which is a body — even when others carry no body word ("区委党校", "苏河湾功能区") and
    ``unit_cell`` would not take the cell (the row would then take the units of the row above). Returns (cells
    before the schedule cell's, the units, cells after them), or None."""
    for index in range(1, len(cells) - 1):
        if not schedule_cell(cells[index]):
            continue
        cell = cells[index + 1]
        if _SENTENCE_MARK.search(cell) or re.search(r"[，,\d]", cell):
            return None
        names = [part for name in split_names(cell) for part in _joined(name)]
        bodies = [names_a_body(_without_offices(name)) or bool(_CATCH_ALL.match(name)) for name in names]
        # "建设管理委" is a body though it opens like work; a name without a body word must not read as work.
        if any(bodies) and all(2 <= len(_without_offices(name)) <= 16 and (body or not (
                WORK_START.match(name) or _WORK_NAME.match(name) or _WORK_END.search(name)))
                for name, body in zip(names, bodies, strict=True)):
            return cells[:index + 1], names, cells[index + 2:]
        return None
    return None
