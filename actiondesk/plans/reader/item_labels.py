"""Item label lines as printed: "·责任单位：X、Y" — a bullet printed before a label line ("责任单位：", "完成时限：") is
a mark of layout, not part of the label, so the line is read as the label line it is; so are labels printed in 【】
without a colon ("【牵头单位】X")."""

import re

from .clause_search import find_responsibility
from .departments import LABEL

# A bullet, then a short label and its colon: "·责任单位：", "• 牵头单位:", "● 完成时限：".
_BULLET_LABEL = re.compile(r"^[·•●▪◆]\s*(?=[\u4e00-\u9fff（）()]{2,10}\s*[:：])")


# "…补贴政策。【牵头单位】市发改委；【配合单位】市财政局": labels printed in 【】 with no colon.
_BOXED_LABEL = re.compile(r"【\s*(?P<label>[^【】：:\s]{2,12})\s*】")


def unbox_labels(line: str) -> str:
    """``line`` with its labels printed in 【】 as the reader reads them: a run of them closing the line as the bracketed
    clause it stands for ("…政策。（牵头单位：市发改委；配合单位：市财政局）", a note after its names inside it), a run
    that opens the line as its label lines; lines without such labels as they are."""
    boxed = [match for match in _BOXED_LABEL.finditer(line) if LABEL.match(match["label"] + "：")]
    if not boxed:
        return line
    start = boxed[0].start()
    sentence = max(line.rfind(stop, 0, start) for stop in "。！？") + 1
    if LABEL.match(line[sentence:start].strip()):  # "…发生。牵头单位:X；【责任单位】Y": the clause opens at the label before
        start = sentence + len(line[sentence:start]) - len(line[sentence:start].lstrip())
    head, tail = line[:start].rstrip(), line[start:]
    for match in reversed(boxed):
        at = match.start() - start
        tail = tail[:at] + match["label"] + "：" + tail[at + len(match[0]):].lstrip()
    tail = tail.strip()
    return f"{head}（{tail.rstrip('。；;')}）" if head else tail


def unbullet(line: str) -> str:
    """``line`` without a bullet printed before its label ("·责任单位：…" → "责任单位：…"); other lines as they are."""
    return _BULLET_LABEL.sub("", line)


def heading_assigns(text: str, heading, rules) -> bool:
    """"六、全力强化营商环境组织保障（牵头部门：X、Y）": a safeguards part whose heading names who leads it; over numbered
    items that name no one ("66、强化主体责任。…") those items are tasks with the heading's units, as a programme's are."""
    clause = find_responsibility(text[heading.rest_start : heading.end], rules)
    return bool(clause and clause.lead)


def labels_own_heading(text: str, heading, body: list, rules) -> bool:
    """ "五、三十六脚湖…问题。\n牵头部门：X\n责任部门：X、Y\n整改时限：…\n整改措施：\n1.…": a section whose heading paragraph is
    followed straight away by its own label lines, before any numbered line, is one task (its numbered lines are its
    measures) even beside sections whose tasks are their numbered items."""
    own = []
    for line in body:
        if line.item:
            break
        own.append(line)
    if not any(LABEL.match(line.text.strip()) for line in own):
        return False
    clause = find_responsibility(text[heading.rest_start : own[-1].end], rules)
    return bool(clause and clause.lead)
