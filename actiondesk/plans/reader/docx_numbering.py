"""Word's automatic numbering written into the text: a .docx whose items are numbered by a list ("一、", "（一）",
"1." drawn by Word, no character of the paragraph) reads like one whose numbers were typed.

Counts follow each list (numId) and level: a level counts on until a higher level of its list moves, then starts
again; ``w:start`` and ``w:startOverride`` set where it starts. Bullets and formats without digits add nothing.
"""

from docx.oxml.ns import qn

_CHINESE = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def chinese_number(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (the counting Word draws for Chinese lists)."""
    if value <= 0:
        return _CHINESE[0]
    if value >= 100:
        hundreds, rest = divmod(value, 100)
        tail = "" if not rest else ("零" + chinese_number(rest) if rest < 10 else chinese_number(rest))
        return _CHINESE[hundreds % 10] + "百" + tail
    tens, ones = divmod(value, 10)
    if not tens:
        return _CHINESE[ones]
    return ("" if tens == 1 else _CHINESE[tens]) + "十" + (_CHINESE[ones] if ones else "")


def _roman(value: int) -> str:
    out = ""
    for size, letters in _ROMAN:
        count, value = divmod(value, size)
        out += letters * count
    return out


def _letter(value: int) -> str:
    out = ""
    while value > 0:
        value, rest = divmod(value - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


_FORMATS = {
    "decimal": str, "decimalZero": lambda value: f"{value:02d}",
    "decimalFullWidth": lambda value: str(value).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalHalfWidth": str,
    "chineseCounting": chinese_number, "chineseCountingThousand": chinese_number,
    "chineseLegalSimplified": chinese_number, "ideographDigital": chinese_number, "japaneseCounting": chinese_number,
    "taiwaneseCounting": chinese_number, "taiwaneseCountingThousand": chinese_number,
    "decimalEnclosedCircle": lambda value: _CIRCLED[value - 1] if 0 < value <= len(_CIRCLED) else str(value),
    "decimalEnclosedCircleChinese": lambda value: _CIRCLED[value - 1] if 0 < value <= len(_CIRCLED) else str(value),
    "decimalEnclosedParen": lambda value: f"({value})", "decimalEnclosedFullstop": lambda value: f"{value}.",
    "upperLetter": _letter, "lowerLetter": lambda value: _letter(value).lower(),
    "upperRoman": _roman, "lowerRoman": lambda value: _roman(value).lower(),
}


def _val(element, tag: str, default=None):
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else default


class AutoNumbers:
    """The list numbers Word draws before paragraphs, counted in document order (call ``prefix`` once per paragraph)."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → ilvl → (format, lvlText, start)
        self.styles: dict[str, tuple[str | None, int]] = {}           # styleId → (numId, ilvl)
        self.counts: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # a document without lists
        abstract = {item.get(qn("w:abstractNumId")): self._abstract_levels(item)
                    for item in numbering.findall(qn("w:abstractNum"))}
        for num in numbering.findall(qn("w:num")):
            levels = dict(abstract.get(_val(num, "w:abstractNumId"), {}))
            for override in num.findall(qn("w:lvlOverride")):
                level, start = int(override.get(qn("w:ilvl"), "0")), _val(override, "w:startOverride")
                if start is not None and level in levels:
                    levels[level] = (levels[level][0], levels[level][1], int(start))
            self.levels[num.get(qn("w:numId"))] = levels
        for style in document.styles.element.findall(qn("w:style")):
            number = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if number is not None:
                self.styles[style.get(qn("w:styleId"))] = (_val(number, "w:numId"), int(_val(number, "w:ilvl", "0")))

    @staticmethod
    def _abstract_levels(item) -> dict[int, tuple[str, str, int]]:
        return {int(level.get(qn("w:ilvl"), "0")): (_val(level, "w:numFmt", "decimal"), _val(level, "w:lvlText", ""),
                                                     int(_val(level, "w:start", "1")))
                for level in item.findall(qn("w:lvl"))}

    def prefix(self, paragraph) -> str:
        """The number Word draws before this paragraph ("" when it draws none), counting it."""
        properties = paragraph.find(qn("w:pPr"))
        number = properties.find(qn("w:numPr")) if properties is not None else None
        num_id, level = None, 0
        if number is not None:
            num_id, level = _val(number, "w:numId"), int(_val(number, "w:ilvl", "0"))
        if num_id is None:
            style = _val(properties, "w:pStyle")
            num_id, styled_level = self.styles.get(style, (None, 0))
            level = level if number is not None else styled_level
        levels = self.levels.get(num_id or "")
        if not levels or level not in levels:
            return ""
        return drawn_number(levels, self.counts.setdefault(num_id, {}), level)


def drawn_number(levels: dict[int, tuple[str, str, int]], counts: dict[int, int], level: int) -> str:
    """Count one paragraph at ``level`` of a list whose levels are (format, text with %1…%9, start) and whose counts
    so far are ``counts``; the number Word draws before it ("" for a bullet or a level without digits). Shared by
    the .docx and .doc readers."""
    fmt, text, start = levels[level]
    counts[level] = counts[level] + 1 if level in counts else start
    for deeper in [key for key in counts if key > level]:
        del counts[deeper]  # a higher level moved: the levels below it start again
    if fmt in ("bullet", "none") or not text:
        return ""
    for shown in range(level + 1):
        if f"%{shown + 1}" in text:
            shown_fmt, _, shown_start = levels.get(shown, ("decimal", "", 1))
            value = counts.get(shown, shown_start)
            text = text.replace(f"%{shown + 1}", _FORMATS.get(shown_fmt, str)(value))
    return text
