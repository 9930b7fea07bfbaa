"""A catch-all scoped by a list of places ("官井街、苏澳街、白沙街沿线的相关村", "甲村、乙村周边的各村居", "北城、南城辖区内的
有关单位"): the places only say where the catch-all's units are, so the whole list is one unit and its 、 parts no names.
A body printed before the places ("区农业农村局、东港路、西江路沿线的相关村") stays a unit of its own. Add a word for such a
scope (沿线, 周边, …) or for the catch-all's opening (相关, 各, …) here."""

import re

from .joint_offices import KEEP

SCOPE_WORDS = ("沿线", "沿岸", "沿街", "周边", "周围", "辖区内", "辖区", "范围内", "区域内", "境内", "一带")
CATCH_ALL_OPENINGS = ("各", "相关", "有关", "所有", "其他")
_SCOPES = "|".join(sorted(SCOPE_WORDS, key=len, reverse=True))
_OPENINGS = "|".join(CATCH_ALL_OPENINGS)
_SCOPED = re.compile(
    rf"(?P<places>(?:[\u4e00-\u9fff]{{2,12}}、)+)"
    rf"(?P<last>[\u4e00-\u9fff]{{2,12}}?(?:{_SCOPES})的?(?:{_OPENINGS})[\u4e00-\u9fff]{{1,8}})"
)
_NOT_A_PLACE = re.compile(rf"^(?:{_OPENINGS})")
# The whole name, its places joined: what the catch-all's units are ends the name.
_WHOLE = re.compile(
    rf"^[\u4e00-\u9fff、]{{2,40}}?(?:{_SCOPES})的?(?:{_OPENINGS})"
    r"(?:村居|村|社区|单位|企业|部门|商户|学校|场所|经营户|小区|物业)$"
)


def scoped_catch_all(name: str) -> bool:
    """ "甲路、乙路沿线的相关村", "北城辖区内的有关单位": units named by where they are, a catch-all."""
    return bool(_WHOLE.match(name))


def protect_scoped_catch_alls(names: str, is_body) -> str:
    """The list with the 、 between the places of each scoped catch-all hidden from the split (``restore`` in
    joint_offices.py puts them back); ``is_body`` says whether a piece names a body, which no place does."""

    def keep(match: re.Match) -> str:
        pieces = match.group("places").split("、")[:-1]
        places = 0
        for piece in reversed(pieces):
            if is_body(piece) or _NOT_A_PLACE.match(piece):
                break
            places += 1
        if not places:
            return match.group(0)
        bodies = pieces[: len(pieces) - places]
        return (
            "".join(piece + "、" for piece in bodies)
            + "".join(piece + KEEP for piece in pieces[len(bodies) :])
            + match.group("last")
        )

    return _SCOPED.sub(keep, names)
