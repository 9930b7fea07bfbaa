"""Clauses whose figures commit to nothing, whatever their words: the steps of a scoring scale and a figure alone on
its line (a table cell no task owns)."""

import re

from .quantities import find_quantities

# "推广1篇，得3分；…2篇，得2分": a step of a scoring scale, not a commitment.
_SCORE_STEP = re.compile(r"[，,]\s*(?:得|加|扣)\d+(?:\.\d+)?分")
_SCALE_STEPS = re.compile(r"\d+(?:\.\d+)?[^\d，,；;。\n]{0,4}[，,]\s*(?:得|加|扣)\d+(?:\.\d+)?分")


def scale_step(text: str, clause: re.Match) -> bool:
    """"省级推广1篇，得3分；市级推广2篇，得2分": each figure earns its own score, a scale. "省级1篇，市级2篇，县级2篇，得5分"
    is one requirement of three figures that earns the score together: each is a target."""
    if not _SCORE_STEP.match(text, clause.end()):
        return False
    window = text[max(0, clause.start() - 60):clause.end() + 60]
    if len(_SCALE_STEPS.findall(window)) < 2:  # "每个乡镇省级用稿1篇，得5分": one requirement and its score
        return False
    head = text[:clause.start()]
    if not head.endswith(("，", ",")):
        return True
    previous = re.split(r"[，,；;。\n]", head[:-1])[-1]
    return not (re.search(r"\d", previous) and not re.match(r"\s*(?:得|加|扣)", previous))


def bare_cell(text: str, clause: re.Match) -> bool:
    """"25%" alone on its line: a cell of a table no task owns (a schedule), not a commitment."""
    line_start = text.rfind("\n", 0, clause.start()) + 1
    line_end = text.find("\n", clause.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if line != clause.group().strip():
        return False
    quantities = list(find_quantities(line))
    return len(quantities) == 1 and quantities[0].start == 0 and quantities[0].end == len(line)


# "形成一处失信、处处受限的氛围", "一处违法、处处受制": a count of one answered by its measure word doubled (处处, 事事,
# 人人) is a saying about everywhere, not a count to reach.
_ONE_THEN_EVERY = re.compile(r"一(?P<unit>[\u4e00-\u9fff])[^，,；;。、\d]{1,6}[、，,]\s*(?P=unit)(?P=unit)")


def parallel_saying(clause: str) -> bool:
    """Whether the clause holds a "一处…、处处…" saying, whose 一处 is no count."""
    return bool(_ONE_THEN_EVERY.search(clause))


_ARTICLES = re.compile(r"(?:措施|举措|意见|规定|要求)")
# "加强消防知识21条和消防逃生知识的宣传": a count printed right after a body of rules or knowledge names that text (its
# articles), as "国十条" does; add a noun of such a text here.
_NAMED_TEXT = re.compile(r"(?:知识|常识|须知|守则|准则|禁令|要点|公约)\s*$")
_ROADS = re.compile(r"(?:主要)?(?:街道|道路|路段|河道|河段)")


# "用好用足金融支持房地产16条措施", "严格落实…13条检察政策": a count of articles right before a policy's own noun names
# that policy, whatever the verb ("出台10条措施" makes one, and is read as before). Add a noun of a policy text here.
POLICY_TEXT_NOUNS = ("措施", "举措", "政策")
_POLICY_ARTICLES = re.compile(rf"^[“”\"「」]?[^，,；;。\d“”\"「」]{{0,6}}[“”\"「」]?(?:{'|'.join(POLICY_TEXT_NOUNS)})(?!性)")
_MAKING = re.compile(r"(?:出台|制定|推出|起草|研究|形成)[^，,；;。\d]{0,4}$")


def articles_of_text(unit: str, before: str, after: str, work_before: bool) -> bool:
    """"实施22条措施", "落实…的十五条措施", "落实加快发展智能制造九条措施" (put into effect first, the words between naming
    the text), "消防知识21条": the articles of a text, no count of work; "实施1条以上主要街道…治理" is work.
    ``work_before``: a work verb stands before the figure."""
    if unit not in ("条", "款"):
        return False
    if _POLICY_ARTICLES.match(after) and not _MAKING.search(before):
        return True  # "全面落实我市服务企业用工保障十五条措施", "推进15条“微改革”举措落地": a policy text's articles
    if _NAMED_TEXT.search(before):
        return True  # "消防知识21条": the count is part of the text's name
    if re.match(r"\s*(?:认真)?(?:落实|贯彻|实施)", before) and _ARTICLES.match(after):
        return True
    if re.search(r"的\s*$", before) and re.match(r"措施|举措", after):
        return True  # "修订完善支持民营经济发展的九条措施": the count is part of the text's name
    return not work_before and bool(re.search(r"实施\s*$", before) and not _ROADS.match(after)
                                    or _ARTICLES.match(after) and re.search(r"实施|落实|贯彻", before))


# "形成一套较为成熟的应用推广模式", "建立一套…工作机制": one set of ways of working is a manner, not a count of things
# ("增加一套…处理设备" counts equipment). Add a noun of a way of working here.
MANNER_NOUNS = ("模式", "机制", "体系", "制度", "办法", "做法", "经验", "路径", "流程", "责任制")
# The way may be named at length ("形成一套较为完备的数据要素市场制度规则体系").
_MANNER = re.compile(rf"[^，,；;。\d]{{0,30}}?(?:{'|'.join(MANNER_NOUNS)})")


def manner_of_work(written: str, after: str) -> bool:
    """Whether 一套/一种 (``written``) and the words ``after`` it name a way of working rather than count things."""
    return written in ("一套", "一种") and bool(_MANNER.match(after))


# "防汛抗旱指挥部下设一办七组", "下设3个工作组": the parts a body is set up with; "通过开展六项专题活动，…": the plan's
# own activities, the means to its goals. Counts of the plan's own parts, no goals.
_SET_UP_WITH = re.compile(r"下设[^，,；;。]{0,6}$")
_BY_MEANS_OF = re.compile(r"通过\s*(?:开展|举办|组织|实施)\s*$")
_ACTIVITIES = re.compile(r"[^，,；;。\d]{0,8}?(?:活动|行动)")


# "实施农产品产地土壤污染防治、…、农药使用零增长减量化四个专项行动": a count closing a list of named actions counts
# the plan's own actions, however long their names ("…、流水-仙人井3个公路沿线绿化整治工作" counts work, a goal).
_LIST_BEFORE = re.compile(r"、[^，,；;。、\d]{2,20}(?:等)?\s*$")
_ACTIONS_AFTER = re.compile(r"^(?:个|项|大)?(?:专项|重点|攻坚|提升|示范)?行动(?!计划|方案)")


# "紧抓…“覆盖率”、…“知晓率”和…“掌握率”三个关键点": a count closing a list of the plan's named focal points (its
# framing, not things to reach); add a noun of such a point here.
_FOCUS_AFTER = re.compile(r"^(?:个|大)?(?:关键点|着力点|关键环节|方面|维度)(?=$|[，,；;。])")


def own_parts(before: str, after: str, unit: str = "") -> bool:
    """Whether the figure counts the plan's own parts: the groups a body is set up with, the activities it works by,
    the named actions or focal points a list closes with (not times held: "春季、夏季、秋季3次专项行动" counts work)."""
    return bool(_SET_UP_WITH.search(before) or _BY_MEANS_OF.search(before) and _ACTIVITIES.match(after)
                or unit not in ("次", "场", "轮", "期") and _LIST_BEFORE.search(before) and _ACTIONS_AFTER.match(after)
                or "、" in before and _FOCUS_AFTER.match(after))
