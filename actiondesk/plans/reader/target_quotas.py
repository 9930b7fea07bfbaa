"""Figures whose words decide whether they are goals, from the twenty-fifth held-out batch's failing styles: a quota an
area is charged with ("承担9.60万亩耕地保护任务") and the bodies a campaign covers ("计划对全区12家生产企业、20家流通企业和
50家餐饮单位开展抽检") are goals; a benefit set as a share of another standard ("按不低于城市低保标准的130%确定") and a size
that says which things a standard applies to ("5米以下休闲旅游船舶适用标准") and the length of a site whose land is acquired
("100多米地块的征迁工作") are not, nor the bodies a department urges to act ("督促4个离岛乡镇…")."""

import re

from .target_settings import GRANT_WORDS, rule_term_before

# "9.60万亩耕地保护任务", "3万亩基本农田保护目标", "林地保有量": a kind of land to keep, then its quota, whatever the verb.
_LAND_KINDS = ("耕地", "永久基本农田", "基本农田", "高标准农田", "林地", "湿地", "草原", "生态公益林")
_QUOTA_AFTER = re.compile(
    rf"^(?:{'|'.join(_LAND_KINDS)})(?:面积)?(?:保护|保有|补充|占补平衡)(?:任务|目标|指标|量)"
)

# "对全区12家生产企业、20家流通企业和50家餐饮单位开展检查": a list of bodies the work covers, then the work; also
# the work done on what those bodies hold ("…30家餐饮企业的相关食品建立电子身份编码").
_COVERED_LIST = re.compile(
    r"^[^，,；;。]{0,40}?(?:进行|开展|实施|组织|抽检|抽查|抽样|检查|检测|巡查|监督|培训|改造|整治|全覆盖"
    r"|的[^，,；;。\d、]{1,8}?(?:建立|建设|安装|配备|赋码))"
)

# "按不低于我区城市低保标准的130%确定": a share of another standard, the rule that sets a benefit.
_SHARE_OF_STANDARD = re.compile(r"按(?:照)?[^，,；;。]{0,20}(?:标准|水平|工资|收入)的\s*$")
_SETS = re.compile(r"^[^，,；;。]{0,6}(?:确定|执行|计算|核定|发放|给予)")

# "5米以下休闲旅游船舶适用标准": the size names the class of things a standard applies to.
_CLASS_UNDER_STANDARD = re.compile(
    r"^\s*(?:及以[上下]|以[上下])?[^，,；;。\d]{1,12}?(?:适用|执行)(?:的)?[^，,；;。\d]{0,6}标准"
)


# "五福路至港东泵站100多米地块的征迁工作", "300米污水压力管道施工用地工作": a length that sizes the land of a site, whose
# acquisition is the work; "新建污水管网300米" and "完成100亩用地征收" (an area acquired) stay targets.
_LENGTH_UNIT = re.compile(r"^(?:米|公里|千米|km)$")
_SITE_LAND = re.compile(r"^[^，,；;。\d的、]{0,10}(?:地块|用地)")


def site_length(after: str, unit: str) -> bool:
    """Whether a length names the size of the site whose land the work acquires."""
    return bool(_LENGTH_UNIT.match(unit) and _SITE_LAND.match(after))


# "区交通与建设局督促4个离岛乡镇立即全部停用焖烧炉": the bodies a department urges to act, not a count to reach.
_URGES = re.compile(r"(?:督促|责成)\s*$")


def urged_bodies(before: str) -> bool:
    """Whether a count names the bodies a department urges or charges to act ("督促4个离岛乡镇…")."""
    return bool(_URGES.search(before))


def no_goal(before: str, after: str, unit: str) -> bool:
    """Whether the words around a figure make it a formula, a class, a site's size or the bodies urged, not a goal."""
    return (
        share_of_standard(before, after)
        or class_under_standard(after)
        or site_length(after, unit)
        or urged_bodies(before)
    )


def land_quota(after: str) -> bool:
    """Whether the words after a figure call it a kind of land's protection quota ("…万亩耕地保护任务")."""
    return bool(_QUOTA_AFTER.match(after))


def covered_list(after: str) -> bool:
    """Whether the words after a count (the count after "对全区") run, through a list of other counts, to the work
    done on them."""
    return bool(_COVERED_LIST.match(after))


