"""The outline of a plan: sections (目标/任务/保障措施), programmes, tasks and goals."""

import re
from functools import partial
from typing import NamedTuple

from .annex_tables import read_annex_tables
from .body import before_annexes, drop_restated, principle_coverages, safeguard_targets, table_captions
from .box_items import box_items
from .clause_search import closing_clauses, find_responsibility, piece_end
from .departments import LABEL, NO_RULES, DocumentRules, document_rules
from .group_items import block_tasks, lone_programmes, own_line_groups, prefer_items, split_last_item_groups
from .headings import first_labelled_paragraph, from_first_item, group_heading_line, sole_item_line
from .item_labels import heading_assigns, labels_own_heading
from .joint_names import rejoin_run_together
from .numbering import DASH, LEVELS, PART, SECTION, Numbered, headline, numbered, task_number
from .opening_goals import dated_clauses, deadline_goals, opens_with_deadline, paragraph_goals
from .own_rules import carry_along
from .standing_groups import read_standing_groups
from .tables import read_tables
from .target_findings import finding_spans
from .target_masks import inside, merged_spans
from .targets import find_targets
from .template_parts import after_part_heading, template_parts

_SAFEGUARDS = re.compile(r"保障|组织实施|工作要求|实施要求|组织领导")
_GOALS = re.compile(r"目标")
_RUN_IN_GOALS = re.compile(r"^[^，,。；;：:]{0,6}目标(?=到|至|力争|[12]\d{3}年|—)")
# "二、整治内容与责任分工": what is done joined with who does it ("六、责任分工" alone lists standing duties, no tasks)
_TASKS = re.compile(r"任务|举措|重点工作|主要工作|工作重点|行动内容|具体措施|重点行动|主要行动"
                    r"|(?:内容|重点|措施|事项)[与和及、](?:责任|职责)?分工")
_GOAL_PREAMBLE = re.compile(r"总体要求|总体目标")  # a preamble that states the plan's goals
# "…，高质量完成各项工作：…全区完成18个…达到47%。": a sentence before the first section that lists the goals.
_PREAMBLE_GOALS = re.compile(r"(?:完成|实现|达到|确保)[^。；;：:，,]{0,8}(?:工作|目标|任务)[：:](?P<goals>[^。：:]+)")
_PREAMBLE = re.compile(r"指导思想|总体要求|基本原则|指导原则|工作原则|适用范围|总体思路|工作思路")


class Line(NamedTuple):
    """One line of the normalised document and its outline number."""

    text: str
    start: int
    end: int
    item: Numbered | None

    @property
    def rest_start(self) -> int:
        return self.start + self.text.rfind(self.item.rest) if self.item else self.start


def split_lines(text: str) -> list[Line]:
    lines, position = [], 0
    for raw in text.split("\n"):
        lines.append(Line(raw, position, position + len(raw), numbered(raw)))
        position += len(raw) + 1
    return lines


def outline(text: str, lines: list[Line]) -> dict:
    """Goals, programmes, tasks, safeguards and targets of the document below its title."""
    reading = {"goals": [], "goal_items": [], "programmes": [], "tasks": [], "targets": [], "safeguards": []}
    groups, group_used = read_standing_groups(text, lines)  # "（二）…工作组" / "组 长：…" / "成 员：A、B"
    lines = [line for index, line in enumerate(lines) if index not in group_used]
    all_lines = lines
    annexed, annex_used = read_annex_tables(text, lines)
    if annex_used:  # the other tables among the remaining lines, their indexes then back to the whole document's
        remaining = [index for index in range(len(lines)) if index not in annex_used]
        table_tasks, used, loose, goal_targets = read_tables(text, [lines[index] for index in remaining])
        used = {remaining[index] for index in used} | annex_used
        table_tasks += annexed
    else:
        table_tasks, used, loose, goal_targets = read_tables(text, lines)
    if used:
        captions = table_captions(lines, used, headings=bool(table_tasks))
        lines = [line for index, line in enumerate(lines) if index not in used and index not in captions]
    table_spans = [(line.start, line.end) for index, line in enumerate(all_lines) if index in used]
    table_spans += finding_spans(all_lines)  # a rectification plan's findings: the problem, not its goals
    _outline(text, before_annexes(lines), reading)
    # A table's lines are its rows' own: an item of the body whose span runs over the table reads no figure of it.
    inside = _within(table_spans)
    reading["targets"] = [target for target in reading["targets"] if not inside(target["start"])]
    if any(task["lead"] for task in table_tasks):
        drop_restated(reading)
    for start, end in loose:  # rows of a task table that name no unit (general items): their figures
        reading["targets"] += find_targets(text[start:end], offset=start, task=None)
    for task in table_tasks:
        spans = task.pop("target_spans", None) or [task.pop("target_span", (task["start"], task["end"]))]
        for start, end in spans:
            reading["targets"] += find_targets(text[start:end], offset=start, task=task["number"])
        reading["targets"] += task.pop("column_targets", [])
    reading["tasks"] += table_tasks
    reading["targets"] += goal_targets  # "表2 …任务表": a table of goals without a unit column
    if groups:
        for task in groups:
            for start, end in task.pop("target_spans"):  # a group's span without its roster of members
                reading["targets"] += find_targets(text[start:end], offset=start, task=task["number"])
        reading["tasks"] = sorted(reading["tasks"] + groups, key=lambda task: task["start"])
    return reading


