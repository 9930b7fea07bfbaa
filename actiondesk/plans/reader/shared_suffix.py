"""Places printed before one body's suffix ('广州、深圳、珠海边检总站', '苏澳、平原、大练派出所'): the corpus splits such
lists at 、 as printed, so each bare place stands for its own body and counts as a unit name in the list."""

import re

_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}")
# A shared suffix is a kind of body, not a name of its own: it opens with no level ('省商务厅' after '完善' is a name).
_LEVEL = re.compile(r"^[省市区县镇乡街村各]")


def place_before_suffix(name: str, after: list[str], named_body) -> bool:
    """Whether ``name`` is a bare place of such a list: only bare places of its length follow it up to a named body
    that is a place of that length and a suffix ('珠海' + '边检总站')."""
    if not _PLACE.fullmatch(name) or named_body(name):
        return False
    for following in after:
        if _PLACE.fullmatch(following) and len(following) == len(name) and not named_body(following):
            continue
        suffix = following[len(name) :]
        return (
            len(suffix) >= 2
            and not _LEVEL.match(suffix)
            and bool(named_body(following))
            and bool(named_body(suffix))
        )
    return False
