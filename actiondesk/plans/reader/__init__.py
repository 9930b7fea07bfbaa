"""Read a Chinese government action plan (.txt/.md/.docx) into a structured "reading".

Pure Python: no Django here, so the reader is tested and reused without a database.
"""

import re
from pathlib import Path

from .body import before_record
from .documents import MAX_DOCUMENT_BYTES, PlanReadError, document_text
from .first_listed import lists_before_rule
from .indicator_grid import drop_restated_rows
from .inline_lists import inline_lists
from .lost_numbers import number_unnumbered, restore_lost_first
from .milestones import propose_milestones
from .numbering import DOCUMENT_NUMBER
from .scan_names import mend_scanned_names
from .structure import outline, split_lines
from .target_boxes import box_targets
from .unit_names import is_department

__all__ = ["MAX_DOCUMENT_BYTES", "PlanReadError", "read_plan", "read_plan_file", "read_text"]

_TITLE_WORDS = re.compile(r"(方案|安排|计划|意见|要点|措施|办法|规划|清单|通知|分解表|分工表|任务表|台账)$")
_YEAR = re.compile(r"(20\d\d)\s*年")
_SUBJECT = re.compile(r"现(?:将|就|制定|提出)(?P<subject>[^。，,：:]{4,60}?)如下")
_NOTICE = re.compile(r"^(?:[^《》]{0,120}?)(?:关于)?(?:印发|转发|批转)[^《》]{0,30}?《(?P<title>[^》]+)》的通知$")
# The same notice naming its plan without book marks: "…办公厅关于印发河北省2024年民生工程实施方案的通知".
_BARE_NOTICE = re.compile(r"^[^《》，。]{0,40}?关于印发(?P<title>[^《》，。]{4,80}?(?:方案|计划|意见|措施|举措|办法|要点|规划|细则|"
                          r"纲要|清单|任务|政策)(?:[（(][^（）()]{2,20}[）)])?)的通知$")
_GENERIC_SUBJECT = re.compile(r"^(?:有关|相关|以下)?(?:事项|问题|工作|意见|要求)")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # "清洁能源装备 产业": a line break's trace
_ANNEX = re.compile(r"[（(](?P<name>[^（）()]{2,40}?)见附件\s*(?P<number>\d+|[一二三四五六七八九十]+)[）)]")
_ZONE = re.compile(
    r"《(?:[^《》]{1,4}省)?(?P<zone>[^《》]{2,20}?(?:示范区|开发区|高新区|新区|试验区|自贸区|园区|市|县|区))"
)


def read_plan(data: bytes, filename: str, title: str | None = None, progress=None) -> dict:
    """Read a plan document's bytes; raises PlanReadError for anything that is not a readable plan.

    ``progress(step, done, total)``, when given, is told each PDF or OFD page read ("pages"), each page of a scan
    recognised ("scan"), then the reading ("parse"). A reading of a scan says how many pages were recognised
    (``scanned_pages``): its names and figures are only as good as the recognition, which the review page says.
    """
    scanned = []

    def told(step, done, total):
        if step == "scan":
            scanned[:] = [total]
        if progress:
            progress(step, done, total)

    text = document_text(data, filename, progress=told)
    told("parse", 0, 0)
    reading = read_text(text, title=title, filename=filename)
    if scanned:
        reading = mend_scanned_names(reading)
        reading["scanned_pages"] = scanned[0]
    return reading