def _within(spans: list[tuple[int, int]]):
    """A test whether an offset falls in any of ``spans``: a search, not a scan (a 300-page plan's table lines)."""
    merged = merged_spans(spans)
    return lambda offset: inside(offset, merged)


def _outline(text: str, lines: list[Line], reading: dict) -> None:
    kinds = [line.item.kind for line in lines if line.item and line.item.kind != DASH]
    if not kinds:
        return
    top = min(kinds, key=LEVELS.index)
    sections = _blocks(lines, top)
    opening = lines[:lines.index(sections[0][0])]
    for line in opening:
        for match in _PREAMBLE_GOALS.finditer(line.text):
            start = line.start + match.start("goals")
            reading["targets"] += find_targets(text[start:line.start + match.end("goals")], offset=start, task=None)
    # "到2028年，…进出口总额超过3100亿美元…": a goals paragraph before the first part heading
    deadline_goals(text, [line for line in opening if not _PREAMBLE_GOALS.search(line.text)], reading)
    rules = document_rules(text)
    classified = [(_classify(heading, rules), heading, body) for heading, body in sections]
    # Goals (政府工作报告分工方案: "1.地区生产总值增长5%。牵头单位：…") and safeguards whose items name who leads: tasks
    classified = [("tasks" if kind in ("goals", "safeguards") and _assigned(text, body, rules) else kind,
                   heading, body) for kind, heading, body in classified]
    has_tasks = any(kind == "tasks" for kind, _, _ in classified)
    if has_tasks:  # beside a task section, other sections whose items name who is responsible are programmes
        classified = [("programme" if kind == "other" and (_assigned(text, body, rules) or labels_own_heading(
            text, heading, body, rules)) else kind, heading, body) for kind, heading, body in classified]
    # "七、稳定就业保障民生" between "六、促进农业…" and "八、扩大外贸…", closed by its own "牵头单位：…" line as they are:
    # a part titled with a safeguards word that other parts follow is one of them (safeguards close a plan).
    kinds = [kind for kind, _, _ in classified]
    others = [(heading, body) for index, (kind, heading, body) in enumerate(classified) if kind == "other"
              or kind == "safeguards" and not has_tasks and "other" in kinds[index + 1:]
              and body and LABEL.match(body[-1].text.strip())]
    assigned_safeguards: list[list[Line]] = []
    for index, (kind, heading, body) in enumerate(classified):
        if kind != "goals" and _closed_section(text, heading, body, rules, kind):
            others = [other for other in others if other[0] is not heading]  # read once, here (not again below)
            # "二、保障措施 / 区发展改革委整体部署… / （责任单位：…）": a section without numbered items whose
            # paragraph ends with its own clause is one task, numbered and titled by its heading.
            own = heading.item.bare if heading.item.kind in (PART, SECTION) else task_number(heading.item)  # "二", "（二）"
            reading["tasks"] += [{**task, "number": own + task["number"][len(task_number(heading.item)):],
                                  "rule": task["rule"] + "+closed_section"} for task in _tasks(text, heading, body, None, rules)]
            start, end = heading.rest_start, body[-1].end if body else heading.end
            reading["targets"] += find_targets(text[start:end], offset=start, task=heading.item.bare)
        elif kind == "goals":
            _read_goals(text, heading, body, reading)
        elif kind == "preamble" or kind == "other" and index == 0 and has_tasks and _first_level(body):
            first = _first_level(body)  # "一、总体要求（或 总体方案）…（三）发展目标。到2025年…": the goals inside it
            for line, extra in _blocks(body, first[0].item.kind) if first else []:
                if _GOALS.search(headline(line.item.rest)[0][:12]) or opens_with_deadline(line.item.rest):
                    _read_goals(text, line, extra, reading)
            if body and not first and _GOAL_PREAMBLE.search(headline(heading.item.rest)[0]):
                paragraph_goals(text, body, reading)  # "一、总体要求 / …确保…202万亩耕地…稳定在170万亩以上"
            elif not first:  # "一、总体思路 / …到2027年，…培育4个以上…": the deadline's paragraph
                deadline_goals(text, body, reading)
            reading["targets"] += principle_coverages(text, headline(heading.item.rest)[0], body)
        elif kind == "other" and index == 0 and has_tasks and not _first_level(body):
            deadline_goals(text, body, reading)  # an opening part of any title ("一、发展思路")
        elif kind == "other" and has_tasks:  # "二、发展布局 / 1.…集群。…；到2025年，营业收入预计超1500亿元"
            dated_clauses(text, [heading, *body], reading)
        elif kind == "safeguards" and index and heading_assigns(text, heading, rules) and _first_level(body) \
                and not _assigned(text, body, rules):  # "六、…组织保障（牵头部门：X）" over "66、…" without clauses
            assigned_safeguards.append([heading, *body])  # its items are tasks, read after the parts before it
        elif kind == "safeguards":
            reading["safeguards"] += _child_titles(body)
            reading["targets"] += safeguard_targets(text, body)
        elif kind == "tasks":
            _read_tasks(text, body, reading, rules)
        elif kind == "programme":
            _read_tasks(text, [heading, *body], reading, rules)
    if not has_tasks and others:
        body = [line for heading, section in others for line in [heading, *section]]
        _read_tasks(text, body, reading, rules)
    for section in assigned_safeguards:
        _read_tasks(text, section, reading, rules)
    carry_along(reading["tasks"], rules)
    rejoin_run_together(reading["tasks"], text)


