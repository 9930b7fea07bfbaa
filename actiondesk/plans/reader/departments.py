"""Find responsibility clauses (责任部门/牵头单位/配合单位, "X牵头，Y配合") and their departments.

Every clause is read by one of a few rules, and the rule is kept with the result so that a person can see why a
department was read as leading or supporting (``RULES`` names them). A document may state its own rule for plain
lists ("列第一位者为牵头单位", "逗号前为牵头单位"); ``own_rules.document_rules`` finds it once for the whole document.
How a list splits into names is in unit_names.py."""

import functools
import re
from typing import NamedTuple

from .assist_wording import read_assisted
from .dated_names import dated
from .joint_offices import restore
from .kind_lists import drop_etc_tail, kinds_list, named_place
from .own_rules import CARRY as _CARRY
from .own_rules import CARRY_ROLES as _CARRY_ROLES
from .own_rules import CARRY_SENTENCE as _CARRY_SENTENCE
from .own_rules import INCLUDED as _INCLUDED
from .own_rules import INCLUDED_ALL as _INCLUDED_ALL
from .own_rules import NO_RULES, DocumentRules, document_rules  # noqa: F401 - the reader's modules import them here
from .own_rules import SAME_BELOW as _SAME_BELOW
from .role_sentences import read_role_sentence
from .role_words import FREE as _FREE
from .role_words import (
    FREE_LABELS,
    LABEL_WORDS,
    LEADS_SUPPORT,
    OTHER_FIELDS,
    OVERSEES,
    WHEN_HEAD,
    WHEN_TAIL,
    strip_role_words,
)
from .role_words import IMPLEMENTING as _IMPLEMENTING
from .role_words import LEAD as _LEAD
from .role_words import LEAD_BEFORE_LABEL as _LEAD_BEFORE_LABEL
from .role_words import RESPONSIBLE as _RESPONSIBLE
from .role_words import RESPONSIBLE_THEN_HELP as _RESPONSIBLE_THEN_HELP
from .role_words import SUPPORT as _SUPPORT
from .role_words import UNNAMED as _UNNAMED
from .role_words import WORKING_LABEL_WORDS as _WORKING_LABEL_WORDS
from .scoped_catch_alls import scoped_catch_all
from .shared_suffix import place_before_suffix
from .unit_names import CATCH_ALL as _CATCH_ALL
from .unit_names import SEPARATORS as _SEPARATORS
from .unit_names import division_stem, is_unit_name, protect_names, split_names
from .unit_names import named_body as _named_body
from .unit_names import unique as _unique

# The rule that reads a responsible-type label written after a 牵头 label: its units support.
_AFTER_LEAD = {_RESPONSIBLE: "responsible_after_lead", _IMPLEMENTING: "implementing_after_lead"}
_LABEL_WORDS_LONGEST = sorted(LABEL_WORDS, key=len, reverse=True)
_LABEL_WORD = "|".join(_LABEL_WORDS_LONGEST)
LABEL = re.compile(
    # "指标牵头单位：": the lead of an indicator (of a business-environment evaluation) names the lead too.
    # "市级牵头单位：X；县级责任单位：Y": a level before the label says whose units these are, the label all the same.
    rf"(?P<label>(?:指标|[省市县区镇乡]级)?(?:{_LABEL_WORD})"
    # "责任处室及单位：": two kinds of body joined by 及 / 和 / 、, one label.
    r"(?:考核|落实|实施|推进)?(?:部门|单位|科室|处室|主体)(?:[及和、或](?:部门|单位|科室|处室))?"
    r"(?:[（(](?:部门|单位|科室|处室)[）)])?|" + "|".join(FREE_LABELS) + r"|牵头|配合|属地责任)\s*[:：]"
)
_OTHER_FIELD = re.compile(rf"(?:^|[，,；;。])\s*(?:{'|'.join(OTHER_FIELDS)})\s*[:：][^；;]*")
# "X（牵头）、Y（配合）", "X〔牵头〕", "X[牵头]": the marks are no part of a name
_LEAD_MARK = re.compile(r"[（(〔\[]\s*牵头\s*[）)〕\]]")
_MARKS = re.compile(r"[（(〔\[]\s*(?:牵头|配合|协同|参与)\s*[）)〕\]]")
# "国网银川供电公司，市发改委分别牵头", "省委金融办，省自然资源厅、能源局牵头；…": names parted by a comma before one 牵头
# are one list of leads.
_JOINT_LEADS = re.compile(r"^(?P<names>[^；;：:]+?)(?=(?:共同|联合|按职责分别|分别)?牵头)")


