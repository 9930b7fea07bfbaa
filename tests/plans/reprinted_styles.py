"""Rewrites that re-print a plan in another common style without changing what a hand reading records (issue 13).

A plan the reader was not tuned on is mostly a plan it knows in another dress: the same clauses with other label
words, other brackets, other numbering marks, another file. Each rewrite here changes the document's dress and, where
the words a hand reading quotes change too, the hand reading alike; the reading of the rewritten document must score
as the reading of the published one. ``test_reader_reprinted_styles.py`` holds corpus documents to that; run
``python -m tests.plans.reprinted_styles [NAME…]`` for the same probe over every corpus and held-out document — a
report for people, which shows what a style costs before a rule is written for it.
"""

import html
import io
import json
import re
from pathlib import Path

import docx

from tests.plans.ofd_files import ofd_file

# name: (rewrite of the document, rewrite of the hand reading's words, file name)
_FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")
_ARABIC = re.compile(r"^(\s*\d{1,2})[.．](?!\d)", re.M)
_CLAUSE = re.compile(r"(?<=[。；])（((?:责任|牵头)(?:单位|部门)[：:][^（）]*(?:（[^（）]*）[^（）]*)*)）([。；]?)$", re.M)


def _swap(*pairs):
    def swap(text: str) -> str:
        for old, new in pairs:
            text = text.replace(old, new)
        return text
    return swap


def same(text: str) -> str:
    return text


def wrapped(text: str, columns: int = 72) -> str:
    """Each paragraph indented two characters and cut where a printed line of ``columns`` runs out."""
    lines = []
    for paragraph in text.split("\n"):
        line, width = "", 0
        for char in "\u3000\u3000" + paragraph if paragraph.strip() else paragraph:
            step = 1 if ord(char) < 0x7F else 2
            if width + step > columns:
                lines.append(line)
                line, width = "", 0
            line, width = line + char, width + step
        lines.append(line)
    return "\n".join(lines)


def _notice(text: str) -> str:
    if "印发" in text[:400]:
        return text
    title = next(line.strip() for line in text.split("\n") if line.strip())
    return (f"关于印发《{title}》的通知\n各有关单位：\n现将《{title}》印发给你们，请结合实际认真贯彻落实。\n"
            f"某某市人民政府办公室\n2024年3月1日\n（此件公开发布）\n{text}")


def _furniture(text: str) -> str:
    """The 公文 as its Word copy carries it: the issuer's mark and number over the notice, the 版记 (抄送, who printed it
    and when) under the last annex."""
    return ("某某市人民政府办公室文件\n某政办发〔2024〕12号\n" + _notice(text) + "\n公开方式：主动公开\n"
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院，各人民团体。\n"
            "某某市人民政府办公室 2024年3月1日印发")


_XIETONG = _swap(("配合单位", "协同单位"), ("配合部门", "协同部门"))
_CANYU = _swap(("配合单位", "参与单位"), ("配合部门", "参与部门"))
_ZHUZE = _swap(("牵头单位", "主责单位"), ("牵头部门", "主责部门"))  # "各项目牵头单位" names bodies: gold alike
_BUMEN = _swap(("牵头单位", "牵头部门"), ("责任单位", "责任部门"), ("配合单位", "配合部门"))

REWRITES = {
    "indented": (lambda t: "\n".join("\u3000\u3000" + line if line.strip() else line for line in t.split("\n")),
                 same, "x.txt"),
    "blank lines": (lambda t: "\n\n".join(t.split("\n")), same, "x.txt"),
    "Windows line ends": (lambda t: t.replace("\n", "\r\n"), same, "x.txt"),
    "half-width brackets": (_swap(("（", "("), ("）", ")")), same, "x.txt"),
    "half-width colons": (_swap(("：", ":")), _swap(("：", ":")), "x.txt"),
    "full-width figures": (lambda t: t.translate(_FULL_WIDTH), lambda t: t.translate(_FULL_WIDTH), "x.txt"),
    "a Word file": (same, same, "x.docx"),
    "after its 印发通知": (_notice, same, "x.txt"),
    "clauses in 〔〕": (lambda t: _CLAUSE.sub(lambda m: f"〔{m[1]}〕{m[2]}", t), same, "x.txt"),
    "items numbered 1、": (lambda t: _ARABIC.sub(r"\1、", t), same, "x.txt"),
    "部门 for 单位": (_BUMEN, _BUMEN, "x.txt"),
    "协同单位 for 配合单位": (_XIETONG, _XIETONG, "x.txt"),
    "参与单位 for 配合单位": (_CANYU, _CANYU, "x.txt"),
    "主责 for 牵头": (_ZHUZE, _ZHUZE, "x.txt"),
}


