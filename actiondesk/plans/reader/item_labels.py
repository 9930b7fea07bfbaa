"""Item label lines as printed: "·责任单位：X、Y" — a bullet printed before a label line ("责任单位：", "完成时限：") is
a mark of layout, not part of the label, so the line is read as the label line it is."""

import re

# A bullet, then a short label and its colon: "·责任单位：", "• 牵头单位:", "● 完成时限：".
_BULLET_LABEL = re.compile(r"^[·•●▪◆]\s*(?=[\u4e00-\u9fff（）()]{2,10}\s*[:：])")


def unbullet(line: str) -> str:
    """``line`` without a bullet printed before its label ("·责任单位：…" → "责任单位：…"); other lines as they are."""
    return _BULLET_LABEL.sub("", line)