def _comma_leads(clause: str) -> str:
    joint = _JOINT_LEADS.match(clause)
    if not joint or not re.search(r"[，,]", joint.group("names")):
        return clause
    names = re.sub(r"[，,]\s*", "、", joint.group("names"))
    return names + clause[joint.end("names"):] if _looks_like_departments(split_names(names)) else clause


# "X为牵头单位，Y为配合单位", "X为责任单位": the label written after the names it names.
_NAMED_AS = re.compile(
    r"^(?P<lead>[^，,；;：:]+?)为(?:牵头|责任|主责)(?:单位|部门|主体)(?:[，,；;]\s*(?P<support>[^；;：:]+?)为(?:配合|协同|参与|协助)(?:单位|部门|主体))?$"
)
# A second group of the same clause that says 牵头 too ("…按职责牵头负责，各区政府组织落实"): everything before it leads.
_MORE_LEADS = re.compile(r"^(?P<more>.+)牵头(?:负责|落实|推进|实施|抓总)?(?:[，,；;、\s]+(?P<rest>.*))?$")
_ALL_RESPONSIBLE = re.compile(r"^(?P<lead>.+?)(?:按职责分工|按职责分别|按职责|分工|分别|分头|共同)?"
                             r"(?:负总责|负责|落实|实施|完成(?:有关|相关)工作)(?:落实|推进)?$")  # "…按职责完成有关工作"
_RULE_NOTE = re.compile(r"[（(〔][^（）()〔〕]*(?:为(?:牵头|主责)|汇总|下同)[^（）()〔〕]*[）)〕]")  # "〔列第一位的为牵头单位，下同〕" too
# "国家发展改革委会同有关部门负责": the one named first leads and those it works with support.
# "（责任单位：省财政厅会各业务主管部门）": 会 after a body's name is short for 会同, the role verb left out; "X，Y会同Z":
# the names before it parted by commas lead alike.
_TOGETHER = re.compile(r"^(?P<lead>(?:(?!负责|牵头|落实)[^；;：:])+?)(?:会同|(?<=[厅局办院门心）)])会)(?P<support>[^，,；;：:]+?)"
                       r"(?:按职责分工|按职责|分工)?(?:负责|落实|实施)?$")
# A sentence after the list that states the document's rule: "（X、Y负责。列第一位者为牵头单位，下同）"; or that every
# unit named does its share ("（责任单位：X、Y；各责任单位按职责分工负责，下同）": no unit of its own).
_RULE_SENTENCE = re.compile(r"[。；;，,]\s*(?:[^。；;，,]*为(?:牵头|主责)[^。；;]*|下同[^。；;]*|"
                            rf"各(?:{'|'.join(_WORKING_LABEL_WORDS)})(?:单位|部门|主体)[^。；;]*)$")  # "各落实单位…" too

RULES = {
    "labels": "labels",                      # 牵头单位：X；配合单位：Y
    "responsible_after_lead": "responsible_after_lead",  # 牵头单位：X 责任单位：Y — Y support
    "wording": "wording",                    # X牵头，Y配合
    "lead_mark": "lead_mark",                # 责任单位：X（牵头）、Y
    "single_list": "single_list",            # 责任单位：X、Y / X、Y按职责分工负责 — all lead
    "bare_list": "bare_list",                # （X、Y） — names only, all lead
    "kinds_list": "kinds_list",              # 三省一市公安、交通等部门负责 — kinds of body named as units, all lead
    "document_first": "document_first",      # the document says the first listed leads
    "document_comma": "document_comma",      # the document says those before the comma lead
    "carried": "carried",                    # 以下…均需X落实，不再单独列出 — X leads every later task
    "same_below": "same_below",              # …，Y为实施单位，下同 — Y supports this task and every later one
    "included": "included",                  # 以下分工均含X — X leads this task and every later one
    "together": "together",                  # X会同Y负责 — X leads, Y supports
    "table": "table",                        # a table's 责任单位/配合单位 columns
    "lead_groups": "lead_groups",            # X牵头负责、Y按职责牵头负责，Z组织落实 — X and Y lead, Z supports
    "role_words": "role_words",              # 各区政府组织落实 — the role words are cut from the name
    "sentence_end": "sentence_end",          # …（X负责）；二是… — a clause before the sentence's end closes a task
    "named_as": "named_as",                  # X为牵头单位，Y为配合单位
    "role_sentence": "role_sentence",        # 责任分工：X负责…，Y组织实施，Z配合 — Z supports, the others lead
    "unnamed": "unnamed",                    # X牵头，有关部门配合 — "有关部门" names no unit and is dropped
    "assists": "assists",                    # X配合区Y、Z落实 — Y and Z lead, X supports
}