def share_of_standard(before: str, after: str) -> bool:
    """Whether a share is the formula that sets a benefit from another standard."""
    return bool(_SHARE_OF_STANDARD.search(before) and _SETS.match(after))


def class_under_standard(after: str) -> bool:
    """Whether the figure names the class of things a standard applies to ("5米以下…船舶适用标准")."""
    return bool(_CLASS_UNDER_STANDARD.match(after))


# "每年遴选不超过1000名优秀高技能人才，不超过500名技术骨干和管理人才，给予…补贴": a cap opening the clause after a
# selection capped the same way is the next quota of that selection, not a goal (issue 13: "每年遴选不超过20个").
SELECTION_VERBS = ("遴选", "评选", "择优", "推荐", "认定", "选拔")
_QUOTA_CAPS = ("不超过", "不多于", "最多")
_CAPPED_SELECTION = re.compile(
    rf"(?:{'|'.join(SELECTION_VERBS)})[^，,；;。]{{0,10}}(?:{'|'.join(_QUOTA_CAPS)})[^；;。\n]*[，,]\s*$"
)
_OPENING_CAP = re.compile(rf"\s*(?:{'|'.join(_QUOTA_CAPS)})")


def _part_start(text: str, at: int) -> int:
    """Where the sentence (or its part after a semicolon) holding offset ``at`` begins."""
    return max(text.rfind(stop, 0, at) for stop in "；;。\n") + 1


def carried_quota(text: str, clause_start: int) -> bool:
    """Whether the clause starting at ``clause_start`` opens with a cap that goes on a capped selection before it."""
    if not _OPENING_CAP.match(text, clause_start):
        return False
    return bool(_CAPPED_SELECTION.search(text, _part_start(text, clause_start), clause_start))


# "贷款额由不高于房价的70%，提高到不高于房价的80%": a change opening the clause after a setting's term goes on that setting.
# "提高住房公积金贷款额度,由原70万元提高至80万元": the change may name the old figure first.
_OPENING_CHANGE = re.compile(r"\s*(?:由原?[^，,；;。]{0,12}?)?(?:提高到|提高至|降低到|降低至|下调至|下调到|上调至|上调到|调整为|降至|降到)")


# "…给予一定比例的分类补助，最高不超过90%": a cap opening the clause after a grant in its sentence is that grant's cap.
_GRANT_CAP = re.compile(r"\s*(?:单个项目|单个企业|每家|每个)?(?:最高|最多)")
_GRANT_SPLIT = re.compile(r"\s*(?:其中(?:中央|省级|市级|市县|县级|省|市|县|区级|用人单位|单位|职工个人|个人)|(?:用人单位|职工个人)\d)")
_GRANTED = re.compile(rf"(?:{'|'.join(GRANT_WORDS)}|费率)[^；;。\n]*[，,]\s*$")  # "…费率…，其中用人单位0.7%"
# "发放一次性购房补贴：博士研究生20万元，全日制硕士研究生5万元，…": the sums a grant pays each kind of recipient.
_GRANT_LIST = re.compile(rf"(?:{'|'.join(GRANT_WORDS)})(?:标准)?(?:为|如下)?\s*[:：][^；;。\n:：]*$")


_EVERY = (">=", ">", "<=", "<", "≈", "=", "range")


def carried_figures(text: str, clause_start: int) -> tuple[str, ...]:
    """The comparators of the figures the clause at ``clause_start`` carries on from the clause before it, which are
    no goals: a selection's next cap, a grant's cap, or every figure of a grant's list, split or a setting's change."""
    part = text[_part_start(text, clause_start):clause_start]
    cap, split = _GRANT_CAP.match(text, clause_start), _GRANT_SPLIT.match(text, clause_start)
    granted = (cap or split) and _GRANTED.search(part)
    if carried_quota(text, clause_start) or cap and granted:
        return ("<=", "<")
    # "发放购房补贴：博士研究生20万元，…"; "每吨补贴800元，其中省级500元、市县300元": who is paid, who pays what.
    if _GRANT_LIST.search(part) or split and granted:
        return _EVERY
    if _OPENING_CHANGE.match(text, clause_start) and rule_term_before(part.rstrip("，, ")):
        return _EVERY
    return ()