# Candidate styles, probed before they join REWRITES.
_LABELLED = re.compile(r"（牵头(?:单位|部门)：([^；;（）：:]+?)[；;，,]\s*配合(?:单位|部门)：([^（）：:]+?)）")
_LEAD_ONLY = re.compile(r"（牵头(?:单位|部门)：([^；;（）：:]+?)）")
_VERBS = re.compile(r"（([^（）：:，,；;。]+?)牵头[，,；;]\s*([^（）：:。]+?)配合）")
_OWN_LINE = re.compile(r"(?<=[。；])（((?:责任|牵头)(?:单位|部门)：[^（）]*(?:（[^（）]*）[^（）]*)*)）[。；]?$", re.M)
_PAGE = 38


def _working_label(word: str):
    """责任单位 reworded where it is a label or a column's head, not where it ends a body's name ("商贸领域挂钩责任单位")."""
    label = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=主要)|(?<=各)|(?<=为))责任单位")
    return lambda text: label.sub(word, text)


def paged(text: str) -> str:
    """A PDF copy: lines cut at the page's width, "— N —" between pages."""
    lines = wrapped(text).split("\n")
    out = []
    for index, line in enumerate(lines):
        if index and index % _PAGE == 0:
            out += ["", f"— {index // _PAGE} —", ""]
        out.append(line)
    return "\n".join(out)


def _markdown(text: str) -> str:
    return re.sub(r"^([一二三四五六七八九十]{1,3}、)", r"## \1", text, flags=re.M)


def web_page(text: str) -> str:
    """The page a portal shows: the article's paragraphs as <p>, inside menus, a breadcrumb, a box of 索引号/发布机构
    fields, the title in a block of its own, a footer and scripts; saved in the GB2312 its <meta> names."""
    title = html.escape(text.strip().split("\n")[0])
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f"<title>{title}_某市人民政府门户网站</title><script>var menu = '1.首页（责任单位：网站）';</script></head>"
            '<body><form id="form1"><div class="top"><h1><a href="/"><img src="logo.png" alt="某市人民政府"></a></h1>'
            '<ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hd/">互动交流</a></li></ul>'
            '</div><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 文件</div>'
            "<table><tr><td>索引号：</td><td>000/2024-00001</td><td>发布机构：</td><td>某市人民政府办公室</td></tr>"
            "<tr><td>发布日期：</td><td>2024-01-05</td><td>有效性：</td><td>有效</td></tr></table>"
            f'<div class="title">{title}</div><div class="zoom">{body}</div>'
            '<div class="footer">主办：某市人民政府办公室 <a href="/map/">网站地图</a> 备案号：某ICP备00000000号</div>'
            "</form></body></html>")


def _units_parted_by(mark: str):
    """The "、" between two bodies' names in labelled clauses ("（责任单位：X局、Y委）") printed as ``mark``; a "、" inside
    a name ("各县（市、区）政府") stays, and a document whose own rule tells its commas from its "、" is left as it is."""
    clause = re.compile(r"（((?:牵头|责任|配合)(?:单位|部门)：[^（）]*)）")
    between = re.compile(r"(?<=[局委办厅府会院部心司团])、(?=[\u4e00-\u9fff]{2})")

    def rewrite(text: str) -> str:
        if re.search(r"逗号|分号|顿号", text):
            return text
        return clause.sub(lambda m: "（" + between.sub(mark, m[1]) + "）", text)
    return rewrite


_TITLED = re.compile(r"^(\s*(?:\d{1,2}[.．、]|（[一二三四五六七八九十]{1,3}）))([^。\n（）]{2,30})。((?:(?!单位：|部门：|）[。；])[^\n])+?)"
                     r"（((?:牵头|责任)(?:单位|部门)：[^（）\n]*)）[。；]?$", re.M)

