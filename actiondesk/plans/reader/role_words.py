"""Words of a responsibility clause, as data: the labels that say what the units after them do, the fields that
name no unit, and the role words a clause writes after a unit's name ("各区政府组织落实", "市民政局按职责组织配合",
"市国资委负责"), which belong to the clause, not to the name."""

import re

# Labels, by what they say about the departments after them. 责任单位 alone means "responsible" (leads), but
# when the same clause also names 牵头单位 the 责任单位 are the ones who work with the lead (辽宁, 立山 style).
LEAD = "lead"
RESPONSIBLE = "responsible"
IMPLEMENTING = "implementing"  # 实施部门/实施主体: responsible alone; beside a 牵头 label, those who carry it out
SUPPORT = "support"
FREE = "free"  # 部门分工：X牵头，Y配合 — the wording after the label decides
# Labels of that kind, written whole ("责任分工：由X牵头，Y配合。"); add a wording here.
FREE_LABELS = ("部门分工", "责任分工", "任务分工", "职责分工", "工作分工", "单位分工")
# The word a label starts with ("负责" in 负责部门, "支撑" in 支撑单位) and what it says; add a wording here.
LABEL_WORDS = {
    "牵头责任": LEAD, "牵头指导": LEAD, "牵头负责": LEAD, "主要责任": LEAD, "牵头": LEAD, "主责": LEAD, "主办": LEAD,
    "责任": RESPONSIBLE, "负责": RESPONSIBLE,
    # "具体责任单位：X", "主管部门：X": the units that answer for the work, in other words.
    "具体责任": RESPONSIBLE, "主管": RESPONSIBLE,
    # "（贵任单位:X、Y）": 责 misread as its look-alike 贵 by a scan's text recognition, the label all the same.
    "贵任": RESPONSIBLE,
    # "牵头单位：X\n主抓单位：Y\n责任单位：Z": the units that mainly take the work in hand, read as 责任单位 are.
    "主抓": RESPONSIBLE,
    # "相关部门：X、Y等。" on a line of its own after an item: the only units it names, read like 责任部门.
    "相关": RESPONSIBLE,
    # "（执行单位：区经委）": 执行 says what 实施 says — the units carry the measure out.
    "实施": IMPLEMENTING, "执行": IMPLEMENTING, "承办": IMPLEMENTING,
    # "牵头部门：X\n推进单位：Y": the bodies that push the investment on carry it out, as 实施单位 do; so do the
    # "落实单位：" after "牵头部门：" / "配合部门：".
    "推进": IMPLEMENTING, "落实": IMPLEMENTING,
    # "属地责任：各地（市）行署（人民政府）\n责任单位：…": the places' governments answer for their ground.
    "属地责任": RESPONSIBLE,
    # "主要责任单位：X；次要责任单位：Y": the units of the lesser share work with the main ones.
    "次要责任": SUPPORT,
    "协同责任": SUPPORT, "协同配合": SUPPORT, "配合责任": SUPPORT, "配合": SUPPORT, "协同": SUPPORT,
    "协办": SUPPORT, "参与": SUPPORT, "参加": SUPPORT,
    # "指导单位：W" / "协调指导单位：W" beside the units that do the work: they oversee it, read as support.
    # "督导单位：W": a unit that supervises the work (a 督查室) oversees it as 指导单位 do.
    "协调指导": SUPPORT, "督导": SUPPORT, "指导": SUPPORT, "支持": SUPPORT, "协助": SUPPORT, "支撑": SUPPORT, "协作": SUPPORT,
}
# The label words, longest first, of units that lead ("牵头", "主责"…) and of units that work with them ("配合",
# "协同", "参与"…), for patterns that look for one kind of label ("协同单位：…").
LEAD_LABEL_WORDS = tuple(sorted((word for word, role in LABEL_WORDS.items() if role == LEAD), key=len, reverse=True))
SUPPORT_LABEL_WORDS = tuple(sorted((word for word, role in LABEL_WORDS.items() if role == SUPPORT), key=len, reverse=True))
# The words of units that carry the work out — beside a lead, they work with it ("责任单位：", "落实单位：", "实施主体：").
WORKING_LABEL_WORDS = ("具体责任", "责任", "落实", "实施", "执行", "推进", "承办")
# Fields of a clause that say where or when, not who ("；适用范围：上海自贸试验区", "完成时限：…"): they end the units.
# "（责任领导：张三；责任单位：X）": fields that name a person, not a unit, are passed over the same way.
# "（牵头部门：X；目标位置：全省前5）": where the work is to place the city names no unit either.
# "（责任单位：X、Y，时间：持续推进）": a bare 时间 / 时限 field after the units says when too.
OTHER_FIELDS = ("适用范围", "完成时限", "完成时间", "完成期限", "时间节点", "时限要求", "时间安排", "进度安排", "备注", "目标位置",
                "时间", "时限", "时间进度", "工作进度", "完成进度",
                "责任领导", "牵头领导", "分管领导", "联系领导", "包保领导", "责任人", "联系人",
                "牵头市领导", "责任市领导", "联系市领导", "包保市领导", "牵头区领导", "责任区领导", "牵头县领导", "责任县领导")