class Responsibility(NamedTuple):
    """Who leads and who supports a task, where the clause sits in the text, and the rule that read it."""

    lead: list[str]
    support: list[str]
    start: int
    end: int
    rule: str = "labels"
    unsure: bool = False


# "以上各项由X负责": the units, for the items above.
_ABOVE = re.compile(r"^(?:以上|上述)[^由，,；;：:]{0,8}?由")


def parse_clause(clause: str) -> tuple[list[str], list[str]] | None:
    """Parse "牵头部门：A、B；配合部门：C" or "A牵头，B、C配合" into (lead, support)."""
    parsed = parse_clause_rule(clause)
    return (parsed[0], parsed[1]) if parsed else None


def parse_clause_rule(clause: str, rules: DocumentRules = NO_RULES, bare: bool | str = False):
    """(lead, support, rule, unsure) for a clause, or None when it is not a responsibility clause."""
    parsed = _parse_cached(clause, rules, bare)  # a long plan repeats the same clauses many times
    return (list(parsed[0]), list(parsed[1]), parsed[2], parsed[3]) if parsed else None


@functools.lru_cache(maxsize=4096)
def _parse_cached(clause: str, rules: DocumentRules, bare: bool | str):
    parsed = _parse(clause, rules, bare)
    return (tuple(parsed[0]), tuple(parsed[1]), parsed[2], parsed[3]) if parsed else None


# "各区人民政府〈含开发区、长江新区…，下同〉": angle brackets around a note inside a clause read as round ones, and the
# half-width ones a copy may print for them ("各县<市、区>政府").
_ANGLES = str.maketrans("〈〉<>", "（）（）")


def _parse(clause: str, rules: DocumentRules = NO_RULES, bare: bool | str = False):
    clause = clause.translate(_ANGLES)
    parsed = _parse_units(clause, rules, bare)
    carry = _CARRY.search(clause)
    if parsed and carry and carry.group("role") not in _CARRY_ROLES:
        # "（X牵头，Y等按职责分工，以下工作均需Z负责，不再列出）": Z is responsible for this task too, not only later ones.
        # "责任单位：各相关县（市、区）人民政府。以下均需相关县（市、区）人民政府落实": named already, without its 各; so is
        # "巴中经开区" beside "巴中经开区管委会" (the note's short form of a name the clause prints whole).
        added = [name for name in split_names(carry.group("names")) if name not in ("地方", "各地") and not any(
            name == given or name in given and given.startswith(("各", name)) for given in parsed[0] + parsed[1])]
        if added and rules.split == "first":  # "列第一位的为牵头单位": the carried units are not first, they support
            return parsed[0], parsed[1] + added, parsed[2] + "+carried", parsed[3]
        if added:
            return parsed[0] + added, parsed[1], parsed[2] + "+carried", parsed[3]
    return parsed