_TITLE_LINE = re.compile(r"^(\s*(?:\d{1,2}[.．、]|（[一二三四五六七八九十]{1,3}）))([^。\n（）：:]{2,30})。(?=[^\n]{10,})", re.M)

CANDIDATES = {
    "title on a line of its own": (lambda t: _TITLE_LINE.sub(r"\1\2\n", t), same, "x.txt"),
    "labels on their own line": (lambda t: re.sub(r"(?<=[。；])（((?:牵头|责任)(?:单位|部门)：[^（）]*)）$",
                                                  lambda m: "\n" + re.sub(r"[；;，,]\s*(?=(?:牵头|责任|配合|协同|参与)(?:单位|部门)：)", "\n", m[1]), t,
                                                  flags=re.M), same, "x.txt"),
    "verbs to labels": (lambda t: _VERBS.sub(r"（牵头单位：\1；配合单位：\2）", t), same, "x.txt"),
    "clause on a line of its own": (lambda t: _OWN_LINE.sub(lambda m: "\n" + m[1], t), same, "x.txt"),
    "labels parted by ，": (lambda t: re.sub(r"；(?=(?:配合|参与|协同)(?:单位|部门)：)", "，", t), same, "x.txt"),
    "labels parted by a space": (lambda t: re.sub(r"；(?=(?:配合|参与|协同)(?:单位|部门)：)", " ", t), same, "x.txt"),
    "items numbered 1．": (lambda t: _ARABIC.sub(r"\1．", t), same, "x.txt"),
    "a space after the number": (lambda t: re.sub(r"^(\s*(?:\d{1,2}[.．、]|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、))"
                                                  r"(?=[^\s\d])", r"\1 ", t, flags=re.M), same, "x.txt"),
    "half-width punctuation": (_HP := _swap(("；", ";"), ("，", ","), ("：", ":")), _HP, "x.txt"),
    "a PDF copy with page numbers": (paged, same, "x.txt"),
    "a PDF copy": (wrapped, same, "x.txt"),
    "a Markdown file": (_markdown, same, "x.md"),
    "issued as OFD": (same, same, "x.ofd"),  # typeset as a 公文; tables printed one cell a paragraph, as no print is
    "spaces for indent": (lambda t: "\n".join("    " + line if line.strip() else line for line in t.split("\n")),
                          same, "x.txt"),
}
# Styles the probe found costly and the reader now reads as published.
REWRITES.update({
    "with its 版头 and 版记": (_furniture, same, "x.txt"),
    "labels in 【】": (lambda t: _CLAUSE.sub(lambda m: re.sub(r"((?:牵头|责任|配合)(?:单位|部门))：", r"【\1】", m[1]) + m[2], t),
                      same, "x.txt"),
    "clauses in 【】": (lambda t: _CLAUSE.sub(lambda m: f"【{m[1]}】{m[2]}", t), same, "x.txt"),
    "clause after the title": (lambda t: _TITLED.sub(r"\1\2（\4）。\3", t), same, "x.txt"),
    "items numbered 1)": (lambda t: _ARABIC.sub(r"\1)", t), same, "x.txt"),
    "units parted by ，": (_units_parted_by("，"), same, "x.txt"),
    "units parted by a space": (_units_parted_by(" "), same, "x.txt"),
    "责任主体 for 责任单位": (_ZT := _working_label("责任主体"), _ZT, "x.txt"),
    "落实单位 for 责任单位": (_LS := _working_label("落实单位"), _LS, "x.txt"),
    "dashes --": (_DD := _swap(("——", "--")), _DD, "x.txt"),
    "a saved web page": (web_page, same, "x.html"),
    "saved as RTF": (same, same, "x.rtf"),
    "labels to verbs": (lambda t: _LEAD_ONLY.sub(r"（\1牵头）", _LABELLED.sub(r"（\1牵头，\2配合）", t)), same, "x.txt"),
    "labels without 单位": (_LW := _swap(("牵头单位：", "牵头："), ("配合单位：", "配合："), ("牵头部门：", "牵头："),
                                       ("配合部门：", "配合：")), _LW, "x.txt"),
    "half-width quotes": (_HQ := _swap(("“", '"'), ("”", '"')), _HQ, "x.txt"),
    "clause before the full stop": (lambda t: re.sub(r"。（([^（）]*(?:（[^（）]*）[^（）]*)*)）$", r"（\1）。", t, flags=re.M),
                                    same, "x.txt"),
})
ALL = {**REWRITES, **CANDIDATES}


