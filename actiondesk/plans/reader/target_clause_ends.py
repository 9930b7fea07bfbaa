"""Where a sentence's responsibility clause is printed before its full stop ("…实现…全覆盖（牵头单位：X）。",
"…2022年达到85%（X负责）。", "…每年1%以上的节能量（区科经委、各管理局（管委会））。"), the clause ends the sentence as
the stop would: the figure before it closes its clause, as it does before "。（牵头单位：X）"."""

import re

from .departments import LABEL
from .unit_names import is_unit_name, split_names

_ROLE_VERB = re.compile(r"牵头|负责|配合|参与|协同|落实")
# A bracket (short brackets inside it allowed: "各市、县〔市、区〕政府") that closes its sentence or line.
_CLOSING_BRACKET = re.compile(
    r"[（(〔【]((?:[^（）()〔〕【】\n]|[（(〔][^（）()〔〕\n]{1,16}[）)〕]){2,200})[）)〕】](?=\s*(?:[。；;]|$))", re.M
)


def _names_who(inside: str) -> bool:
    if LABEL.match(inside):
        return True  # "（责任单位：…。以下均需各市政府落实，不再列出）": a note of its own may follow the units
    if "。" in inside:
        return False
    if _ROLE_VERB.search(inside):
        return True
    names = split_names(inside.replace("，", "、").replace(",", "、"))
    return bool(names) and all(is_unit_name(name) for name in names)


def clause_stops(text: str) -> str:
    """``text`` with the opening bracket of each clause naming who is responsible before its full stop read as "；"
    (one character for one: offsets stay) — for splitting the text into clauses only."""
    stops = [match.start() for match in _CLOSING_BRACKET.finditer(text) if _names_who(match[1])]
    if not stops:
        return text
    chars = list(text)
    for index in stops:
        chars[index] = "；"
    return "".join(chars)