def _parse_units(clause: str, rules: DocumentRules = NO_RULES, bare: bool | str = False):
    if _OTHER_FIELD.search(clause):  # "负责部门：X、Y；适用范围：…": a field that names no unit runs to the next "；"
        parsed = _parse(_OTHER_FIELD.sub("", clause), rules, bare)
        return (parsed[0], parsed[1], parsed[2] + "+other_field", parsed[3]) if parsed else None
    clause = _INCLUDED.sub("", _CARRY_SENTENCE.sub("", _SAME_BELOW.sub("", _INCLUDED_ALL.sub("", clause))))
    clause = _RULE_NOTE.sub("", clause).strip().strip("。.；;，,")
    clause = _RULE_SENTENCE.sub("", clause).strip().strip("。.；;，,")
    clause = WHEN_TAIL.sub("", WHEN_HEAD.sub("", clause)).strip("。.；;，,")
    clause = _ABOVE.sub("", clause)  # "以上各项由X负责": the units, for the items above
    if not clause:
        return None
    clause = _LEAD_BEFORE_LABEL.sub(r"牵头单位：\g<lead>；", clause)
    if bare and _LEAD_MARK.search(clause) and not LABEL.search(clause):
        clause = "责任单位：" + clause  # "（X（牵头）、Y、Z）": the marked names lead, as after a label
    labels = list(LABEL.finditer(clause))
    if labels and labels[0].start() > 0 and not _is_lead_in(clause[:labels[0].start()]):
        labels = []
    if labels:
        return _labelled(clause, labels, rules)
    named_as = _NAMED_AS.match(clause)
    if named_as and _looks_like_departments(split_names(named_as.group("lead"))):
        return _result(split_names(named_as.group("lead")), split_names(named_as.group("support") or ""), "named_as")
    clause = _comma_leads(clause)
    wording = LEADS_SUPPORT.match(clause)
    if wording:
        lead = split_names(wording.group("lead"))
        support, rule = wording.group("support") or "", "wording"
        if wording.group("guide"):
            support += "、" + wording.group("guide")
        if wording.group("also"):
            lead += split_names(wording.group("also"))
        more = _MORE_LEADS.match(support)  # "A牵头负责、B、C按职责牵头负责，D组织落实": B and C lead too
        if more and _looks_like_departments(split_names(more.group("more"))):
            lead, support, rule = lead + split_names(more.group("more")), more.group("rest") or "", "lead_groups"
        return _result(lead, split_names(support), rule)
    assisted = read_assisted(clause, split_names, lambda names: _looks_like_departments(names, rules.aliases))
    if assisted:  # "X配合区Y、Z落实": Y and Z lead, X supports; helping "区级职能部门" (no unit), X leads alone
        return _result(*assisted, "assists" if assisted[1] else "single_list+unnamed")
    helped = _RESPONSIBLE_THEN_HELP.match(clause)  # "X负责，Y配合"
    if helped and _looks_like_departments(lead := split_names(helped.group("lead")), rules.aliases):
        if rules.split == "first":  # "X、Y负责，Z参与。排在第一位的部门为牵头部门": X leads, Y supports beside Z
            return _result(lead[:1], lead[1:] + split_names(helped.group("support")), "document_first")
        return _result(lead, split_names(helped.group("support")), "wording")
    together = _TOGETHER.match(clause)
    if together and _looks_like_departments(split_names(together.group("lead"))):
        support = [name for name in split_names(together.group("support")) if not _UNNAMED.match(name)]
        return _result(split_names(together.group("lead")), support, "together")
    guided = _guided(clause, rules)
    if guided:
        return guided
    kinds = kinds_list(clause, split_names)  # "三省一市法院、检察院、公安等部门负责": the tail says they are units
    if kinds:
        return _plain_list(kinds, rules, "kinds_list")
    responsible = _ALL_RESPONSIBLE.match(clause)
    if responsible and _looks_like_departments(split_names(responsible.group("lead")), rules.aliases):
        return _plain_list(responsible.group("lead"), rules, "single_list")
    if bare and _looks_like_departments(split_names(clause), rules.aliases) and not re.search(r"\d", clause):
        return _plain_list(clause, rules, "bare_list")
    listed = _LIST_TAIL.sub("", clause)  # "…，甲乙联盟按职责分工负责": the duty words are no part of the last name
    if bare == "closing" and _mostly_departments(split_names(listed)) and not re.search(r"\d", clause):
        return _plain_list(listed, rules, "bare_list")  # unsure: a name not known as a unit (待确认)
    if bare:  # "（甲局负责平台建设，乙局负责资金保障）": each unit answers for its own part
        return _role_sentence(clause, each=True)
    return None


