"""Goals stated in a paragraph that opens with the plan's deadline ('到2027年，…培育4个以上…'), printed before the first
part heading or in an opening part whatever its title (总体思路, 指导思想, …), not only under 总体要求 / 目标."""

import re

from .targets import find_targets

# "到2027年，", "至2025年底，", "力争到“十五五”末，": the deadline the paragraph's figures are set for.
# A run-in label may come first: "主要指标：到2020年，受污染耕地安全利用率达到90%左右".
_DEADLINE = re.compile(
    r"^\s*(?:(?:主要|工作|发展|总体|预期)?(?:指标|目标)\s*[：:]\s*)?"
    r"(?:力争|争取)?(?:到|至)\s*(?:20\d\d\s*年|“十[一二三四五六七八九]五”(?:期)?末)"
)


# "为…更好地发挥金融作用，力争2023年金融业增加值突破1500亿元，…": the paragraph's purpose, then its goals from the
# clause that strives for a year's figures.
_STRIVES = re.compile(r"[，,；;]\s*(?:力争|争取|确保)(?:到|至)?\s*20\d\d\s*年")


# A sentence of the paragraph that opens with the deadline, after the paragraph's principles.
_LATER_DEADLINE = re.compile(r"[。；;]\s*(?:力争|争取)?(?:到|至)\s*(?:20\d\d\s*年|“十[一二三四五六七八九]五”(?:期)?末)")


def opens_with_deadline(text: str) -> bool:
    return bool(_DEADLINE.match(text))


def _goals_start(text: str) -> int | None:
    """Where a line's goals start: at its start when it opens with a deadline, at the clause that strives for a year's
    figures when it opens with its purpose ("为…，力争2023年…"), else None."""
    if opens_with_deadline(text):
        return 0
    strives = _STRIVES.search(text) if text.lstrip().startswith("为") else None
    if strives:
        return strives.start() + 1
    later = _LATER_DEADLINE.search(text)  # "深入贯彻…，确保…如期实现。到2022年，生鲜乳产量达到595万吨，…"
    return later.start() + 1 if later else None


def paragraph_goals(text: str, body, reading: dict) -> None:
    """"一、总体要求 / …确保…202万亩耕地…稳定在170万亩以上": a paragraph that states the goals — its targets, and each sentence
    holding one as a goal, so the review page lists them as it lists a 目标 part's."""
    start, end = body[0].start, body[-1].end
    found = find_targets(text[start:end], offset=start, task=None)
    reading["targets"] += found
    for sentence in re.findall(r"[^。\n]+", text[start:end]):
        if any(target["text"] in sentence for target in found):
            _add_goal(reading, sentence.strip())


def _add_goal(reading: dict, sentence: str) -> None:
    if sentence and sentence not in reading["goals"]:
        reading["goals"].append(sentence)
        reading["goal_items"].append({"title": sentence, "text": sentence})


def deadline_goals(text: str, lines, reading: dict) -> None:
    """The targets of the unnumbered lines that open with a deadline; such a paragraph that states figures is the
    plan's goals too, each sentence one goal (as under a 目标 heading), so the review page lists them."""
    for line in lines:
        at = None if line.item else _goals_start(line.text)
        if at is None:
            continue
        found = find_targets(text[line.start + at : line.end], offset=line.start + at, task=None)
        reading["targets"] += found
        for sentence in re.findall(r"[^。]+", line.text[at:]) if found else []:
            _add_goal(reading, sentence.strip())


# "…；到2025年，产业集群营业收入预计超1500亿元；": a dated clause inside a line, up to the clause's end.
_DATED_CLAUSE = re.compile(r"(?:^|(?<=[。；;，,]))\s*(?:力争|争取)?(?:到|至)\s*20\d\d\s*年(?:底|末)?[^。；;]*")


def dated_clauses(text: str, lines, reading: dict) -> None:
    """"二、发展布局 / 1.生物医药产业集群。以…为核心承载区…；到2025年，产业集群营业收入预计超1500亿元": a part of a plan
    with tasks that assigns no one (its items describe places or fields) still sets goals in its dated clauses; only
    those are read (its other figures describe), and not a clause that reports what was done ("到2022年底，已建成…")."""
    for line in lines:
        for match in _DATED_CLAUSE.finditer(line.text):
            if "已" in match.group():
                continue
            start = line.start + match.start()
            reading["targets"] += find_targets(text[start:line.start + match.end()], offset=start, task=None)
