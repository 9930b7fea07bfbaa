"""Figures of an item's short title and coverage said not to be sought: no goals. "9.实现两个归位。加快…", "14.打造三支
团队。培育…团队。打造…团队": a count in Chinese numerals that is the whole title names the set of things the item goes on
to set out; "不搞一刀切、全覆盖": coverage the plan says it will not seek."""

import re

from .quantities import find_quantities

# A title of a few characters closed by 。 with the item's text running on after it on the same line.
_TITLE_MAX = 12


def titled_set(text: str, start: int, end: int) -> bool:
    """Whether the clause at ``start:end`` is an item's short title whose only figures are Chinese numerals."""
    clause = text[start:end].strip()
    if start and text[start - 1] != "\n" or len(clause) > _TITLE_MAX or text[end : end + 1] != "。":
        return False
    if not text[end + 1 : end + 2].strip():  # a sentence alone on its line is no title
        return False
    quantities = list(find_quantities(clause))
    return bool(quantities) and all(not clause[q.start].isdigit() for q in quantities)


# "不搞一刀切、全覆盖", "不求全覆盖", "不强求全面覆盖": words that say the coverage after them is not sought.
NOT_SOUGHT = ("不搞", "不求", "不强求", "不追求", "不要求", "不必", "不一定", "不宜")
_NOT_SOUGHT = re.compile(rf"(?:{'|'.join(NOT_SOUGHT)})[^，,；;。]{{0,8}}$")


def coverage_not_sought(clause: str, coverage_start: int) -> bool:
    """Whether the coverage at ``coverage_start`` of ``clause`` is said not to be sought."""
    return bool(_NOT_SOUGHT.search(clause[:coverage_start]))
