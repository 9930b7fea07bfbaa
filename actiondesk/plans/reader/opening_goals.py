"""Goals stated in a paragraph that opens with the plan's deadline ('到2027年，…培育4个以上…'), printed before the first
part heading or in an opening part whatever its title (总体思路, 指导思想, …), not only under 总体要求 / 目标."""

import re

from .targets import find_targets

# "到2027年，", "至2025年底，", "力争到“十五五”末，": the deadline the paragraph's figures are set for.
_DEADLINE = re.compile(r"^\s*(?:力争|争取)?(?:到|至)\s*(?:20\d\d\s*年|“十[一二三四五六七八九]五”(?:期)?末)")


def opens_with_deadline(text: str) -> bool:
    return bool(_DEADLINE.match(text))


def deadline_goals(text: str, lines) -> list[dict]:
    """The targets of the unnumbered lines that open with a deadline."""
    targets: list[dict] = []
    for line in lines:
        if not line.item and opens_with_deadline(line.text):
            targets += find_targets(text[line.start : line.end], offset=line.start, task=None)
    return targets
