"""Find the responsibility clauses in a task's text: the last one (bracketed, a labelled block of lines, or a
sentence of its own), and the ones that each close a sentence of a numbered item, so that each closes a task.
How one clause is read into leads and supports is in departments.py."""

import functools
import re

from .brackets import bracketed
from .departments import LABEL, NO_RULES, DocumentRules, Responsibility, parse_clause_rule
from .role_words import LEADS_SUPPORT, OTHER_FIELDS
from .table_cells import unit_cell
from .unit_names import LAYOUT_END, is_unit_name

_PEOPLE_OR_TIME = re.compile(
    rf"^[^\s:：，,。]{{0,8}}(?:领导|负责人|责任人)\s*[:：]|^(?:{'|'.join(OTHER_FIELDS)})\s*[:：]"
)


def find_responsibility(text: str, rules: DocumentRules = NO_RULES) -> Responsibility | None:
    """The last responsibility clause in ``text`` (bracketed, a labelled block of lines, or a sentence)."""
    found, worded = None, False
    block = _labelled_block(text)
    for start, end, inner in _clause_spans(text):
        if alias_of_name(text, start, inner) or block and block[0] <= start and end <= block[1]:
            continue  # "牵头单位：区办公室（政策法规处）": a bracket inside the label lines is part of a name
        parsed = parse_clause_rule(inner, rules, bare=_closes(text, start, end) or True)
        names_only = bool(parsed) and _names_only(inner, parsed)
        if parsed and not _no_clause(parsed, text, start, end, inner) and not (worded and names_only):
            # "…网络（责任单位：X）。…建设（商业中心、工业中心）": names alone after a worded clause name things
            found = Responsibility(parsed[0], parsed[1], start, end, parsed[2], parsed[3])
            worded = not names_only
    # The item's label lines beat a bare bracket of names in a measure below them ("牵头部门：X…整改措施：…管网（建设
    # 甲村和乙村两个泵站）"): a list without role words there names what is built, not who answers for the item.
    if block and (not found or block[0] >= found.end or (found.rule == "bare_list" and block[1] <= found.start)):
        start, end, clause = block
        parsed = parse_clause_rule(clause, rules)
        if parsed:
            return Responsibility(parsed[0], parsed[1], start, end, parsed[2], parsed[3])
    if found:
        return found
    # A sentence of its own ("X牵头，Y配合。").
    for match in re.finditer(r"[^\n。]+。?", text):
        line = match.group(0).strip()
        if len(line) < 80 and LEADS_SUPPORT.match(line.rstrip("。；;")):
            parsed = parse_clause_rule(line, rules)
            if parsed:
                found = Responsibility(parsed[0], parsed[1], match.start(), match.end(), parsed[2], parsed[3])
    return found


def closing_clauses(text: str, rules: DocumentRules = NO_RULES) -> list[Responsibility]:
    """Bracketed clauses that close a sentence ("…项目。（牵头单位：X）"), in order: each closes one task."""
    found = []
    blocks = _labelled_blocks(text)
    for start, end, inner in _clause_spans(text):
        if any(block[0] <= start and end <= block[1] for block in blocks):
            continue  # part of a name on a label line
        before = text[:start].rstrip()
        # "…建设车间3个（X牵头，Y配合）；二是…": a worded clause right before the sentence's end closes it too.
        inside = bool(before) and before[-1] not in "。；;！!\n"
        if inside and text[end:].lstrip(" ")[:1] not in ("。", "；", ";"):
            continue
        if alias_of_name(text, start, inner):
            continue
        closing = _closes(text, start, end)
        parsed = parse_clause_rule(inner, rules, bare=closing or True)
        if parsed and _no_clause(parsed, text, start, end, inner):
            continue
        # A bare list before the stop: bodies of a level, or units closing their paragraph ("…运营（相关市直部门）。").
        units_closing = closing and parsed and all(is_unit_name(name) for name in parsed[0] + parsed[1])
        if not parsed or (parsed[2] == "bare_list" and (inside and not _bodies(inner) and not units_closing
                                                         or text[end:].strip(" 。；;")[:1] not in ("", "\n"))):
            continue
        rule = parsed[2] + "+sentence_end" if inside else parsed[2]
        found.append(Responsibility(parsed[0], parsed[1], start, end, rule, parsed[3]))
    # "…。\n责任单位：X牵头，Y参与\n<next paragraph>…\n责任单位：Z负责": label lines after each paragraph close it too;
    # so do label lines beside brackets that close other sentences ("A。（责任单位：X）B。\n责任单位：Y").
    if len(blocks) > 1 or blocks and found:
        for start, end, clause in blocks:
            parsed = parse_clause_rule(clause, rules)
            if parsed:
                found.append(Responsibility(parsed[0], parsed[1], start, end, parsed[2], parsed[3]))
        found.sort(key=lambda clause: clause.start)
    return found