def rtf_file(text: str) -> bytes:
    """The plan as Word writes it to RTF: a font table, each paragraph with its own formatting, GBK bytes as \\'hh."""
    def escaped(char: str) -> str:
        if char.isascii():
            return "\\tab " if char == "\t" else "\\" + char if char in "\\{}" else char
        try:
            return "".join(f"\\'{byte:02x}" for byte in char.encode("gbk"))
        except UnicodeEncodeError:  # outside GBK ("m²"): Word writes \\uN (signed, UTF-16 units) with a stand-in
            units = char.encode("utf-16-le")
            return "".join(f"\\u{unit - 65536 if unit > 32767 else unit}?"
                           for unit in (int.from_bytes(units[i:i + 2], "little") for i in range(0, len(units), 2)))

    body = "".join("\\pard\\plain\\ltrpar\\qj\\fi640\\sl560\\slmult1{\\rtlch\\fcs1\\af1\\ltrch\\fcs0\\f1\\fs32\\hich"
                   f"\\af1\\dbch\\af1\\loch\\f1 {''.join(map(escaped, line))}}}\\par\n"
                   for line in text.split("\n") if line.strip())
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fnil\\fcharset134 "
            "\\'b7\\'c2\\'cb\\'ce;}}" + body + "}").encode("ascii")


def as_bytes(text: str, filename: str) -> bytes:
    if filename.endswith(".html"):
        return text.encode("gb18030")
    if filename.endswith(".rtf"):
        return rtf_file(text)
    if filename.endswith(".ofd"):
        return ofd_file(text)
    if not filename.endswith(".docx"):
        return text.encode("utf-8")
    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def reworded_gold(path: Path, reword) -> dict:
    gold = json.loads(path.read_text(encoding="utf-8"))
    for task in gold["tasks"]:
        task.update(title=reword(task["title"]), lead=[reword(n) for n in task["lead"]],
                    support=[reword(n) for n in task["support"]])
    for target in gold["targets"]:
        target["text"] = reword(target["text"])
    return gold


def _score(job):
    from actiondesk.plans.reader import PlanReadError, read_plan
    from actiondesk.plans.scoring import score_document

    path, name = job
    rewrite, reword, filename = ALL[name] if name else (same, same, "x.txt")
    gold = reworded_gold(path.with_suffix(".gold.json"), reword)
    try:
        reading = read_plan(as_bytes(rewrite(path.read_text(encoding="utf-8")), filename), filename)
    except PlanReadError:
        reading = {"tasks": [], "targets": []}
    return path.stem, name, score_document(reading, gold)


def main(names: list[str]) -> None:  # pragma: no cover - a report for people
    import multiprocessing
    import os

    import django

    from actiondesk.plans.scoring import summarise

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "actiondesk.settings")
    django.setup()
    here = Path(__file__).parent
    paths = sorted((here / "corpus" / "documents").glob("*.txt")) + sorted((here / "heldout" / "documents").glob("*.txt"))
    names = [None, *(names or REWRITES)]
    with multiprocessing.Pool(os.cpu_count()) as pool:
        results = pool.map(_score, [(path, name) for name in names for path in paths], chunksize=8)
    base = {slug: score for slug, name, score in results if name is None}
    for name in names:
        scores = {slug: score for slug, n, score in results if n == name}
        summary = summarise(scores)
        worse = sorted(slug for slug, score in scores.items()
                       if any(score[key] < base[slug][key] for key in ("matched", "lead", "support", "correct")))
        mean, pooled = summary["mean"], summary["pooled"]
        print(f"{name or 'as published'}: mean task {mean['task_recall']:.3f} lead {mean['lead_exact']:.3f} "
              f"support {mean['support_exact']:.3f} F1 {mean['target_f1']:.3f}; pooled task "
              f"{pooled['task_recall']:.3f} lead {pooled['lead_exact']:.3f} F1 {pooled['target_f1']:.3f}; "
              f"{len(worse)} documents worse")
        for slug in worse[:12]:
            print("   ", slug)


if __name__ == "__main__":  # pragma: no cover
    import sys

    main(sys.argv[1:])