def _mostly_departments(names: list[str]) -> bool:
    """Several short names, at least one of them a known unit ("各街镇、区属企业")."""
    return len(names) >= 2 and any(_looks_like_departments([name]) for name in names) and all(
        2 <= len(name) <= 12 and not re.search(r"[的：:。]", name) for name in names)


# "X指导", "X统筹，Y参与", "X指导，Z负责落实": who oversees leads; 参与/配合 units support, units that 负责 lead too.
_GUIDES = re.compile(rf"^(?P<lead>[^，,；;：:。]+?){OVERSEES}(?:[，,；;]\s*(?P<rest>[^。]+))?$")
_TAKES_PART = re.compile(r"^(?P<support>.+?)(?:参与|配合|协助|协同)$")


def _guided(clause: str, rules: DocumentRules):
    match = _GUIDES.match(clause)
    if not match or not _looks_like_departments(split_names(match.group("lead"))):
        return None
    lead, support = split_names(match.group("lead")), []
    rest = (match.group("rest") or "").strip()
    if rest:
        part = _TAKES_PART.match(rest)
        responsible = _ALL_RESPONSIBLE.match(rest)
        if part and _looks_like_departments(split_names(part.group("support"))):
            support = split_names(part.group("support"))
        elif responsible and _looks_like_departments(split_names(responsible.group("lead"))):
            lead += split_names(responsible.group("lead"))
        else:
            return None
    return _result(lead, support, "guides")


_WORDED = ("wording", "lead_groups", "together")
# "牵头单位：X、Y按职责分别牵头": the role said again after a labelled list is no part of its last name.
_LIST_TAIL = re.compile(r"(?:等)?(?:按职责分工|按职责|分工)?(?:分别)?(?:负责|落实|牵头)(?:落实|推进)?\s*$")


def _is_lead_in(text: str) -> bool:
    return not WHEN_HEAD.sub("", text.strip()).strip(" ：:，,；;。")


def _labelled(clause: str, labels, rules: DocumentRules):
    kinds = [_kind(label.group("label")) for label in labels]
    has_lead = _LEAD in kinds
    lead: list[str] = []
    support: list[str] = []
    rule = "labels"
    for position, (label, kind) in enumerate(zip(labels, kinds, strict=True)):
        stop = labels[position + 1].start() if position + 1 < len(labels) else len(clause)
        # The list ends with its sentence: "省大数据中心按职责分工负责。具体任务均涉及…，下同。"
        names = _LIST_TAIL.sub("", clause[label.end():stop].split("。")[0].strip("；;，, ")).strip("；;，, ")
        if kind == _SUPPORT:
            support += split_names(names)
        elif kind == _FREE:
            parsed = _parse(names, rules) or _role_sentence(clause[label.end():stop].split("。")[0])
            if parsed:
                lead, support, rule = lead + parsed[0], support + parsed[1], parsed[2]
        elif _LEAD_MARK.search(names):
            # "责任单位：A（牵头），B" — the marked ones lead, the others support.
            rule = "lead_mark"
            for name in _split_keep_marks(names):
                (lead if _LEAD_MARK.search(name) else support).extend(split_names(_MARKS.sub("", name)))
        elif kind in _AFTER_LEAD and has_lead:
            support += split_names(names)
            rule = _AFTER_LEAD[kind]
        elif kind in _AFTER_LEAD and len(labels) == 1:
            # "责任单位：X牵头，Y等参与": the wording after the label splits the units, as after 部门分工.
            worded = _parse(clause[label.end():stop].split("。")[0], rules)
            parsed = worded if worded and worded[2].startswith(_WORDED) else _plain_list(names, rules, "single_list")
            if parsed:
                return parsed
        else:
            lead += split_names(names)
    return _result(lead, support, rule)


def _role_sentence(sentence: str, each: bool = False):
    """"责任分工：X负责…，Y组织实施，Z配合": each part's units lead unless they only help (role_sentences.py)."""
    # "区直有关单位配合": a name ending like a unit counts here, where the role words already say it is one.
    roles = read_role_sentence(sentence, split_names, lambda name: _looks_like_departments([name]) or is_unit_name(name),
                               each)
    return _result(roles[0], roles[1], "role_sentence") if roles else None


