"""Items of a box (专栏) printed between two tasks: a title line ("“低空+”应用场景专栏", "专栏2 …"), then numbered
paragraphs that spell out the task before the box ("1.“低空+物流”。…", "2.…") up to the next item of that task's level.
When none of them names who is responsible, they are the task's content, not tasks or a level of the outline: their
numbers are dropped so the outline reads the tasks around the box. A box whose items carry clauses keeps them."""

import re

from .clause_search import find_responsibility
from .numbering import DASH, LEVELS

_TITLE = re.compile(r"^\s*(?:专栏\s*[0-9０-９一二三四五六七八九十]+\s*\S[^。；;]{0,40}|[^。；;，,\d]{2,30}专栏)\s*$")


def box_items(body: list, rules) -> list:
    """``body`` with the numbers of clause-less box items dropped (``Line.item`` set to None)."""
    body = list(body)
    for index, line in enumerate(body):
        if line.item or not _TITLE.match(line.text):
            continue
        last = next((b.item for b in reversed(body[:index]) if b.item and b.item.kind != DASH), None)
        if last is None:
            continue
        before = last.kind
        first = next((b.item for b in body[index + 1:] if b.item and b.item.kind != DASH), None)
        # "2.优化空域管理。…" then "…专栏" and "1.“低空+物流”。…": items of the same kind that start again at 1 are the box's,
        # up to a higher heading or the item that goes on from the one before the box ("3.").
        restarts = first is not None and first.kind == before and first.bare in ("1", "一") and last.bare != first.bare
        inside = []
        for at in range(index + 1, len(body)):
            item = body[at].item
            same = item is not None and item.kind == before
            if _TITLE.match(body[at].text) and not item or item and item.kind != DASH and (
                    LEVELS.index(item.kind) < LEVELS.index(before) or same and (not restarts or _follows(last, item))):
                break
            inside.append(at)
        numbered = [at for at in inside if body[at].item and body[at].item.kind != DASH]
        if numbered and not any(find_responsibility(body[at].text, rules) for at in inside):
            for at in numbered:
                body[at] = body[at]._replace(item=None)
    return body


def _follows(last, item) -> bool:
    """Whether ``item`` goes on from ``last``, the item before the box ("2." → "3.")."""
    return last.bare.isdigit() and item.bare.isdigit() and int(item.bare) == int(last.bare) + 1
