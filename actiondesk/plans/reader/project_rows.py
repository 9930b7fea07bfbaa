"""Annexed project lists without a 序号 column, one cell a line ("项目类别 / 项目名称 / 建设内容及规模 / 建设年限 /
总投资（万元） / 计划投资 / 计划形象进度 / 牵头处室（牵头部门） / 责任部门（建设单位）").

Each project is a task titled by its 项目名称 cell. No row prints a number, so a row is found from its 建设年限 cell
("2022", "2018-2023"), which every project has: the cells between the name column and the years column stand right
above it, the name cell above those. After the years come sums and a progress cell, then the unit cells up to the
next row's name; a 项目类别 cell or a section row ("一、城市更新工程") printed above a name groups the rows below it.
Empty cells are left out in print, so sums and progress cells are told from unit cells by what they say.

A unit label with a bracketed note ("牵头处室（牵头部门）") says each of its cells names a body and, in brackets, a
second one ("交通与建设处 （区交通建设局）", "区城发集团 （区新兴公司）"): both are units of that column.
"""

import re

from .departments import split_names
from .name_joins import LOCAL_KINDS, VILLAGE
from .table_labels import LEAD_LABELS, SUPPORT_LABELS

_NAME_LABEL = re.compile(r"^(?:项目|工程|建设项目)名称$")
_YEARS_LABEL = re.compile(r"(?:建设|起止|实施)?(?:年限|期限|周期)$")
_YEARS_CELL = re.compile(r"^20\d\d(?:年)?(?:[-－—~～至]20\d\d(?:年)?)?$")
_NOTE = re.compile(r"[（(]([^（）()]{2,8})[）)]$")
_END = re.compile(r"^(?:附件|附表)\s*\d*|^注[:：]")
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")
_EMPTY = re.compile(r"^[/／—－-]+$")
_BRACKETED = re.compile(r"\s*[\[［]\s*([^\[\]［］]+?)\s*[\]］]")
# "如意社区", "相关村居", "娘宫村" beside a body in a unit cell: the local units a project is built with.
_LOCAL = re.compile(rf"^(?!各)[\u4e00-\u9fff]{{0,8}}(?:{'|'.join(LOCAL_KINDS)})$")
_PAIRED = re.compile(r"\s*[（(]\s*([^（）()]{2,30}?)\s*[）)](?=\s|、|$)")


def base_label(label: str) -> str:
    """"牵头处室（牵头部门）" → "牵头处室": the label without its bracketed note."""
    return _NOTE.sub("", label) or label


def project_header(labels: list[str]) -> bool:
    """A project list's header: a 项目名称 column, a 建设年限 column after it and unit columns."""
    bases = [base_label(label) for label in labels]
    name_at = next((at for at, label in enumerate(bases) if _NAME_LABEL.match(label)), None)
    return name_at is not None and any(_YEARS_LABEL.search(label) for label in bases[name_at + 1:]) \
        and any(label in LEAD_LABELS + SUPPORT_LABELS for label in bases[name_at + 1:])


def project_rows(text: str, lines, start: int, labels: list[str], units) -> tuple[list[dict], int]:
    """Tasks of the list's rows and the line after the list; ``units`` tells a unit cell ("区城发集团")."""
    bases = [base_label(label) for label in labels]
    name_at = next(at for at, label in enumerate(bases) if _NAME_LABEL.match(label))
    between = next(at for at in range(name_at + 1, len(bases)) if _YEARS_LABEL.search(bases[at])) - name_at - 1
    unit_columns = [(label, bases[at]) for at, label in enumerate(labels) if bases[at] in LEAD_LABELS + SUPPORT_LABELS]
    roles = ["lead" if base in LEAD_LABELS else "support" for _, base in unit_columns]
    if "lead" not in roles:
        roles[0] = "lead"  # "责任单位" alone: its units lead
    paired = [bool(_NOTE.search(label)) for label, _ in unit_columns]
    squashed = [line.text.strip() for line in lines]
    end = next((at for at in range(start, len(lines)) if _END.match(squashed[at])), len(lines))
    years: list[int] = []
    for at in range(start, end):
        # A sum printed like a year ("2000") stands before the row's unit cells: a row's years follow the units above.
        if _YEARS_CELL.match(re.sub(r"\s+", "", squashed[at])) and (not years or any(
                _unit_line(squashed[before], units) for before in range(years[-1] + 1, at - 1 - between))):
            years.append(at)
    names = [_name_line(squashed, at - 1 - between, years[k - 1] if k else start - 1, units)
             for k, at in enumerate(years)]
    if len(years) < 2 or names[0] < start or any(names[k + 1] <= years[k] for k in range(len(years) - 1)):
        return [], start
    tasks: list[dict] = []
    group = None
    for k, (name, year) in enumerate(zip(names, years, strict=True)):
        before = range(start if k == 0 else tasks[-1]["_after"], name)
        group = next((squashed[at] for at in reversed(before) if squashed[at]), group) if before else group
        limit = names[k + 1] if k + 1 < len(names) else end
        first = next((at for at in range(year + 1, limit) if _unit_line(squashed[at], units)), None)
        if first is None:
            return [], start
        if _EMPTY.match(squashed[first - 1]) and first - 1 > year + 1 and not _EMPTY.match(squashed[first - 2]) \
                and not _unit_line(squashed[first - 2], units):
            first -= 1  # "/" under the lead column: the row names no lead
        block = [first]
        while block[-1] + 1 < limit and _continues(squashed, block[-1] + 1, units):
            block.append(block[-1] + 1)
        cells = _cells(squashed, block)
        lead_cells, later = cells[:1], cells[1:]
        columns = [lead_cells] + [[cell] for cell in later[:len(roles) - 2]] + [later[max(0, len(roles) - 2):]]
        lead: list[str] = []
        support: list[str] = []
        for role, pair, column in zip(roles, paired, columns, strict=False):
            for cell_name in (found for cell in column for found in _cell_names(cell, pair)):
                if role == "lead" and cell_name not in lead:
                    lead.append(cell_name)
                elif role != "lead" and cell_name not in lead + support:
                    support.append(cell_name)
        content = lines[name + 1:year]
        body = "".join(line.text.strip() for line in content) or squashed[name]
        title_line = lines[name]
        tasks.append({
            "number": str(k + 1), "title": squashed[name], "group": group,
            "lead": lead, "support": support, "text": body,
            "responsibility": " | ".join("、".join(cell) for cell in cells),
            "rule": "annex_table+project_rows", "unsure": not lead,
            "start": title_line.start, "end": title_line.end,
            "target_spans": _goal_spans(content) + [(lines[year].start, lines[first - 1].end)],
            "column_targets": [],
            "_after": block[-1] + 1,
        })
    for task in tasks:
        task.pop("_after")
    return tasks, end