def _closed_section(text: str, heading: Line, body: list[Line], rules: DocumentRules, kind: str = "other") -> bool:
    filled = [line for line in body if line.text.strip()]  # "三、加强组织领导。…（责任单位：X）": safeguards' own clause
    items = [line for line in body if line.item and line.item.kind != DASH]
    # "一、建立…机制 / 1.… / 2.… / 责任科室：X牵头，Y配合": sub-items without a clause of their own, closed together by one
    # label line of its own, are the section's one task (one sub-item over the line is that task itself).
    joint_label = len(_first_level(body)) > 1 and LABEL.match(filled[-1].text.strip()) \
        and not find_responsibility(text[heading.rest_start:filled[-2].end], rules)
    if not filled and kind != "safeguards" or items and not joint_label:
        return False
    section = text[heading.rest_start:body[-1].end if body else heading.end]
    clause = find_responsibility(section, rules)
    return bool(clause) and not section[clause.end:].strip(" \n。；;")


def _assigned(text: str, body: list[Line], rules: DocumentRules) -> bool:
    """Whether most first-level items of a section carry their own responsibility clause."""
    items = _first_level(body)
    if not items:
        return False
    blocks = _blocks(body, items[0].item.kind)
    assigned = sum(1 for line, extra in blocks
                   if find_responsibility(text[line.rest_start:(extra[-1].end if extra else line.end)], rules))
    return assigned * 2 >= len(blocks)


def _blocks(body: list[Line], kind: str) -> list[tuple[Line, list[Line]]]:
    blocks: list[tuple[Line, list[Line]]] = []
    for line in body:
        if line.item and line.item.kind == kind:
            blocks.append((line, []))
        elif blocks:
            blocks[-1][1].append(line)
    return blocks