# "（2023年底前，牵头单位：X）", "（X牵头，Y配合，2024年6月底前完成）", "（2020年2季度完成，…）", "（长期坚持）": when, not who.
# "（…，2022年6月20日前完成并持续开展）", "（…，2022年底前取得阶段性成果）": a day and a fuller wording of what is done.
# "（…，2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升）": a span of months, then what is done in it.
# "（各片区管理局负责；即时启动）", "即日起": at once. "（X、Y等，2016年开始，3年内完成）": a start and a span.
# "（5月底取得明显成效并持续推进，牵头考核单位：X）", "（6月底完成，…）": a month's end without 前, in the year of the plan;
# "（11月份取得明显成效，…）", "（按进度推进，…）", "（持续优化，…）", "（…负责,持续实施）": a month before what is done
# in it, a pace.
_WHEN = (r"(?:(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:至|到|—|-|－)(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末)?|"
         r"(?:20\d\d|\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?|第?[1-4一二三四]季度)?(?:底|末|上半年|下半年)?(?:前|内|起|开始)?|"
         r"[\d一两二三四五六七八九十]{1,2}(?:年|个月)内|"
         r"\d{1,2}月(?:\d{1,2}日|底|末)?前|\d{1,2}月(?:底|末)|\d{1,2}月份?(?=(?:基本|全面)?(?:完成|取得))|"
         r"长期(?:坚持)?|持续(?:推进|优化)?|逐年推进|按(?:年度|进度|计划)推进|即时|即日起|立即)"
         r"(?:(?:基本|全面)?(?:完成|启动|建成|实现|出台|推进|实施)|取得(?:阶段性|明显)(?:成果|成效|进展)|(?:深化|巩固)(?:提升|提高))?"
         r"(?:并持续(?:开展|推进))?")
WHEN_HEAD = re.compile(rf"^\s*{_WHEN}\s*[，,；;]\s*")
WHEN_TAIL = re.compile(rf"(?:\s*[，,；;]\s*{_WHEN})+\s*$")  # one or more: "…取得阶段性成果，…深化提升"

# A document's own rule that the first unit of each list leads, wherever it is stated ("列第一位者为牵头单位，下同" in a
# clause, "各项任务中排位靠前的责任单位为牵头单位" in 保障措施, "各项举措中排序第一的责任单位为该项牵头单位" in a closing
# paragraph): how it says "listed first", then "…为牵头"; add a wording here.
FIRST_LISTED_VERBS = ("排名", "排位", "排序", "列", "排")
FIRST_LISTED_PLACES = ("第一位", "首位", "第一", "第1位", "第1", "靠前", "最前面", "最前", "前面", "前列")
FIRST_LEADS = re.compile(
    rf"(?:{'|'.join(FIRST_LISTED_VERBS)})(?:在|于)?(?:{'|'.join(FIRST_LISTED_PLACES)})(?:者|的)?(?:{'|'.join(LABEL_WORDS)})?(?:单位|部门|主体)?"
    r"(?:为|是|作为)(?:该项|本项|各项)?(?:牵头|主责)|第一(?:个|家)?(?:责任)?单位为(?:牵头|主责)|首位(?:单位)?为(?:牵头|主责)"
)

# Words of a unit that oversees the work ("X指导，Z负责落实", "X统筹，Y、Z分工负责"): no 牵头 word, so it leads beside
# the units that 负责 (all lead), and leads over units that only 参与/配合; add a wording here.
# "X抓总，Y落实": the unit that takes overall charge oversees the same way.
OVERSEE_WORDS = ("统筹协调", "统筹指导", "指导协调", "统筹", "指导", "抓总")
OVERSEES = "(?:" + "|".join(OVERSEE_WORDS) + ")"

