"""Figures listed before one bound: "占比分别在7%和2%以下", "分别控制在5%、3%以内" — the bound printed after the last
figure of the list holds for each figure before it (以上 is read so already: a bare figure is a floor)."""

import re

_JOINED = re.compile(r"\s*[、和及与]\s*")
_SHARED = ("<=", "<", "≈")
_FIGURE = re.compile(r"\d")


def share_listed_bound(text: str, found: list[dict]) -> None:
    """Give each bare figure of a list the comparator of the bounded figure that closes it (in place)."""
    for index in range(len(found) - 2, -1, -1):
        figure, after = found[index], found[index + 1]
        if figure["rule"] == "bare" and figure["unit"] == after["unit"] and after["comparator"] in _SHARED \
                and figure["value_max"] is None and _JOINED.fullmatch(text[figure["end"]:after["start"]]) \
                and _FIGURE.match(text, after["start"]):  # "增长4%、进出口总额增长5%左右": a measure of its own
            figure.update(comparator=after["comparator"], rule=f"{figure['rule']}+listed_bound", unsure=False)
