"""Where a plan's body ends and what its annexed task list replaces: the outline reads the lines before the annexes'
heading (unless an annex names who is responsible), and an annexed list's rows stand for the body's items."""
import re

from .clause_search import find_responsibility
from .numbering import LEVELS
from .targets import find_targets

# "附件2" / "附件：" on a line of its own, or the wrapper's list of annexes "附件：1.…": the body ends there.
_ANNEX_HEADING = re.compile(r"^附件\s*(?:[0-9一二三四五六七八九十]{0,3}\s*[:：]?|[:：]\s*1\s*[.．、].*)$")
# "附则" on a line of its own closes a 若干措施's articles: its （一）… items (适用范围, 认定管理, 解释权) are no tasks,
# even where they mention "责任单位", and the last article does not run on into them.
_PROVISIONS = re.compile(r"^附\s*则$")
_CLAUSE_WORD = re.compile(r"牵头|主责|配合|负责|(?:责任|落实|实施)(?:单位|部门|主体)")
# "…完成…52个网点建设工作。（2020年12月31日前完成）": a line that ends with its deadline is a scheduled commitment.
_DEADLINE_END = re.compile(r"[（(](?:20\d\d年)?[^（）()]{0,10}(?:前|底|内)(?:完成|建成|启动)?[）)][。；;]?$")


def before_annexes(lines: list) -> list:
    """The lines the outline reads: what follows the annexes' heading belongs to no item of the body; an annex
    that names no one responsible (a township breakdown, an indicator grid) holds no task and no target."""
    headings = [index for index, line in enumerate(lines)
                if not line.item and _ANNEX_HEADING.match(line.text.strip())]
    # From the last annex back: annexes after which no line names anyone responsible ("附件3 相关塑料制品禁限管理
    # 细化标准", after the annexed task lists) hold no task, and the body's last item does not run on into them.
    end = next((index for index, line in enumerate(lines) if not line.item and _PROVISIONS.match(line.text.strip())),
               len(lines))
    for index in reversed([index for index in headings if index < end]):
        if any(_CLAUSE_WORD.search(rest.text) for rest in lines[index + 1:end]):
            break
        end = index
    return _unsigned(lines[:end])


def drop_restated(reading: dict) -> None:
    """An annexed task list's rows are the tasks: the body's items that name no unit restate them (their figures
    stay the plan's targets)."""
    dropped = {task["number"] for task in reading["tasks"] if not task["lead"] and not task["support"]}
    reading["tasks"] = [task for task in reading["tasks"] if task["lead"] or task["support"]]
    kept = {task["number"] for task in reading["tasks"]}
    for target in reading["targets"]:
        if target.get("task") in dropped - kept:
            target["task"] = None


def scheduled_lines(body: list) -> list:
    """Lines of a section that is no task section (组织实施, 保障措施) whose work ends with its deadline
    ("（2020年12月31日前完成）"): their figures are the plan's targets, as a task's would be."""
    return [line for line in body if _DEADLINE_END.search(line.text.strip())]


def safeguard_targets(text: str, body: list) -> list[dict]:
    """The targets of a safeguards section: all the figures of its lines closed by a deadline (scheduled_lines), and
    a floor its other lines commit to ("（二）加强队伍建设。…各级主管单位每年至少组织一次业务培训": 至少, 不少于); their
    other figures are not read."""
    scheduled = scheduled_lines(body)
    targets = []
    for line in body:
        found = find_targets(text[line.start:line.end], offset=line.start, task=None)
        if line in scheduled:
            targets += found
        elif _FLOOR_WORD.search(line.text):
            targets += [target for target in found if _FLOOR_WORD.search(target["text"])]
    return targets


_FLOOR_WORD = re.compile(r"至少|不少于|不低于")


def principle_coverages(text: str, title: str, body: list) -> list[dict]:
    """"一、指导原则 … 对“内部道路”进行全覆盖分类纳管": a coverage the principles commit to is a target of the plan
    (their other figures are not read)."""
    if not body or "原则" not in title:
        return []
    return [target for target in find_targets(text[body[0].start:body[-1].end], offset=body[0].start, task=None)
            if target["rule"] == "coverage"]