# "2022年新增…30公顷", "完成生态水系建设1.2公里以上", "创建省级“美丽庭院”100户": a sentence of the content cell that
# commits to a result of the plan's period; the others describe the project ("项目建设总里程15.584公里").
_COMMITS = re.compile(r"20\d\d年(?!底前|前)|完成|新增|创建|建成(?!之后|后)|实现|达到|力争")
_FOLLOWS = re.compile(r"^(?:其中|含|包括)")  # "其中金井20户；海坛20户": the shares of the sentence before


def _goal_spans(content) -> list[tuple[int, int]]:
    """The spans of the content cell's sentences that state the project's goals; the progress cell ("完成室内装修
    200套") is read whole."""
    spans: list[tuple[int, int]] = []
    for line in content:
        at, kept = 0, False
        for sentence in re.findall(r"[^。]+。?", line.text):
            kept = bool(_COMMITS.search(sentence)) or kept and bool(_FOLLOWS.match(sentence.strip()))
            if kept:
                spans.append((line.start + at, line.start + at + len(sentence)))
            at += len(sentence)
    return spans


_SENTENCE = re.compile(r"[。，,；;]")


def _name_line(squashed: list[str], at: int, floor: int, units) -> int:
    """The name cell's line: ``at`` unless the content cell above the years ran over two lines ("项目全长约800m，" /
    "双向4车道。"), when the short line above the content's first line is the name."""
    while at - 1 > floor and _SENTENCE.search(squashed[at]) and (len(squashed[at]) >= 24 or squashed[at][-1] in "。，,；;") \
            and squashed[at - 1] and len(squashed[at - 1]) <= 20 \
            and not _SENTENCE.search(squashed[at - 1]) and not _unit_line(squashed[at - 1], units) \
            and not _SECTION.match(squashed[at - 1]) and not _EMPTY.match(squashed[at - 1]):
        at -= 1
    return at


def _unit_line(cell: str, units) -> bool:
    """A line of unit names ("交通与建设处 （区交通建设局）", "新城联合党委及如意社区、", "娘宫村 （…有限公司）"), not a sum
    or a progress cell ("200", "持续推进"): every name a body, a village or a community, one of them a body."""
    names = _cell_names([cell.rstrip("、")], True)
    bodies = [name for name in names if units(name) is not None]
    return bool(bodies) and all(name in bodies or VILLAGE.match(name) or _LOCAL.match(name) for name in names) \
        or bool(names) and all(VILLAGE.match(name) for name in names)


def _continues(squashed: list[str], at: int, units) -> bool:
    cell = squashed[at]
    return bool(cell) and not _SECTION.match(cell) and (
        _unit_line(cell, units) or _EMPTY.match(cell) or cell.startswith(("及", "（", "(", "[", "［"))
        or squashed[at - 1].endswith("、"))


def _cells(squashed: list[str], block: list[int]) -> list[list[str]]:
    """The unit block's lines as cells: a line opening with its bracket or 及, or after a '、', runs on the cell above."""
    cells: list[list[str]] = []
    for at in block:
        cell = squashed[at]
        if cells and (cell.startswith(("及", "（", "(", "[", "［")) or cells[-1][-1].endswith("、")):
            cells[-1].append(cell)
        else:
            cells.append([cell])
    return cells


def _cell_names(cell: list[str], paired: bool) -> list[str]:
    """Names of one cell; a bracketed second body is a name of its own where the label says so, a square-bracketed
    one always ("[省水投（平潭）水务有限公司]"); lines and spaces part names ("新城联合党委" / "娘宫村")."""
    joined = ""
    for piece in cell:
        runs_on = not joined or joined.endswith("、") or piece.startswith(("及", "（", "(", "[", "［"))
        joined += piece if runs_on else "、" + piece
    if _EMPTY.match(joined):
        return []
    joined = _BRACKETED.sub(r"、\1", joined)
    if paired:
        joined = _PAIRED.sub(r"、\1", joined)
    joined = re.sub(r"\s+(?=[（(])|(?<=[（(])\s+", "", joined)  # "区城投集团 （区路桥公司）" is one name otherwise
    joined = re.sub(r"\s+", "、", joined.strip())
    return [name for name in split_names(joined) if name and not _EMPTY.match(name)]
