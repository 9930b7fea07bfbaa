"""The findings of a rectification plan (整改方案): "七、人口大量聚集的老城区目前仅有1个2万吨/日规模的污水处理厂…\n（一）县污水处理厂
提标扩容工程尚未动工…\n牵头部门：X\n…\n整改目标：…\n整改措施：\n1.…" — the numbered paragraphs right above an item's label lines
state the problem an inspection found (past counts, shares, capacities), not what the plan commits to: their figures
are no targets. The goals are in the 整改目标 line and the measures below it."""

import re

from .departments import LABEL
from .numbering import ARABIC

# Label lines of an item ("牵头部门：", "整改时限：", "整改目标：") and those that mark it as the rectification of a finding.
_ITEM_LABEL = re.compile(r"^(?:整改|完成)?(?:目标|措施|时限|要求)\s*[:：]|^整改(?:目标|措施|时限|要求)")
RECTIFICATION_LABEL = re.compile(r"^整改(?:目标|措施|时限|要求)")


def _labelled(text: str) -> bool:
    return bool(LABEL.match(text) or _ITEM_LABEL.match(text))


def finding_spans(lines: list) -> list[tuple[int, int]]:
    """Spans of the finding paragraphs: each numbered line (not a measure '1.…') standing right above a run of label
    lines that holds a rectification label ('整改目标：', '整改措施：'), and the numbered lines right above it
    ("一、<finding>\n（一）<finding>\n牵头部门：…\n整改目标：…")."""
    texts = [line.text.strip() for line in lines]
    spans = []
    for index, text in enumerate(texts):
        if not _labelled(text) or index == 0 or _labelled(texts[index - 1]):
            continue  # only the first line of a run of labels
        end = index
        while end < len(texts) and _labelled(texts[end]):
            end += 1
        if not any(RECTIFICATION_LABEL.match(line) for line in texts[index:end]):
            continue
        above = index - 1
        while (
            above >= 0
            and lines[above].item
            and lines[above].item.kind != ARABIC
            and not _labelled(texts[above])
        ):
            spans.append((lines[above].start, lines[above].end))
            above -= 1
    return sorted(spans)