def _classify(heading: Line, rules: DocumentRules) -> str:
    rest, clause = heading.item.rest, find_responsibility(heading.item.rest, rules)  # "六、…组织保障（X、Y牵头）":
    rest = rest[:clause.start] if clause and not rest[clause.end:].strip("。；; ") else rest  # titled by its words
    title = headline(rest)[0] if heading.item.kind in (PART, SECTION) else ""
    if len(title) > 20:  # "一、培育目标到2025年，…": a goals heading run on into its text (a page that lost its breaks)
        return "goals" if _RUN_IN_GOALS.match(title) else "other"
    for kind, pattern in (("safeguards", _SAFEGUARDS), ("goals", _GOALS), ("tasks", _TASKS),
                          ("preamble", _PREAMBLE)):
        if pattern.search(title):
            return kind
    return "other"


def _read_goals(text: str, heading: Line, body: list[Line], reading: dict) -> None:
    items = [line for line in body if line.item and line.item.kind == DASH] or _first_level(body)
    if not items:  # a paragraph of goals: each sentence is one goal
        paragraphs = [headline(heading.item.rest)[1]] + [line.text for line in body]
        for paragraph in paragraphs:
            for sentence in re.findall(r"[^。]+", paragraph):
                reading["goals"].append(sentence.strip())
                reading["goal_items"].append({"title": sentence.strip(), "text": sentence.strip()})
    for line in items:
        title, rest = headline(line.item.rest)
        reading["goals"].append(title)
        reading["goal_items"].append({"title": title, "text": line.item.rest})
    start, end = heading.rest_start, body[-1].end if body else heading.end
    reading["targets"] += find_targets(text[start:end], offset=start, task=None)


def _first_level(body: list[Line]) -> list[Line]:
    kinds = [line.item.kind for line in body if line.item and line.item.kind != DASH]
    if not kinds:
        return []
    top = min(kinds, key=LEVELS.index)
    return [line for line in body if line.item and line.item.kind == top]


def _child_titles(body: list[Line]) -> list[str]:
    return [headline(line.item.rest)[0] for line in _first_level(body)]


def _read_tasks(text: str, body: list[Line], reading: dict, rules: DocumentRules = NO_RULES) -> None:
    body = box_items(body, rules)  # "…专栏" then "1.…2.…" without clauses: the task's content, no outline level
    kinds = sorted({line.item.kind for line in body if line.item and line.item.kind != DASH},
                   key=LEVELS.index)
    if not kinds:
        return
    flat = _build(text, body, None, kinds[0], rules)
    # Each deeper level is tried in turn ("二、…（一）…计划：2.…项目。（牵头单位：…）"): the items of a level are the
    # tasks when they name who is responsible at least as well as the level above does.
    for upper, lower in zip(kinds, kinds[1:], strict=False):
        nested = _build(text, body, upper, lower, rules)
        if not template_parts(body, upper, lower) and prefer_items(nested, flat, body, upper):
            flat = own_line_groups(text, nested, flat[1], rules)  # a group's one clause after its items
    programmes, tasks, intros = flat
    tasks, groups = split_last_item_groups(text, tasks, rules)
    reading["programmes"] += programmes + groups
    # A programme's own paragraph (or a group's goal part, "lead_in"): its figures are its goals.
    for start, end in intros + [task.pop("lead_in") for task in tasks if "lead_in" in task]:
        reading["targets"] += find_targets(text[start:end], offset=start, task=None)
    for task in tasks:
        start, end = task["start"], task["end"]
        reading["targets"] += find_targets(text[start:end], offset=start, task=task["number"])
    reading["tasks"] += tasks


def _build(text: str, body: list[Line], programme_kind: str | None, task_kind: str,
           rules: DocumentRules = NO_RULES):
    programmes: list[dict] = []
    blocks: list[tuple[Line, list[Line], str | None]] = []
    parents: dict[int, object] = {}  # a task block's index → the clause of the programme heading it falls under
    intros: list[tuple[int, int]] = []
    group, parent = None, None
    for line in body:
        kind = line.item.kind if line.item else None
        if programme_kind and kind in LEVELS and LEVELS.index(kind) < LEVELS.index(programme_kind):
            group = None  # a heading above the programmes ("三、…") closes the programme before it
            blocks.append((line, [], "closed"))
            intros.append((line.rest_start, line.rest_start))
        elif programme_kind and kind == programme_kind:
            group = line.item.number.rstrip("、.．")
            parent = find_responsibility(line.item.rest, rules)  # this heading's, not an earlier one's of that number
            rest = line.item.rest[:parent.start] + line.item.rest[parent.end:] if parent else line.item.rest
            programmes.append({"number": group, "title": headline(rest.strip())[0]})  # its clause no part of it
            blocks.append((line, [], "closed"))
            intros.append((line.rest_start, line.end))
        elif kind == task_kind:
            parents[len(blocks)] = parent if group is not None else None  # none once a higher heading closed it
            blocks.append((line, [], group))
        elif blocks and blocks[-1][2] != "closed":
            blocks[-1][1].append(line)
        elif blocks:
            blocks[-1][1].append(line)
            intros[-1] = (intros[-1][0], line.end)
    lone_programmes(text, blocks, programme_kind, rules, intros, programmes)
    tasks = block_tasks(blocks, parents, partial(_tasks, text, rules=rules),
                        lambda heading, group: _task(text, heading, [], group, rules))
    return programmes, tasks, intros if tasks else []


