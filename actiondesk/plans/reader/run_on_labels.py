"""Label lines run on in a portal page's text ("…整治成果。 责任处室：甲处、乙处 配合单位：丙所 二是…", "责任单位：区财政局、
社会事业局 2.落实补贴。…"): such a page keeps a paragraph break as a space, so a label printed after a sentence's end and a
space starts a line of its own (as does an ordinal sub-item, "一是"), and so does what follows a label line after a space when it is another label, a numbered
item or an ordinal sub-item ("二是"). Names parted by spaces inside a label line ("区财政局 区人社局") stay on it. Label sentences that close a paragraph right after
its last full stop, with no space ("…并向社会公布。牵头单位：X。责任单位：Y。"), start a line of their own too."""

import re

from .departments import LABEL

_NUMERAL = "一二三四五六七八九十"
# What opens a line of its own after a label line: a label, "2." / "2、", "二、", "（二）", "二是".
_OPENS_LINE = (
    rf"(?:{LABEL.pattern})|\d{{1,2}}[.．、](?=[\u4e00-\u9fff])|[{_NUMERAL}]{{1,3}}、|[（(][{_NUMERAL}]{{1,3}}[）)]"
    rf"|[{_NUMERAL}]是"
)
_AFTER_SENTENCE = re.compile(rf"(?<=[。；;！!？?])[ \t]+(?=(?:{LABEL.pattern})|[{_NUMERAL}]是)")
_AFTER_LABEL_LINE = re.compile(rf"[ \t]+(?={_OPENS_LINE})")


# "…并向社会公布。牵头单位：X、Y。责任单位：Z。": label sentences closing a paragraph right after its last full stop,
# with no space; only when nothing but label sentences follows and no bracket is open there (a bracket's own
# "（牵头单位：X；责任单位：Y）" stays whole).
_LABEL_SENTENCES = re.compile(rf"(?:(?:{LABEL.pattern})[^。]*。?)+")


def _closing_labels(line: str) -> int | None:
    """Where label sentences that close ``line`` begin, or None (full stops read from the end: one scan)."""
    found = None
    stop = line.rfind("。", 0, len(line) - 1)
    while stop >= 0 and _LABEL_SENTENCES.fullmatch(line, stop + 1):
        found, stop = stop + 1, line.rfind("。", 0, stop)
    if found is None:
        return None
    head = line[:found]
    opened = head.count("（") + head.count("(") - head.count("）") - head.count(")")
    return None if opened > 0 else found  # "1)…" closes a bracket it did not open: none is open


def split_run_on_labels(line: str) -> list[str]:
    """``line`` cut where a label line run on into it begins and ends (one part when it holds none)."""
    closing = _closing_labels(line)
    if closing:
        return split_run_on_labels(line[:closing]) + [line[closing:]]
    parts: list[str] = []
    for part in _AFTER_SENTENCE.sub("\n", line).split("\n"):
        parts += _AFTER_LABEL_LINE.sub("\n", part).split("\n") if LABEL.match(part) else [part]
    return parts