def _kind(label: str) -> str:
    if label in FREE_LABELS:
        return _FREE
    label = re.sub(r"^(?:指标|[省市县区镇乡]级)", "", label)
    word = next((word for word in _LABEL_WORDS_LONGEST if label.startswith(word)), None)
    return LABEL_WORDS[word] if word else _SUPPORT


# "责任单位：X、Y会同Z、W，各市政府": 会同 inside a plain list — those before it and after the comma lead, those it works
# with support (as "X会同Y负责").
_TOGETHER_IN_LIST = re.compile(r"^(?P<lead>[^，,；;]+?)会同(?P<support>[^，,；;]+?)(?:[，,；;](?P<rest>.*))?$")


def _plain_list(names: str, rules: DocumentRules, rule: str):
    """A list with no 牵头/配合 words: all lead, unless the document says how to split it."""
    together = _TOGETHER_IN_LIST.match(names.strip())
    if together and not rules.split and _looks_like_departments(split_names(together.group("lead"))):
        lead = split_names(together.group("lead")) + split_names(together.group("rest") or "")
        return _result(lead, split_names(together.group("support")), "together", rules.aliases)
    if rules.split == "comma" and re.search(r"[，,]", names):
        before, after = re.split(r"[，,]", names, maxsplit=1)
        return _result(split_names(before), split_names(after), "document_comma", rules.aliases)
    listed = split_names(names)
    if rules.split == "first" and listed:
        return _result(listed[:1], listed[1:], "document_first", rules.aliases)
    return _result(listed, [], rule, rules.aliases)


def _result(lead: list[str], support: list[str], rule: str, known: tuple = ()):
    # "各区政府组织", "市民政局按职责组织", "市国资委负责": the clause's role words are not part of the name.
    bare_lead, bare_support = [drop_etc_tail(_bare(n)) for n in lead], [drop_etc_tail(_bare(n)) for n in support]
    if (bare_lead, bare_support) != (lead, support):
        rule += "+role_words"
    if any(dated(name) for name in bare_lead + bare_support):
        rule += "+dated"
    lead = _unique(name for name in bare_lead if name and not dated(name))  # "2018年6月1日至…的项目业主"
    support = _unique(name for name in bare_support if name and name not in lead and not dated(name))
    named = [name for name in lead + support if not _UNNAMED.match(name)]
    if named and len(named) < len(lead + support):  # "X牵头，有关部门配合": dropped like "等有关部门"
        lead, support = [n for n in lead if n in named], [n for n in support if n in named]
        rule += "+unnamed"
    if not lead and not support:
        return None
    unsure = not _looks_like_departments(lead + support, known)
    return lead, support, rule, unsure


def _looks_like_departments(names: list[str], known: tuple = ()) -> bool:
    # A bare kind of body ("街镇（园区）", "…站（点）") qualifies the word before it: it names no unit.
    bare = [drop_etc_tail(_bare(name)) or _bare(name) for name in names]  # "市应急局等行政执法有关单位": the body before 等
    return bool(names) and all(
        len(name) <= 30 and (_named_body(name) or _catch_all(name) or named_place(name) or name in known
                             or division_stem(name, bare[index + 1:index + 2])
                             or place_before_suffix(name, bare[index + 1:], _named_body))
        for index, name in enumerate(bare)
    )


def _catch_all(name: str) -> bool:
    """"各相关单位", "有关部门": a catch-all is short or ends as a unit; "（相关情况纳入…考核）" is a remark, not a name."""
    return bool(_CATCH_ALL.match(name)) and (len(name) <= 10 or is_unit_name(name)) or scoped_catch_all(name)


def _bare(name: str) -> str:
    # "各村按职责分工": a catch-all of places ("各村", "各社区") is the unit; its duty words are no part of it, nor are
    # they of a body before the kind its list closes with ("市应急局等行政执法有关单位按照职责分工负责").
    return strip_role_words(name, lambda rest: _named_body(rest) or len(rest) >= 2 and _catch_all(rest)
                            or "等" in rest and _named_body(drop_etc_tail(rest)))


def _split_keep_marks(names: str) -> list[str]:
    placeholder = protect_names(_LEAD_MARK.sub("\x00", names))  # "区党工委、管委会办公室": one office
    return [restore(part).replace("\x00", "（牵头）") for part in _SEPARATORS.split(placeholder) if part]
