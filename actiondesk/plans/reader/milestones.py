"""Milestones (工作节点) a task's text proposes: deliverables (出台/编制/设立/建成/举办/制定/发布/组建…) and the
time word of their clause (上半年/三季度末/年底前/6月底前…) resolved to a date of the plan year. Pure Python."""
import calendar
import datetime
import re

YEAR_END = "年底前"
# Verbs that name something one can point at when it is done (a document, an institution, an event, a site).
DELIVERABLE_VERBS = ("编制出台", "编制", "出台", "制定", "印发", "发布", "设立", "组建", "建成", "举办", "召开",
                     "建立", "创建", "搭建", "开通")
_VERB = re.compile("|".join(DELIVERABLE_VERBS))
_CLAUSE = re.compile(r"[^。；;！？\n]+")
_PART = re.compile(r"[，,：:]")
_CN_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
               "十一": 11, "十二": 12}
_MONTH = r"(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_TIME_WORDS = [
    (re.compile(r"(?:一季度|第一季度)(?:末|底)?(?:前)?"), lambda m, y: datetime.date(y, 3, 31)),
    (re.compile(r"(?:二季度|第二季度)(?:末|底)?(?:前)?"), lambda m, y: datetime.date(y, 6, 30)),
    (re.compile(r"(?:三季度|第三季度)(?:末|底)?(?:前)?"), lambda m, y: datetime.date(y, 9, 30)),
    (re.compile(r"(?:四季度|第四季度)(?:末|底)?(?:前)?"), lambda m, y: datetime.date(y, 12, 31)),
    (re.compile(r"上半年(?:末|底)?(?:前)?"), lambda m, y: datetime.date(y, 6, 30)),
    (re.compile(_MONTH + r"月(?P<day>[1-3]?\d)日(?:前|之前)?"), lambda m, y: _day(y, m)),
    (re.compile(_MONTH + r"月(?:底|末|份)?(?:前|之前)?"), lambda m, y: _month_end(y, _month(m.group("month")))),
    (re.compile(r"(?:下半年|年底|年末|年内|全年|今年|本年度?)(?:前)?"), lambda m, y: datetime.date(y, 12, 31)),
]


def _month(text: str) -> int:
    return int(text) if text.isdigit() else _CN_NUMBERS[text]


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, match) -> datetime.date:
    month = _month(match.group("month"))
    day = min(int(match.group("day")), calendar.monthrange(year, month)[1])
    return datetime.date(year, month, max(day, 1))


def find_time_word(text: str) -> tuple[str, datetime.date | None, int]:
    """(phrase, date in year 2000 as a placeholder, position) of the first time word in ``text``."""
    best = None
    for pattern, to_date in _TIME_WORDS:
        match = pattern.search(text or "")
        if match and (best is None or match.start() < best[0].start()):
            best = (match, to_date)
    if best is None:
        return "", None, -1
    return best[0].group(0), best[1](best[0], 2000), best[0].start()


def resolve_due(phrase: str, year: int) -> datetime.date | None:
    """The date a time phrase names in ``year``: "上半年" → 6-30, "三季度末" → 9-30, "6月底前" → 6-30,
    "年底前" → 12-31, "2026-05-20" → that date; None when the phrase names no date."""
    phrase = (phrase or "").strip()
    if not phrase:
        return None
    try:
        return datetime.date.fromisoformat(phrase)
    except ValueError:
        pass
    for pattern, to_date in _TIME_WORDS:
        match = pattern.fullmatch(phrase) or pattern.search(phrase)
        if match:
            return to_date(match, year)
    return None


# "做好创建工作", "信息发布情况", "保证信息及时发布和更新", "设立、变更登记", "编制或修编": the verb names a kind of work
# (a noun), not a thing to deliver; "建立和执行…制度", "设立和发展…基金" deliver what follows.
_NOMINAL_USE = re.compile(r"(?:工作|情况)$|情况|[、等]|(?:和|及|或)[^，,]{0,3}$")


def _deliverable(part: str) -> str | None:
    """The deliverable a clause part names, from its verb on ("出台促进…意见"); None when it names none."""
    verb = _VERB.search(part)
    if not verb or _NOMINAL_USE.match(part, verb.end()):
        return None
    title = part[verb.start():].strip()
    return title if len(title) >= 4 else None


def propose_milestones(text: str, year: int, *, limit: int = 4) -> list[dict]:
    """Milestones a task's text proposes: ``{"title", "due_text", "due"}`` (``due`` an ISO date)."""
    proposals, seen = [], set()
    for clause in _CLAUSE.findall(text or ""):
        for part in _PART.split(clause):
            title = _deliverable(part)
            if not title:
                continue
            title = title[:60]
            if title in seen:
                continue
            seen.add(title)
            # The time word of the deliverable's own phrase, else of its sentence, else 年底前.
            phrase = find_time_word(part)[0] or find_time_word(clause)[0] or YEAR_END
            due = resolve_due(phrase, year)
            proposals.append({"title": title, "due_text": phrase, "due": due.isoformat() if due else None})
            if len(proposals) >= limit:
                return proposals
    return proposals


def names_deliverable(text: str) -> bool:
    """Whether a task's text names a deliverable (the plan import proposes at least one milestone for it)."""
    return any(_deliverable(part) for clause in _CLAUSE.findall(text or "") for part in _PART.split(clause))