def read_plan_file(path, title: str | None = None, progress=None) -> dict:
    """Read a plan document from disk."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise PlanReadError(f"无法打开文件“{path.name}” (cannot open the file: {error.strerror})") from error
    if size > MAX_DOCUMENT_BYTES:
        raise PlanReadError(
            f"文件超过 {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB 上限 (the file is larger than the limit)"
        )
    return read_plan(path.read_bytes(), path.name, title=title, progress=progress)


def read_text(text: str, title: str | None = None, filename: str = "") -> dict:
    """Read already-normalised text (one paragraph per line)."""
    whole, text = text, before_record(text)  # the 版记 after the plan is no part of it; the reading keeps it
    lines = split_lines(text)
    title_line = _title_line(lines)
    # "实行…。" before "02…": item 1's number lost; items printed without any number at all.
    body = number_unnumbered(restore_lost_first(inline_lists(lines[1:] if title_line else lines)))
    reading = outline(text, body)
    lists_before_rule(reading["tasks"], text)  # "列第一位的为牵头单位，下同" holds from its clause on
    if not reading["tasks"]:
        raise PlanReadError("文档中未识别到任何重点任务，请检查编号格式 (no tasks found in the document)")
    title = title or _CJK_GAP.sub("", title_line or _derived_title(text) or _wrapped_title(lines) or "") or Path(filename).stem
    year = _year(title, text)
    reading["targets"] += box_targets(text, reading["tasks"])  # "专栏2 …" between two items of a group
    reading["targets"] = drop_restated_rows(reading["targets"])  # an indicator table's row the text states again
    reading["targets"].sort(key=lambda target: target["start"])
    # In the document's order: a task table read apart (附件1) stands before the annex after it (附件2).
    reading["tasks"].sort(key=lambda task: task.get("start", 0))
    names = {name for task in reading["tasks"] for name in task["lead"] + task["support"]}
    for task in reading["tasks"]:  # proposals for the admin to confirm on the review page
        task["milestones"] = propose_milestones(task.get("text", ""), year) if year else []
    return {
        "title": title,
        "year": year,
        "goals": reading["goals"],
        "programmes": reading["programmes"],
        "tasks": reading["tasks"],
        "targets": reading["targets"],
        "safeguards": reading["safeguards"],
        "departments": sorted(name for name in names if is_department(name)),
        "goal_items": reading["goal_items"],
        "annexes": {match.group("number"): match.group("name") for match in _ANNEX.finditer(text)},
        "text": whole,
    }


def _title_line(lines) -> str | None:
    if not lines or lines[0].item:
        return None
    # "浙应急〔2026〕15号" above the notice's title; a title broken inside its book marks ("…关于印发《浙江省加快推动
    # “人工智能" / "+科学”创新发展行动计划（2025-2027年）》的通知", or a news page's "《…（2026-2030" / "年）》印发").
    first = _notice_or_headline(lines, 0)
    if first is None and DOCUMENT_NUMBER.match(lines[0].text.strip()):
        first = _notice_or_headline(lines, 1)
    first = first or lines[0].text.strip()
    headline = _HEADLINE.match(first)
    if headline:
        return headline.group("title")
    notice = _NOTICE.match(first)
    if notice:  # the plan's own title line, as printed, names it at least as well ("苏平片区" + 《今冬明春火灾防控工作方案》)
        own = _wrapped_title(lines)
        return own if own and _names_alike(own, notice.group("title")) else notice.group("title")
    if _WRAPPER.search(first):  # "…人民政府印发关于…若干政策的通知": the plan's own title comes after the notice
        bare = _BARE_NOTICE.match(first)
        return _wrapped_title(lines) or (bare.group("title") if bare else first)
    if len(first) > 80 or "。" in first or first.endswith((":", "：")):
        return None
    if _TITLE_WORDS.search(first.strip("《》")) or len(lines) > 1 and lines[1].item:
        return first.strip("《》")
    return None


_PLACE = re.compile(r"[^：:，,、（(]{2,6}(?:省|市|区|县|片区|新区)")
def _notice_or_headline(lines, index: int) -> str | None:
    """Line ``index`` (with the next, when it breaks inside the book marks) if it is a notice's or a headline's title."""
    if index >= len(lines) or lines[index].item:
        return None
    line = lines[index].text.strip()
    if line.count("《") > line.count("》") and index + 1 < len(lines) and not lines[index + 1].item:
        line += lines[index + 1].text.strip()
    return line if _NOTICE.match(line) or _HEADLINE.match(line) else None


_HEADLINE = re.compile(r"^《(?P<title>[^《》]{4,80})》(?:印发|发布|出台)$")
_WRAPPER = re.compile(r"印发.{2,80}的?通知$")


_PLAN_TITLE = re.compile(r"(方案|安排|计划|意见|要点|措施|举措|办法|规划|清单|政策|细则|分工|分解)(?:[（(][^（）()]{2,12}[）)])?$")


def _wrapped_title(lines) -> str | None:
    """The plan's own title among the lines before its first numbered item, after any notice wrapper: a short
    line ending like a plan's name ("…若干政策", "…责任分工方案"); a title broken over lines is joined."""
    head = []
    for line in lines[:80]:
        if line.item:
            break
        head.append(line.text.strip().strip("《》 "))
    for index, plain in enumerate(head):
        if not _title_like(plain) or "印发" in plain or (index and "印发" in head[index - 1]):
            continue
        title = plain
        if index and len(plain) < 12 and _title_part(head[index - 1]):
            title = head[index - 1] + plain
        if index + 1 < len(head) and len(head[index + 1]) < 12 and _title_like(head[index + 1]):
            title += head[index + 1]
        return title
    return None


def _names_alike(own: str, named: str) -> bool:
    """The plan's own title line and the name its notice gives it: the same but for spaces, '关于', the marks of a name
    within it ('〈〉' / '《》') and dashes, or the own line naming its place first."""
    own, named = _plain_name(own), _plain_name(named)
    return own.endswith(named) and (own == named or bool(_PLACE.fullmatch(own[:len(own) - len(named)])))


def _plain_name(text: str) -> str:
    return re.sub(r"\s+", "", text).translate(_NAME_MARKS).removeprefix("关于")


_NAME_MARKS = str.maketrans("〈〉—－–", "《》---")


def _title_like(text: str) -> bool:
    return 2 <= len(text) <= 60 and "。" not in text and not text.endswith(("通知", ":", "：")) \
        and not text.startswith(("各", "关于印发", "为", "根据")) and bool(_PLAN_TITLE.search(text))


def _title_part(text: str) -> bool:
    return 2 <= len(text) <= 40 and "。" not in text and "印发" not in text \
        and not re.search(r"[:：]$|通知$|号$|政府$|办公室$|[）)]$", text) and not _YEAR_DATE.fullmatch(text)


_YEAR_DATE = re.compile(r"(?:20\d\d|[二〇一九零]{4})年\d{1,2}月\d{1,2}日|[（(]此件公开发布[）)]")


def _derived_title(text: str) -> str | None:
    """沈抚…示范区 + 2026年 + "加力推动产业高质量发展行动安排" from "现将…如下"."""
    subject = _SUBJECT.search(text[:2000])
    if not subject:
        return None
    name = subject.group("subject").strip("《》“”")
    if _GENERIC_SUBJECT.match(name):  # "现就有关事项通知如下" names nothing
        return None
    zone = _ZONE.search(text[:2000])
    year = _YEAR.search(text[:2000])
    prefix = ""
    if zone and zone.group("zone") not in name:
        prefix += zone.group("zone")
    if year and year.group(0) not in name:
        prefix += year.group(1) + "年"
    return prefix + name


def _year(title: str, text: str) -> int | None:
    match = _YEAR.search(title) or DOCUMENT_NUMBER.search(text[:1000]) or _YEAR.search(text[:3000])
    return int(match.group(1)) if match else None