# "…全生物降解地膜。区农业农村局负责，持续推进）": a clause printed without its opening bracket, after the sentence it
# closes and at the end of its paragraph.
_UNOPENED = re.compile(r"(?<=[。；;])\s*(?P<inner>[^。；;（）()\n]{2,60})[）)](?=[。；;]?[ \t]*(?:\n|$))")


# "…执行。〔牵头单位:X,责任单位:Y、各区人民政府(管委会)" at the end of its paragraph: a labelled clause whose closing
# bracket was not printed (short brackets inside names are kept).
_UNCLOSED = re.compile(r"[（(〔【\[](?P<inner>(?:[^（()）〔〕【】\[\]\n]|[（(][^（()）\n]{1,12}[）)])+)(?=[ \t]*(?:\n|$))")


@functools.lru_cache(maxsize=256)  # find_responsibility and closing_clauses both scan each task's text
def _clause_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, inner) of each bracket, and of each clause whose opening or closing bracket was not printed, in
    order."""
    spans = list(bracketed(text))
    unmatched = _unmatched_closers(text)
    spans += [(match.start("inner"), match.end(), match.group("inner")) for match in _UNOPENED.finditer(text)
              if match.end() - 1 in unmatched]
    spans += [(match.start(), match.end(), match.group("inner")) for match in _UNCLOSED.finditer(text)
              if LABEL.match(match.group("inner").strip()) and not any(start <= match.start() < end for start, end, _ in spans)]
    return tuple(_side_by_side(text, sorted(spans)))


def _side_by_side(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"…。（牵头单位：X）（参加单位：Y）": label brackets printed side by side (or a line apart) are one clause."""
    joined: list[tuple[int, int, str]] = []
    for start, end, inner in spans:
        if joined and not text[joined[-1][1] : start].strip() and LABEL.match(joined[-1][2].strip()) \
                and LABEL.match(inner.strip()):
            joined[-1] = (joined[-1][0], end, joined[-1][2] + "；" + inner)
        else:
            joined.append((start, end, inner))
    return joined


def _unmatched_closers(text: str) -> set[int]:
    """Positions of "）" / ")" that close no bracket opened before them."""
    depth, found = 0, set()
    for index, char in enumerate(text):
        if char in "（(":
            depth += 1
        elif char in "）)":
            if depth:
                depth -= 1
            else:
                found.add(index)
    return found


# The end of a body's name right before a bracket ("区建设管理委（区水务局）", "市商务委（市口岸办）").
_NAME_END = re.compile(r"[\u4e00-\u9fff]{1,12}(?:委|局|办|厅|署|院|部|中心|集团|公司)$")


def alias_of_name(text: str, start: int, inner: str) -> bool:
    """Whether the bracket at ``start`` holding ``inner`` is the alias of the body named right before it
    ("区建设管理委（区水务局）牵头完成…"): one body's name, printed straight after another's, is that body's other
    name, not a clause saying who answers for the sentence."""
    name = _NAME_END.search(text[max(0, start - 12) : start])
    if name and LAYOUT_END.search(name.group(0)):
        return False  # "…形成良好格局（区市场监管局）。": a word, not a body's name
    names = unit_cell(inner)
    return bool(name) and names is not None and len(names) == 1 and unit_cell(name.group(0)) is not None


# "总包企业2家（甲公司、乙公司）", "泵站（即陆家浜泵站）", "液压动力站3台（权属为市排水中心）": the bracket names what is
# counted or who owns it, not who answers for the sentence; "各县市（含渌口区）可参照执行": what a place includes.
_COUNT_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*[家个所座辆台处条项名人]$")
_NOTE_START = re.compile(r"^(?:即|权属|属于|归属|产权|含|包含|包括|不含)")


# "新建平台3个（市工信局、市科技局）": names that are each a government body of a level are who answers, even after a count.
_LEVEL_BODY = re.compile(r"^(?:省|市|区|县|镇|乡)[^、，,；;]{1,12}(?:局|委|办|厅|政府|管委会|委员会|办公室)$")


