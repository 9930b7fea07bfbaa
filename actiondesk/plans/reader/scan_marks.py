"""A recognised plan's marks and numbers as the print has them: what Tesseract's Chinese model gives differently from
a text layer (ASCII punctuation, a backslash for 、, square brackets, brackets of two kinds), the words the reader's
rules turn on where it misreads one character of them, and item numbers the count expects next."""

import re

from .docx_numbering import chinese_number

_SPACE_INSIDE = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
# Tesseract's Chinese model gives ASCII punctuation; beside a Chinese character the print had the full-width mark, as
# a text layer gives it ("（五）", "县（市、区）", "责任单位：").
_HALF_BESIDE_CHINESE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s*([(),:;?!])|([(),:;?!])\s*(?=[\u3000-\u9fff\uff00-\uffef])")
_FULL = str.maketrans("(),:;?!", "（），：；？！")
_BACKSLASH = re.compile(r"(?<=[\u4e00-\u9fff])\s*\\\s*(?=[\u4e00-\u9fff])")
_SQUARE_BESIDE_CHINESE = re.compile(r"(?<=[\u4e00-\u9fff])\s*([\[\]])|([\[\]])\s*(?=[\u4e00-\u9fff])")
# Words the reader's rules turn on, where the model misreads one character of them — read on the joined paragraph,
# as a clause's label often breaks over two lines ('（它' / '头单位：…').
_MISREAD_WORDS = (
    (re.compile(r"[它这膏奉牢](?=头(?:单位|部门))"), "牵"),  # 牵头单位
    (re.compile(r"责任音位"), "责任单位"),
    (re.compile(r"经信和(?=[厅局委])"), "经信"),  # 经信厅 with a 和 it does not print
    # 《 for （ before a clause's label: no book title is named 责任单位
    (re.compile(r"《(?=\s*(?:责任|牵头|配合|主责|协办)(?:单位|部门)\s*[：:])"), "（"),
    (re.compile(r"\\\s*(?=、)|(?<=、)\s*\\"), ""),  # a 、 read twice, once as a backslash ('网信办\、')
    (re.compile(r"(?<=[厅局委办])和(?=[）)])"), ""),  # a clause's last unit with a 和 before the bracket ('经信厅和）')
    (re.compile(r"(?<=县)([〔（])市区(?=[〕）])"), r"\1市、区"),  # '县〔市区〕': the 、 of 县（市、区） lost
    (re.compile(r"(?<![A-Za-z0-9])5?SG(?![A-Za-z])"), "5G"),  # the 5 of 5G read as S ('SG工厂', '5SG-A')
    (re.compile(r"(?<=[超达破约近])工(?=[万亿])"), "1"),  # the 1 of '超1万亿元' read as 工
    # A figure's 5 read as S or $ beside its other digits ('S00TB', '3S0TB', '$000'), its 0 as O ('1O0'): no word
    # of a Chinese plan puts a Latin letter between digits, or alone before two of them ('S3存储' is a name).
    (re.compile(r"(?<![A-Za-z\d.])[S$](?=\d{2})|(?<=\d)[S$](?=\d)"), "5"),
    (re.compile(r"(?<=\d)[Oo](?=\d)"), "0"),
)
_ITEM_NUMBER = re.compile(r"^([（(])?([一二三四五六七八九十入]{1,4})[）)]")
_HEADING_NUMBER = re.compile(r"^([一二三四五六七八九十]{1,3})(?=[、`'.,，．·]?[\u4e00-\u9fff])")
_DASH_BETWEEN_DIGITS = re.compile(r"(?<=\d)\s*一\s*(?=\d)")  # '2024一2027': a span's dash, no numeral 一
_OPENERS, _CLOSERS = "（〈【〔[", "）〉】〕]"
_CLAUSE_LEFT_OPEN = re.compile(r"^.(?:(?:责任|牵头|配合)(?:单位|部门)[：:][^。；;！？]*|(?:[^。；;！？（）〈〉〔〕]|（[^（）]*）){2,80}?"
                               r"(?:负责|牵头|配合))(?<=[\u4e00-\u9fff])$")  # a name's end: a clause cut off mid-way ('以下…') stays


