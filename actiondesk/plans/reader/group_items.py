"""A group heading ("（一）…") over numbered items ("1．…2．…3．…") of which only the last carries a responsibility
clause, at its paragraph's end: every clause closes one task (the numbered item it ends), so the group is not one task
but its items are, each titled by its own words. Whether the clause meant the whole group is a guess, so the item it
closes is marked 待确认, and so are the items before it, which name no one (as other items without a clause).
Also: a heading with its own clause and no items, beside group headings whose items each carry one, is a task; and
headings that each carry their own clause over items that carry none are the tasks (``headings_assign``); and which
level holds the tasks at all (``prefer_items``)."""

import re

from .clause_search import find_responsibility
from .departments import DocumentRules
from .heading_groups import heading_closes_group
from .numbering import ARABIC, PAREN_CHINESE, SECTION, headline, numbered, task_number
from .shared_labels import numbered_through, share_run_labels, straight_list

_GROUP_KINDS = (SECTION, PAREN_CHINESE)
_PART_STYLE_MIN = 3  # groups closed by a clause on its own line that make it the document's style


def split_last_item_groups(text: str, tasks: list[dict], rules: DocumentRules) -> tuple[list[dict], list[dict]]:
    """The tasks with each such group replaced by its items, and the groups (as programmes) that were split."""
    result, groups = [], []
    found = {id(task): _group_clause(text, task, rules) for task in tasks}
    split = {id(task): _items(text, task, found[id(task)], rules) for task in tasks}
    # The document closes its groups with a clause on a line of its own after their items (each covering every
    # item of its group): a clause run on at the end of a group's last item closes that group the same way.
    own_line = sum(1 for task in tasks if split[id(task)] is None and found[id(task)]
                   and _on_own_line(text, task["start"] + found[id(task)][1].start))
    parts_style = own_line >= _PART_STYLE_MIN and own_line > sum(1 for items in split.values() if items)
    # The document's groups are mostly single paragraphs each closed by its own clause ("（七）支持改善性需求…。（责任单位：
    # X）"): a group whose measures are numbered "1.…2.…（责任单位：Y）" is one task of the same kind, its items its parts.
    whole = sum(1 for task in tasks if found[id(task)] is None and _lone_group(text, task))
    parts_style = parts_style or whole >= _PART_STYLE_MIN and whole > 2 * sum(1 for items in split.values() if items)
    for task in tasks:
        items = split[id(task)]
        if items is not None and parts_style:
            result.append(dict(task, rule=task["rule"] + "+part_clauses"))
            continue
        if items is None:
            result.append(task)
            continue
        groups.append({"number": task["number"], "title": task["title"]})
        result += items
    return result, groups


def _group_heading(text: str, task: dict):
    """The numbered heading of the line ``task`` starts on when it is a group's ("（一）…", "一、…"), else None."""
    line_start = text.rfind("\n", 0, task["start"]) + 1
    line_end = text.find("\n", task["start"])
    heading = numbered(text[line_start:line_end if line_end >= 0 else len(text)])
    return heading if heading and heading.kind in _GROUP_KINDS else None


def _lone_group(text: str, task: dict) -> bool:
    """Whether ``task`` is a group heading of its own with no numbered items under it and units of its own."""
    return bool(_group_heading(text, task) and (task["lead"] or task["support"])
                and "-" not in task["number"] and len(_item_blocks(text, task["start"], task["end"])) < 2)


def _group_clause(text: str, task: dict, rules: DocumentRules) -> tuple[list, object] | None:
    """The numbered items of a group heading with two or more of them and the clause in its span, else None."""
    if task["rule"] in ("none", "inherited") or not _group_heading(text, task):
        return None
    blocks = _item_blocks(text, task["start"], task["end"])
    if len(blocks) < 2:
        return None
    clause = find_responsibility(text[task["start"]:task["end"]], rules)
    return None if clause is None else (blocks, clause)


