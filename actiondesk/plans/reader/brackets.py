"""Brackets of every width in Chinese documents: top-level bracketed spans, and splitting outside brackets."""

import re

OPENERS = {"（": "）", "(": ")", "〔": "〕", "【": "】", "[": "]", "［": "］"}


def bracketed(text: str):
    """(start, end, inner) of each top-level bracketed span, nested brackets allowed."""
    index = 0
    while index < len(text):
        closer = OPENERS.get(text[index])
        if closer is None:
            index += 1
            continue
        depth, cursor = 0, index
        while cursor < len(text):
            char = text[cursor]
            if char in OPENERS:
                depth += 1
            elif char in OPENERS.values():
                depth -= 1
                if depth == 0:
                    break
            cursor += 1
        if cursor >= len(text):  # unbalanced: skip this opener
            index += 1
            continue
        yield index, cursor + 1, text[index + 1:cursor]
        index = cursor + 1


def split_outside_brackets(text: str, separators: re.Pattern) -> list[str]:
    # "…联合“双随机、一公开”监管工作联席会议成员单位": a quoted name inside a name is no list, when the quotes pair up.
    quotes = ("“", "”") if text.count("“") == text.count("”") else ("", "")
    parts, current, depth = [], [], 0
    for char in text:
        if char in OPENERS or char == quotes[0] and char:
            depth += 1
        elif char in OPENERS.values() or char == quotes[1] and char:
            depth = max(0, depth - 1)
        if depth == 0 and separators.fullmatch(char):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part for part in parts if part.strip()]
