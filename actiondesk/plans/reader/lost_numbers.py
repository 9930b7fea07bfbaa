"""An item whose number the store lost: the items of a level start at 2 ("02…", "2.", "二、", "（二）") and the lines
right above the first of them are a short title line over a paragraph closed by its own responsibility clause — that
title line is item 1, its number put back ("实行阶段性购房补贴。" / "…〔责任单位:…〕" / "02对生育家庭实施差异化购房补助。")."""

import re

from .clause_search import find_responsibility
from .numbering import ARABIC, Numbered

_SECOND = {"2": "1", "02": "01", "二": "一"}
# A title line of its own: short, one sentence, no figure, no notice words.
_TITLE = re.compile(r"^(?!关于)(?!.*通知)[\u4e00-\u9fff“”《》、]{4,30}。?$")


def restore_lost_first(lines: list) -> list:
    """``lines`` with item 1's lost number put back on its title line, or as they are."""
    first = next((index for index, line in enumerate(lines) if line.item), None)
    if first is None or lines[first].item.bare not in _SECOND:
        return lines
    for index in range(first - 1, max(-1, first - 5), -1):  # the title line, up to three paragraph lines below it
        title = lines[index].text.strip()
        if not _TITLE.match(title):
            continue
        if not _closes_with_clause("\n".join(line.text for line in lines[index + 1:first])):
            return lines
        item = lines[first].item
        bare = _SECOND[item.bare]
        restored = Numbered(item.kind, item.number.replace(item.bare, bare, 1), bare, title)
        return [*lines[:index], lines[index]._replace(item=restored), *lines[index + 1:]]
    return lines


def number_unnumbered(lines: list) -> list:
    """A document whose items carry no number at all, each a short title line (or its paragraph) over a paragraph closed by
    its own clause: the items numbered 1, 2, … in order so that the outline reads them as any numbered list."""
    if any(line.item for line in lines):
        return lines
    closing = [index for index, line in enumerate(lines) if _closes_with_clause(line.text)]
    if len(closing) < 2:
        return lines
    numbered_at, after = [], -1
    for index in closing:
        title = next((above for above in range(index - 1, max(after, index - 4), -1)
                      if _TITLE.match(lines[above].text.strip())), index)
        numbered_at.append(title)
        after = index
    result = list(lines)
    for count, index in enumerate(numbered_at, start=1):
        text = result[index].text.strip()
        result[index] = result[index]._replace(item=Numbered(ARABIC, str(count), str(count), text))
    return result


def _closes_with_clause(text: str) -> bool:
    text = text.rstrip()
    found = text and find_responsibility(text)
    return bool(found) and found.end >= len(text.rstrip("。")) - 1
