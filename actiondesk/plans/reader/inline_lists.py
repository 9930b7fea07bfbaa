"""A numbered line that runs its own list on inline ("1.合理调整…；2.鼓励…。（责任单位：…）") with no line of its own
numbered 2 below it is a paragraph under the heading above, not an outline item: the heading stays the task, as it is
for every other heading of the document whose paragraph carries no number."""

import re

from .numbering import ARABIC, CIRCLED, LEVELS, PAREN_ARABIC

# The second member of the list, after a sentence break, in the numbering the line opened with.
_SECOND = {
    ARABIC: re.compile(r"[；;。]\s*[2２]\s*[.．、]"),
    PAREN_ARABIC: re.compile(r"[；;。]\s*[（(]\s*[2２]\s*[）)]"),
    CIRCLED: re.compile(r"[；;。]\s*②"),
}
_FIRST = {"1", "01", "１", "①"}


def inline_lists(lines: list) -> list:
    """``lines`` with each first item that holds its whole list inline stripped of its outline number."""
    result = list(lines)
    for index, line in enumerate(lines):
        item = line.item
        if runs_inline(item) and not _second_line(lines, index):
            result[index] = line._replace(item=None)
    return result


def runs_inline(item) -> bool:
    """Whether the numbered line ``item`` is a list's first member holding its second one inline."""
    return (
        bool(item)
        and item.kind in _SECOND
        and item.bare in _FIRST
        and bool(_SECOND[item.kind].search(item.rest))
    )


def _second_line(lines: list, index: int) -> bool:
    """Whether a line of the same numbering below, before any higher heading, is the list's second item."""
    kind = lines[index].item.kind
    for line in lines[index + 1 :]:
        if not line.item or line.item.kind not in LEVELS:
            continue
        if line.item.kind == kind:
            return line.item.bare.lstrip("0") in ("2", "２", "②")
        if LEVELS.index(line.item.kind) < LEVELS.index(kind):
            return False
    return False