def _items(text: str, task: dict, found: tuple[list, object] | None, rules: DocumentRules) -> list[dict] | None:
    if found is None or "-" in task["number"] or "以上" in task["responsibility"]:
        return None  # "（以上各项由X负责）" says itself that it closes the whole group
    blocks, clause = found
    clause_at = task["start"] + clause.start
    last_start, last_end, _ = blocks[-1]
    if not last_start <= clause_at < last_end or _on_own_line(text, clause_at) \
            or text[task["start"] + clause.end:last_end].strip(" 。；;\n"):
        return None  # the clause stands on a line of its own (the group's), or the item goes on after it
    if any(find_responsibility(text[start:end], rules) for start, end, _ in blocks[:-1]):
        return None
    items = []
    for start, end, item in blocks[:-1]:
        body = text[start:end].strip()
        items.append({"number": task_number(item), "title": headline(item.rest)[0].rstrip("。；;"),
                      "group": task["number"], "lead": [], "support": [], "text": body, "responsibility": "",
                      "rule": "none", "unsure": True, "start": start, "end": end})
    start, end, item = blocks[-1]
    relative = clause_at - start
    body = text[start:end]
    cleaned = (body[:relative] + body[relative + clause.end - clause.start:]).strip()
    items.append({"number": task_number(item), "title": headline(item.rest)[0].rstrip("。；;"),
                  "group": task["number"], "lead": clause.lead, "support": clause.support, "text": cleaned,
                  "responsibility": text[clause_at:task["start"] + clause.end], "rule": clause.rule + "+last_item",
                  "unsure": True, "start": start, "end": end})
    return items