# "X牵头，Y配合" and its other wordings: X leads, Y supports.
LEADS_SUPPORT = re.compile(
    r"^(?:由)?(?P<lead>[^，,；;：:]+?)(?:共同|联合|按职责分别|分别)?牵头(?:负责|落实|推进|实施|抓总|组织){0,2}(?:[，,；;、\s]+"
    # "X牵头，Y、Z等按职责分工": the units after the 牵头 group work with it by their duties (no verb after).
    # "X牵头，省有关部门具体实施": those who carry it out in detail under the lead work with it too.
    # "X牵头，会同Y协同推进": 会同 ("together with") opens the units that work with the lead.
    # "X牵头组织，Y等相关单位按照各自职责抓好落实": the other wordings of "by their duties" and of carrying it out.
    r"(?:会同)?(?P<support>.+?)(?:(?:按职责分工|按职责分别|按职责|分工|分别|分头|按分管领域|按照各自职责|按各自职责|按照职责分工)?"
    # "X牵头，Y配合完成", "X牵头，Y按职责完成有关工作": Y carries its share out.
    # "X牵头，Y参加", "X牵头，Y支持": other words for taking part.
    r"(?:抓好)?(?:配合|协同|参与|参加|支持|协助|负责|落实)(?:落实|实施|推进|完成)?|具体(?:实施|推进)|按职责分工"
    r"|按职责完成(?:有关|相关)工作)"
    # "…，W协调指导": a third role after 配合 — those who oversee the work support it too.
    r"(?:[，,；;]\s*(?P<guide>[^，,；;：:]+?)(?:协调指导|指导协调|指导))?"
    # "…，Y等参与，各乡镇人民政府负责落实": a last group 负责 too and leads beside the 牵头 unit ("各区政府组织落实" does not).
    r"(?:[，,；;]\s*(?P<also>[^，,；;：:]+?)(?:具体)?负责(?:落实|实施)?)?)?$"
)

# "X负责，Y配合" / "X主责，Y协同": a responsible word, then units that only help — X leads, Y supports (with 牵头 the
# wording is LEADS_SUPPORT's above); the helping words are SUPPORT's words of LABEL_WORDS. "X负总责" / "X为主" take the
# work on as 负责 does; "X负责，Y配合，Z参与": each helping group after the first supports too.
_HELPS = r"(?:按职责分工|按职责|分工)?(?:配合|协同|参与|参加|支持|协助|协办)(?:落实|实施|推进)?"
# "X负责，Y及各有关部门，各区政府，各园区管委会配合": groups of names parted by "，" before the one helping word all help
# (a group with a role word of its own — "Y组织实施" — is no such group).
_NAMES_ONLY = r"(?:(?!负责|牵头|落实|实施|推进|组织|指导|统筹|主抓|主责)[^，,；;：:])+"
RESPONSIBLE_THEN_HELP = re.compile(
    r"^(?:由)?(?P<lead>[^，,；;：:]+?)(?:分别)?(?:主责|负总责|负责|主抓|主办|为主)\s*[，,；;]\s*"
    rf"(?P<support>(?:(?:[^，,；;：:]+?{_HELPS}|{_NAMES_ONLY})[，,；;]\s*)*[^，,；;：:]+?){_HELPS}$"
)
# "X牵头；配合单位：Y": a 牵头 wording before a support label reads as the label "牵头单位：X".
LEAD_BEFORE_LABEL = re.compile(
    r"^(?P<lead>[^，,；;：:]+?)(?:牵头(?:负责)?|负责|主责)\s*[，,；;]\s*(?=(?:配合|协同|参与|协助|协办)(?:单位|部门|主体)?\s*[:：])"
)

# Names that name no unit ("有关部门", "相关单位", "其他有关方面"): dropped from a clause that names others too,
# like the "等有关部门" tail of a list ("X牵头，有关部门配合" → X leads, nobody named supports).
UNNAMED = re.compile(r"^(?:其他)?(?:有关|相关)(?:部门|单位|方面)(?:和单位)?$")

# Role words written after a unit's name, read off its end one after another ("按职责" + "组织" + "配合"); add a
# wording here. A name keeps its words when what is left would not end like a body.
# How a unit is to carry the work out ("各区有关部门结合实际落实", "相关区按职责落实", "各市政府贯彻落实") is a role word too.
ROLE_WORDS = ("按职责分工", "按职责", "分工", "牵头", "负总责", "负责", "组织", "落实", "配合", "实施", "推进", "协同", "完成",
              "参与", "协助", "贯彻", "结合实际", "结合本地实际", "结合各自实际", "结合自身实际", "因地制宜", "具体",
              # "区气象局、区财政局等按照职责分工负责": the other ways of writing "by their duties".
              "按照职责分工", "按照职责", "按各自职责", "按照各自职责", "根据职责分工", "根据职责", "按职能分工", "按职能",
              # "X、Y根据各自职责分别组织实施": each by its own duties, separately.
              "根据各自职责", "分别",
              # "市各相关部门按分管领域负责": by the fields each one oversees.
              "按分管领域", "按照分管领域")
# "区农村发展局等参与", "区财政局等单位按照职责": the 等 (等单位, 等相关部门) closing a list goes with the role words after it.
_ROLE_TAIL = re.compile(
    "(?:等(?:相关|有关)?(?:部门|单位)?)?(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + ")+$"
)


def strip_role_words(name: str, is_body) -> str:
    """"各区政府组织" → "各区政府"; the name is kept when the rest is not a body (``is_body`` says)."""
    tail = _ROLE_TAIL.search(name)
    if not tail or not tail.start():
        return name
    rest = name[:tail.start()]
    return rest if is_body(rest) else name