def numbers_in_order(paragraphs: list[str]) -> list[str]:
    """A recognised plan's item numbers put back where the model misread them and the count says what they were: a
    （N） with one character wrong ('（十入）' for （十八）, '（三十一）' after （二十）) or its opening bracket lost ('六）'),
    a short heading 'N、' whose 、 was lost or misread ('一发展目标', '五`加强…'). Only the number the count expects
    next is put back; a list may start again at 一."""
    items, sections, out = 1, 1, []
    for paragraph in paragraphs:
        item = _ITEM_NUMBER.match(paragraph)
        heading = _HEADING_NUMBER.match(paragraph)
        if item and (item.group(1) or item.group(2) == chinese_number(items)):
            got, want = item.group(2), chinese_number(items)
            if got == "一":
                items, want = 1, "一"
            # One character wrong: of a numeral of two or more ('三十一' for 二十一), or a mark that is no numeral
            # ('十入'); a numeral of one character that is another numeral is a number of its own.
            misread = len(got) == len(want) and sum(a != b for a, b in zip(got, want, strict=True)) == 1 and (
                len(got) > 1 or not _value(got))
            if got == want or misread:
                paragraph = f"（{want}）" + paragraph[item.end():]
                items += 1
            elif _value(got):
                items = _value(got) + 1
        elif heading and len(paragraph) <= 30 and not paragraph.endswith("。"):
            got = heading.group(1)
            if got == "一":
                sections = 1
            if got == chinese_number(sections):
                paragraph = f"{got}、" + paragraph[heading.end():].lstrip("、`'.,，．· ")
                sections += 1
        out.append(paragraph)
    return out


def _value(numeral: str) -> int:
    """一 … 九十九 as a number; 0 for what is no numeral."""
    digits = "一二三四五六七八九"
    if not numeral or any(char not in digits + "十" for char in numeral):
        return 0
    if "十" not in numeral:
        return digits.index(numeral) + 1 if len(numeral) == 1 else 0
    tens, _, ones = numeral.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def line_marks(text: str) -> str:
    """A recognised line's marks as a Chinese print has them: full-width punctuation beside Chinese, a '、' Tesseract
    reads as a backslash, square brackets beside Chinese as the 〔〕 a 公文 prints ('县[市、区]')."""
    text = _HALF_BESIDE_CHINESE.sub(lambda mark: (mark.group(1) or mark.group(2)).translate(_FULL), text)
    text = _SQUARE_BESIDE_CHINESE.sub(lambda mark: "〔" if (mark.group(1) or mark.group(2)) == "[" else "〕", text)
    return _BACKSLASH.sub("、", text)


def as_printed(paragraph: str) -> str:
    """A recognised paragraph's marks as the print has them, once its lines are joined (a clause's brackets and a
    span of years often break over two lines): the dash of a span Tesseract reads as the numeral 一 ('2024一2027'),
    and each bracket closed by its own kind — the model confuses （ with 〈 and 〔 with 【 or [, which would leave
    '县[市、区）' or '〔列第一位的为牵头单位）' a bracket no clause rule knows; and the words the reader's rules turn on
    where the model misreads one character of them (牵 of 牵头单位 as 它, 这, 膏, 奉 or 牢; 《 for the （ before
    责任单位; the 5 of 5G as S …)."""
    for misread, printed in _MISREAD_WORDS:
        paragraph = misread.sub(printed, paragraph)
    marks = list(_DASH_BETWEEN_DIGITS.sub("—", paragraph))
    opened: list[int] = []
    for index, mark in enumerate(marks):
        if mark in _OPENERS:
            opened.append(index)
        elif mark in _CLOSERS and opened:
            start = opened.pop()
            if _OPENERS.index(marks[start]) != _CLOSERS.index(mark):  # a pair of two kinds: the print's own pair
                pair = {marks[start], mark}
                marks[start], marks[index] = ("（", "）") if pair & set("（）") else ("〔", "〕")
    text = "".join(marks)
    if opened and _CLAUSE_LEFT_OPEN.search(text[opened[-1]:]):
        # a clause closing the paragraph whose closing bracket the model lost ('（市发展改革委、工业和信息化局负责'),
        # closed as a clause is: 〔〕 as a 公文 prints it, any other kind as the （ the model took for 〈 or 【
        opener = text[opened[-1]] if text[opened[-1]] in "（〔" else "（"
        text = text[:opened[-1]] + opener + text[opened[-1] + 1:] + _CLOSERS[_OPENERS.index(opener)]
    return text
