"""Item label lines as printed: "·责任单位：X、Y" — a bullet printed before a label line ("责任单位：", "完成时限：") is
a mark of layout, not part of the label, so the line is read as the label line it is."""

import re

from .clause_search import find_responsibility
from .departments import LABEL

# A bullet, then a short label and its colon: "·责任单位：", "• 牵头单位:", "● 完成时限：".
_BULLET_LABEL = re.compile(r"^[·•●▪◆]\s*(?=[\u4e00-\u9fff（）()]{2,10}\s*[:：])")


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