def _tasks(text: str, line: Line, extra: list[Line], group: str | None, rules: DocumentRules = NO_RULES,
           parent=None) -> list[dict]:
    """One task per numbered item, or one per responsibility clause when an item holds several: each clause
    closes the task written before it (the numbered item's own number, then "1-2", "1-3"…)."""
    start = line.rest_start
    end = extra[-1].end if extra else line.end
    full = text[start:end]
    pieces, cursor = [], 0
    for clause in (clauses := closing_clauses(full, rules)):
        if full[cursor:clause.start].strip(" \n。；;，,"):
            pieces.append((cursor, clause))
            cursor = piece_end(full, clause, clauses)
    if len(pieces) < 2:
        return [_task(text, line, extra, group, rules, parent)]
    number = task_number(line.item)
    tasks = []
    for index, (offset, clause) in enumerate(pieces):
        stop = len(full) if index == len(pieces) - 1 else piece_end(full, clause, clauses)
        body = full[offset:clause.start].lstrip(" \n。；;，,")
        body = from_first_item(body)
        part = after_part_heading(body) if index == 0 else 0  # "1．行动目标。…\n2．主要任务\n<paragraph>": its goal
        lead_in, body = start + offset + len(full[offset:clause.start]) - len(body), body[part:]
        lead_space = len(full[offset:clause.start]) - len(body)
        cleaned = (body + full[clause.end:stop]).strip()
        item = numbered(cleaned.split("\n", 1)[0])
        first_line = item.rest if item and item.kind != DASH else cleaned.split("\n", 1)[0]
        if index == 0 and not item:  # the item's heading line heads every paragraph below it
            second = full[pieces[1][0]:pieces[1][1].start]
            first_line = (first_labelled_paragraph(cleaned, second) or group_heading_line(cleaned) or first_line)
        tasks.append({
            "number": number if index == 0 else f"{number}-{index + 1}",
            "title": headline(first_line)[0].rstrip("。；;"),
            "group": group,
            "lead": clause.lead,
            "support": clause.support,
            "text": cleaned,
            "responsibility": full[clause.start:clause.end],
            "rule": clause.rule,
            "unsure": clause.unsure,
            "start": start + offset + lead_space,
            "end": start + stop,
            **({"lead_in": (lead_in, start + offset + lead_space)} if part else {}),
        })
    return tasks


def _task(text: str, line: Line, extra: list[Line], group: str | None, rules: DocumentRules = NO_RULES,
          parent=None) -> dict:
    start = line.rest_start
    end = extra[-1].end if extra else line.end
    full = text[start:end]
    responsibility = find_responsibility(full, rules)
    cleaned = (full[:responsibility.start] + full[responsibility.end:]).strip() if responsibility else full
    first_line = cleaned.split("\n", 1)[0]
    if responsibility:
        first_line = sole_item_line(cleaned.split("\n"), line.item) or first_line
    number = task_number(line.item)
    rule = responsibility.rule if responsibility else "none"
    if responsibility is None and parent is not None:  # the programme heading names who is responsible
        return {**_task(text, line, extra, group, rules), "lead": parent.lead, "support": parent.support,
                "rule": "inherited", "unsure": parent.unsure}
    return {
        "number": number, "title": headline(first_line)[0].rstrip("。；;"),
        "group": group,
        "lead": responsibility.lead if responsibility else [],
        "support": responsibility.support if responsibility else [],
        "text": cleaned,
        "responsibility": full[responsibility.start:responsibility.end] if responsibility else "",
        "rule": rule, "unsure": responsibility.unsure if responsibility else True,
        "start": start, "end": end,
    }