def _on_own_line(text: str, at: int) -> bool:
    """Whether nothing but spaces stands before ``at`` on its line (a group's clause on a line of its own)."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def _item_blocks(text: str, start: int, end: int) -> list[tuple[int, int, object]]:
    """(start of the words after the number, end, numbered item) of each "1．" item between ``start`` and ``end``."""
    blocks: list[tuple[int, int, object]] = []
    position = start
    for raw in text[start:end].split("\n"):
        item = numbered(raw) if position != start else None
        if item and item.kind == ARABIC:
            if blocks:
                blocks[-1] = (blocks[-1][0], position - 1, blocks[-1][2])
            blocks.append((position + raw.find(item.rest), position + len(raw), item))
        elif blocks:
            blocks[-1] = (blocks[-1][0], position + len(raw), blocks[-1][2])
        position += len(raw) + 1
    return blocks


def lone_programmes(text, blocks, programme_kind, rules, intros, programmes) -> None:
    """"（一）…\n…\n相关部门：X。（三）…\n1.…" — a heading of the programme level with no item under it but its own clause
    is a task beside the items of the next one (its paragraphs are then no programme's goals), unless a heading over
    items names who is responsible itself (then the headings are the tasks)."""
    closed = [index for index, (line, _, group) in enumerate(blocks) if group == "closed"]
    lonely = {index for index in closed if index + 1 == len(blocks) or blocks[index + 1][2] == "closed"}
    owned = [index for index in closed if find_responsibility(
        text[blocks[index][0].rest_start:blocks[index][1][-1].end if blocks[index][1] else blocks[index][0].end], rules)]
    if not programme_kind or any(index not in lonely for index in owned):
        return
    for number, index in enumerate(closed):
        line, extra, _ = blocks[index]
        if line.item.kind == programme_kind and index in owned and index in lonely:
            blocks[index] = (line, extra, None)
            intros[number] = (line.rest_start, line.rest_start)
            programmes[:] = [p for p in programmes if p["number"] != line.item.number.rstrip("、.．")]


def block_tasks(blocks, parents, tasks_of, heading_task) -> list[dict]:
    """Each block's tasks (``tasks_of``); a programme heading with a clause of its own over items with clauses of
    their own is a task too ("（一）深化商事制度改革（指标牵头单位：X）" then "1.…（Y牵头）"), made by ``heading_task``."""
    tasks, heading = [], None
    for index, (line, extra, group) in enumerate(blocks):
        if group == "closed":
            heading = line
            continue
        found = tasks_of(line, extra, group, parent=parents.get(index))
        if heading and parents.get(index) and any(task["rule"] not in ("none", "inherited") for task in found):
            tasks, heading = tasks + [heading_task(heading, group)], None
        tasks += found
    return tasks


def headings_assign(nested: list[dict], flat: list[dict]) -> bool:
    """"（一）城镇老旧住宅加固（牵头部门：X；配合部门：Z）" then "1.…2.…" without clauses, and so for several headings:
    the document names who is responsible heading by heading, so each heading is one task and its items are the
    work written under it. A single heading with a clause over its items (an opening) still hands it down to them,
    and so do any number of headings over items numbered straight through them (``prefer_items``: the plan's list)."""
    inherited = {task["group"] for task in nested if task["rule"] == "inherited"}
    own = [task for task in nested if task["rule"] not in ("none", "inherited")]
    return len(inherited) >= 2 and not own and sum(1 for task in flat if task["lead"]) >= len(inherited)


def own_line_groups(text: str, nested: tuple, flat: list[dict], rules: DocumentRules) -> tuple:
    """"（二）…" / "1.…" / "2.…" / "3.…" / "（甲局牵头，乙局配合）": a group whose items carry no clause and whose one clause
    stands on a line of its own after its last item closes the whole group (as a part clause does), though the
    items of other groups carry their own: the group is one task, read as the level above reads it (so no
    programme, and its heading's figures are the task's). So where the items are numbered afresh in each group,
    parts of it (pingtan-2015 hospital reform, pingtan-2016 packages); items numbered straight through the groups
    are the plan's own list and share the label item by item (``shared_labels``; junshan-2020 作风 plan). A group
    whose heading carries its own clause over items that carry none is one task the same way (``heading_groups``).
    ``nested``: (programmes, tasks, intros) of the items. Groups a level above closed stay closed (``keep_closed``)."""
    return keep_closed(_own_line_groups(text, nested, flat, rules), flat)


def _own_line_groups(text: str, nested: tuple, flat: list[dict], rules: DocumentRules) -> tuple:
    programmes, tasks, intros = nested
    if _plans_list(tasks):  # the items are the plan's list, the groups headings over it
        return programmes, share_run_labels(text, tasks, rules), intros
    runs: list[list[dict]] = []  # the items of each group, in order (two parts may both have a "（一）")
    for task in tasks:
        if task["group"] is not None and runs and runs[-1][0]["group"] == task["group"]:
            runs[-1].append(task)
        elif task["group"] is not None:
            runs.append([task])
    closed: dict[int, dict] = {}  # the first item of each group read as one task -> the group's own task
    for items in runs:
        head = next((task for task in flat if task["number"].rstrip("、.．") == items[0]["group"]
                     and task["start"] <= items[0]["start"] and items[-1]["end"] <= task["end"]), None)
        if len(items) >= 2 and head and (_closes_group(text, items, head, rules)
                                         or heading_closes_group(text, items, head, tasks, rules)):
            closed.update({id(item): None for item in items})
            closed[id(items[0])] = head
    if not closed:
        return nested
    result = [task if id(task) not in closed else dict(closed[id(task)], rule=closed[id(task)]["rule"] + "+part_clauses")
              for task in tasks if id(task) not in closed or closed[id(task)]]
    starts = {head["start"] for head in closed.values() if head}
    return ([programme for programme in programmes if not any(
        head and programme["number"] == head["number"].rstrip("、.．") and head["title"] == programme["title"]
        for head in closed.values())], result, [intro for intro in intros if intro[0] not in starts])


def keep_closed(built: tuple, above: list[dict]) -> tuple:
    """``built`` (programmes, tasks, intros of a deeper level) with the groups the level above closed by their one
    clause (``+part_clauses``) kept whole: a deeper level read again from the document would split such a group back
    into its items, the last of them alone carrying the group's clause."""
    closed = [task for task in above if task["rule"].endswith("+part_clauses")]
    if not closed:
        return built
    programmes, tasks, intros = built

    def inside(start: int, end: int) -> bool:
        return any(group["start"] <= start and end <= group["end"] for group in closed)

    kept = [task for task in tasks if not inside(task["start"], task["end"])]
    return programmes, sorted(kept + closed, key=lambda task: task["start"]), [
        intro for intro in intros if not inside(*intro)]  # the group's figures are its own, read once


def _closes_group(text: str, items: list[dict], head: dict, rules: DocumentRules) -> bool:
    if any(task["rule"] != "none" for task in items[:-1]) or items[-1]["rule"] in ("none", "inherited"):
        return False
    last = items[-1]
    clause = find_responsibility(text[last["start"]:last["end"]], rules)
    if clause is None or (head["lead"], head["support"]) != (clause.lead, clause.support):
        return False
    clause_at = last["start"] + clause.start
    return _on_own_line(text, clause_at) and not text[last["start"] + clause.end:last["end"]].strip(" 。；;\n")


def _plans_list(tasks: list[dict]) -> bool:
    """Items numbered straight through their groups (``numbered_through``), or 1…N in order across two or more groups
    and the parts without groups ("（一）…（X）/ 1. / 2. / （二）…（Y）/ 3. / 二、… / 4."): the plan's own list of tasks."""
    numbers = [int(match.group()) for task in tasks if (match := re.match(r"\d+", task["number"]))]
    return numbered_through(tasks) or len(numbers) == len(tasks) >= 3 \
        and len({task["group"] for task in tasks if task["group"]}) >= 2 \
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _introduced(body: list, upper: str) -> bool:
    """Whether every heading of the level ``upper`` that names who is responsible opens with a paragraph of its own
    before its first item ("一、企业开办注销领域（省市场监管局牵头）" / "围绕…，持续保持全国先进水平。" / "1.…"): the
    heading is then a field of work with its aim, and its items the work written under it, though the plan numbers
    them straight through."""
    opened, headings = 0, 0
    for index, line in enumerate(body):
        if not line.item or line.item.kind != upper or not find_responsibility(line.item.rest):
            continue
        headings += 1
        following = next((other for other in body[index + 1:] if other.text.strip()), None)
        opened += bool(following) and following.item is None
    return headings >= 2 and opened == headings


def prefer_items(nested, flat, body: list, upper: str) -> bool:
    """Whether the items of the level below (``nested``) are the tasks rather than the level above (``flat``)."""

    def score(built):
        return sum(1 for task in built[1] if task["lead"] or task["support"])

    if headings_assign(nested[1], flat[1]) and (not _plans_list(nested[1]) or _introduced(body, upper)):
        return False
    if straight_list(nested[1], flat[1]):  # items numbered straight through the groups: the plan's own list
        return True
    if score(nested) != score(flat):
        return score(nested) > score(flat)
    if score(flat) and score(nested) == len(nested[1]):  # as many assigned as above, and the rest name no one
        # Every item names (or inherits) who is responsible: the items are the tasks, "1.加大财政支持力度。" under
        # "一、扩大有效投资政策（由省发展改革委牵头实施）"; "一、整治范围" beside stages "第一阶段：…责任单位：…" is no task.
        return True
    groups = {task["group"] for task in nested[1]}
    if score(flat) and len(nested[1]) > len(flat[1]) and any(re.search(r"-\d+$", task["number"]) for task in flat[1]) \
            and all(any(task["lead"] for task in nested[1] if task["group"] == group) for group in groups):
        # The level above had to be cut at its clauses ("（一）-2") while the items below hold the same clauses, every
        # group has some, and an item has none of its own: the items are the tasks (a group heading over
        # "1.…（X）2.…3.…（Y）"; the item without a clause is marked 待确认, not merged into the next one).
        return True
    headings = [line.item.rest for line in body if line.item and line.item.kind == upper]
    return score(flat) == 0 and all("。" not in rest.rstrip("。") for rest in headings)