# "推进任务分解表", "重点任务分工表", "任务清单": the caption of a task table printed on a line of its own.
_TABLE_CAPTION = re.compile(r"^[^。；;，,：:\d]{2,20}(?:表|清单)$")
_TITLE_LINE = re.compile(r"^[^。；;，,：:]{4,40}$")


def table_captions(lines: list, used: set[int], headings: bool = True) -> set[int]:
    """Lines right above a task table that caption it ("推进任务分解表", with the plan's title above it): no words
    of the body's last item, which would otherwise run on over them and no longer end with its clause. With
    ``headings`` (the tables gave tasks), a numbered heading right above one ("一、考核细则" / "序号 …") too."""
    captions: set[int] = {index - 1 for index in used if headings and index >= 1 and index - 1 not in used
                          and lines[index - 1].item and _heads_only_the_table(lines, index - 1, used)}
    for index in sorted(used):
        above = index - 1
        if above < 1 or above in used or lines[above].item or not _TABLE_CAPTION.match(lines[above].text.strip()):
            continue
        captions.add(above)
        title = lines[above - 1]
        if above - 1 not in used and not title.item and _TITLE_LINE.match(title.text.strip()):
            captions.add(above - 1)
    return captions


def _heads_only_the_table(lines: list, index: int, used: set[int]) -> bool:
    """Whether the numbered line ``index`` heads nothing but the table below it (the next line after the table is
    a heading of the same or a higher level, or the end) and names no one responsible, as a task does."""
    if find_responsibility(lines[index].text):
        return False
    after = index + 1
    while after in used:
        after += 1
    if after >= len(lines):
        return True
    item, following = lines[index].item, lines[after].item
    return bool(following) and following.kind in LEVELS and item.kind in LEVELS \
        and LEVELS.index(following.kind) <= LEVELS.index(item.kind)


# "河北省人民政府办公厅 / 2017年6月22日": the signature and date after a plan's last section are no part of it.
_SIGNER = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:政府|办公厅|办公室|委员会|管委会|局|厅|委|部|中心|小组)$")
_SIGNED_ON = re.compile(r"^(?:20\d\d|[二〇一九零]{4})年\d{1,2}月\d{1,2}日$|^[（(]此件公开发布[）)]$")


def _unsigned(lines: list) -> list:
    """``lines`` without the signature and date that close them, so that the last section's clause closes it."""
    end = len(lines)
    while end and (not (line := lines[end - 1].text.strip())
                   or not lines[end - 1].item and (_SIGNER.match(line) or _SIGNED_ON.match(line))):
        end -= 1
    signed = any(_SIGNED_ON.match(line.text.strip()) for line in lines[end:])
    return lines[:end] if signed else lines


# The 版记 a 公文's Word copy ends with — "公开方式：主动公开", "抄送：市委各部门，…。", "某某市人民政府办公室 2024年3月1日印发":
# no part of the plan (its last table's row, its last section's clause read on into it).
_RECORD = re.compile(r"^(?:(?:抄送|抄报|分送|发送|报送)[：:].*|公开方式[：:].{2,8}|[（(]?共印\s*[\d０-９]+\s*份[）)]?"
                     r"|.{0,40}?(?:20\d\d|[二〇一九零]{4}|[２０１-９]{4})年[\d０-９]{1,2}月[\d０-９]{1,2}日\s*印\s*发)$")


def before_record(text: str) -> str:
    """``text`` up to the 版记 at its end (a block of 抄送 / 印发 lines, a 公开方式 line among them), if it has one."""
    lines = text.split("\n")
    end = len(lines)
    while end and (not lines[end - 1].strip() or _RECORD.match(lines[end - 1].strip())):
        end -= 1
    if not any(_RECORD_MARK.search(line.strip()) for line in lines[end:]):
        return text
    return "\n".join(lines[:end])


_RECORD_MARK = re.compile(r"^(?:抄送|抄报|分送)|印\s*发$")  # what makes the block a 版记, not a closing date