def _no_clause(parsed: tuple, text: str, start: int, end: int, inner: str) -> bool:
    """Whether the bracket at ``start`` holding ``inner``, read as ``parsed``, is no responsibility clause: a note of what
    a word takes in or who owns it ("…算力中心（包括通算中心、智算中心、超算中心）"), whatever rule would read its names (a
    document's "列第一位的为牵头单位" too); or a bare list of names right after a count, naming the things counted —
    unless each is a government body of a level ("新建平台3个（市工信局、市科技局）"). A worded clause after a count
    ("新增试点5个（甲局负责）") still closes its sentence."""
    counted = _COUNT_BEFORE.search(text[max(0, start - 12) : start].rstrip()) and not _bodies(inner)
    return bool(_NOTE_START.match(inner) or parsed[2] == "bare_list" and (counted or _in_phrase(text, start, end)))


def _in_phrase(text: str, start: int, end: int) -> bool:
    """ "农村专业技术协会（联合会）、…", "各级党校（行政学院）和…", "质量管理小组（质量控制小组）活动": a bracket of names
    inside a noun phrase — a word before it and the phrase going on after it — is the other name of what precedes it."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return bool(re.match(r"[\u4e00-\u9fff]", before)) and bool(re.match(r"[、\u4e00-\u9fff]", after))


def _bodies(inner: str) -> bool:
    return all(_LEVEL_BODY.match(name) for name in re.split(r"[、，,]", inner))


def _closes(text: str, start: int, end: int) -> str:
    """"closing" for a bracket that stands after a sentence at the end of its paragraph ("…样板。（各街镇、区属国企）"),
    or before its full stop there ("…见效（各相关部门、地方按职责分工负责）。"): there a list of short names is a clause
    even when one name is not known as a unit."""
    before = text[:start].rstrip()
    after = text[end:].strip(" 。；;")
    stop = before[-1:] in ("。", "；", ";") or text[end:].lstrip(" ")[:1] in ("。", "；", ";")
    return "closing" if stop and after[:1] in ("", "\n") else ""


def _names_only(inner: str, parsed: tuple) -> bool:
    """A bracket of names with no label or role word: read as all leads, or by the document's first-listed rule."""
    return parsed[2] in ("bare_list", "document_first", "document_comma") and not LABEL.match(inner.strip())


def piece_end(text: str, clause: Responsibility, clauses: list[Responsibility]) -> int:
    """Where the task ``clause`` closes ends in ``text``: at the clause — or, for a clause printed right after the
    short title that opens its paragraph ("1.遴选企业家（牵头单位：X）。大力集聚…"), at the paragraph's end: the
    sentences after it are the body the title heads, though a later paragraph closed by its own clause follows."""
    line_start = text.rfind("\n", 0, clause.start) + 1
    line_end = text.find("\n", clause.end) % (len(text) + 1)  # no line break after it: the end of the text
    title = text[line_start:clause.start].strip()
    if not _TITLE_BEFORE_CLAUSE.fullmatch(title) or text[clause.end:clause.end + 1] not in ("。", "；", ";") \
            or any(clause.end < other.start < line_end for other in clauses):
        return clause.end
    return line_end


_TITLE_BEFORE_CLAUSE = re.compile(r"[^。；;，,：:！？\s]{2,30}")


def _labelled_block(text: str) -> tuple[int, int, str] | None:
    """The last run of lines that each start with a label ("牵头单位：", "责任单位：", "牵头领导：")."""
    blocks = _labelled_blocks(text)
    return blocks[-1] if blocks else None


def _labelled_blocks(text: str) -> list[tuple[int, int, str]]:
    """Every run of lines that each start with a label, in order, as (start, end, clause)."""
    found = []
    current: list[tuple[int, int, str]] = []
    position = 0
    for raw in text.split("\n") + [""]:
        start, end = position, position + len(raw)
        position = end + 1
        line = raw.strip()
        label = LABEL.match(line)
        if label or _PEOPLE_OR_TIME.match(line):
            current.append((start, end, line if label else ""))
            continue
        if any(part for _, _, part in current):
            clause = "；".join(part.rstrip("。；;") for _, _, part in current if part)
            found.append((current[0][0], current[-1][1], clause))
        current = []
    return found
