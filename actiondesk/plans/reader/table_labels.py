"""The header vocabulary of task tables, in one place: which header labels say what a column holds.

A task table's header decides the role of each column — its row number, the task's words, who leads, who works
with the lead, and the columns that are neither (when, who signs, notes). Among the task-word columns, some hold a
group the rows belong to ("领域", "任务分类", printed once above the rows of the group), some a short name of the
row's task ("重点任务" beside "具体措施") and one the task's content. Add a wording here, not in a reader.
"""

import re

# 序号: the column of the row's printed number.
NUMBER_HEAD = re.compile(r"^(?:序号|编号|序|任务编号|项目序号|项目编号)$")
# Who leads: "牵头单位", "责任部门", "主责单位", "主办单位", "责任主体", "负责单位";
# beside a 牵头 label, 责任/实施 units work with the lead.
LEAD_HEAD = re.compile(
    r"^(?:主要)?(?:牵头|责任|主责|主办|承办|推进|落实推进|落实|负责考核|考核|组织实施|实施|负责)(?:单位|部门|科室|处室|主体)"
    r"(?:[、/和及](?:单位|部门))?$"  # "牵头部门、单位", "配合部门和单位": two kinds of body, one column
    r"|^牵头责任(?:单位|部门)$|^主要(?:单位|部门)$|^(?:责任|任务)?分工$|^(?:责任|落实|牵头)(?:单位|部门|主体)[及和与](?:任务)?分工$"
)
# Who works with the lead: "配合单位", "协同单位", "协办单位", "参与部门".
SUPPORT_HEAD = re.compile(
    r"^(?:协同|配合|协办|协助|参与|协同配合|协同责任|配合责任|协作|支撑)(?:单位|部门|处室)(?:[、/和及](?:单位|部门))?$"
)
# "市卫健委内牵头处室" / "委内配合处室": a body's own divisions for the row, not units of the plan (their cells are skipped).
DIVISIONS_HEAD = re.compile(r"内(?:牵头|配合|责任|协办|主责)?(?:处室|科室)$|^内设(?:处室|科室|机构)$")
# A column naming the person who answers for the row ("牵头领导": "张三"): the cell is neither text nor a unit.
PERSON_HEAD = re.compile(r"领导|负责人|联系人|^责任人$")
# Columns that hold no task words and no units: who signs (牵头领导, 责任领导, 负责人), when, notes, scores.
OTHER_HEAD = re.compile(PERSON_HEAD.pattern + r"|时限|期限|时间|进度|备注|分值|参考文件|说明$")
# A column of what is to be done by a part of the year ("二季度目标任务", "下半年工作目标"): the row's goals by period.
PERIOD_HEAD = re.compile(r"^(?:第?[一二三四1-4]季度|[上下]半年)")
# A group column ("领域", "任务分类", "类别", "分项任务"): its cell, printed in the first row of its group, names
# the group of the rows under it and is not part of any row's text.
GROUP_HEAD = re.compile(r"^[^\d\s]{0,4}(?:领域|类别|分类|类型|板块)$|^分项(?:任务|工作)?$")
# A name column ("任务名称", "重点任务", "工作事项") before a content column ("任务内容", "具体措施", "工作目标"):
# printed in every row it titles the row, printed in some rows only it names their group.
NAME_HEAD = re.compile(
    r"名称$|^(?:重点|主要|工作|改革|目标)?任务$|^(?:工作|改革|重点)?事项$|^(?:工作)?项目$|^重点工作$"
)
# A goal column ("量化指标", "工作目标", "预期成果"): a cell that is a figure alone ("10座", "95%") is the row's goal.
GOAL_HEAD = re.compile(r"指标|目标|成果")
# A column of what a project costs or is funded with ("总投资（万元）", "申请中央预算内投资（万元）"): its sums are no goal,
# unless the label commits to them ("2016年计划完成投资（亿元）", "年度目标投资").
FUNDS_HEAD = re.compile(r"投资|资金|金额|经费|预算")
COMMITTED_FUNDS_HEAD = re.compile(r"计划|完成|力争|目标|新增")
# A column of where a project is ("建设地点": "乙街道"): a place that may read like a unit, in a row whose unit cell follows.
PLACE_HEAD = re.compile(r"地点|位置|地址|所在地")
# A column of who builds or runs what a row names ("建设主体" / "甲医院", "项目单位"): beside a unit column, no unit of the plan.
BUILDER_HEAD = re.compile(r"^(?:建设|承建|运营|项目|申报)(?:主体|单位)$")
# A column of the measure a row's figures are counted in ("单位" / "个", "计量单位" / "%").
MEASURE_HEAD = re.compile(r"^(?:计量)?单位$")


def count_unit(label: str) -> str | None:
    """"场景数量" / "15", "项目个数": a column that counts things, its bare figures in 个."""
    return "个" if re.search(r"(?:数量|个数)$", label) and not re.search(r"[（(]", label) else None


def measure_cell(label: str, cell: str) -> bool:
    """"个", "%", "万平方米" under a 单位 column: a measure word, not a body."""
    return bool(MEASURE_HEAD.match(label)) and bool(re.fullmatch(r"[^\d\s，,。；;、]{1,5}", cell)) \
        and not cell.endswith(("局", "委", "办", "处", "部", "会"))


# A column of where the plan starts from ("2020年完成值", "现状值", "基期值"): its figures are past, neither words nor goals.
PAST_HEAD = re.compile(r"(?:完成|现状|实际|基期|基准)值$|^20\d\d年(?:完成|现状|实际)")
CONTENT_HEAD = re.compile(r"内容|措施|举措|具体工作|工作要求|目标|成果|指标")

# A unit column's note that the first unit listed leads ("责任单位（第一个为牵头单位）", "（排名第一的为牵头单位）").
FIRST_LEADS_NOTE = re.compile(r"[（(][^（）()]*(?:第一|首位)[^（）()]*(?:牵头|主责)[^（）()]*[）)]$")
# A note under the table saying the same for every row ("注：主要责任单位第一个为牵头单位，其余为主要配合单位").
FIRST_LEADS_TABLE_NOTE = re.compile(r"^注[:：][^。；;]{0,20}?(?:第一|首位)(?:个|家|位)?(?:单位|部门|主体)?(?:为|是)(?:牵头|主责)")
# A two-level header: "责任单位" (or "责任分工") over "牵头" / "配合", the sub-labels printed after the other labels.
UNIT_GROUP_HEAD = re.compile(r"^(?:责任|任务)(?:单位|部门|分工)$|^责任主体$|^分工$")
UNIT_SUB_LABELS = {
    "牵头": "牵头单位",
    "主责": "主责单位",
    "主办": "主办单位",
    "配合": "配合单位",
    "协同": "协同单位",
    "协办": "协办单位",
    "参与": "参与单位",
}


def nest_unit_labels(labels: list[str]) -> list[str]:
    """ "序号 / 工作任务 / 责任单位 / 完成时限 / 牵头 / 配合": the sub-labels printed last are the columns under 责任单位,
    so each row's unit cells stand where 责任单位 is; the labels are put in the order the rows' cells are."""
    subs = 0
    while subs < len(labels) and re.sub(r"\s+", "", labels[-1 - subs]) in UNIT_SUB_LABELS:
        subs += 1
    if not subs:
        return labels
    head, tail = (
        labels[: len(labels) - subs],
        [UNIT_SUB_LABELS[re.sub(r"\s+", "", label)] for label in labels[-subs:]],
    )
    group = next(
        (index for index, label in enumerate(head) if UNIT_GROUP_HEAD.match(re.sub(r"\s+", "", label))), None
    )
    if group is None or not LEAD_HEAD.match(tail[0]):
        return labels
    return head[:group] + tail + head[group + 1 :]


_GOAL_LABEL = re.compile(r"目标$")
_YEAR_COLUMN = re.compile(r"^20\d\d年$")


def nest_year_labels(labels: list[str]) -> list[str]:
    """"序号 / 任务名称 / 任务内容 / 任务目标 / 实施单位 / 2023年 / 2024年 / 2025年": a two-level header printed one cell per
    line — the year labels printed last are the columns under 任务目标, so each row's year cells come before its unit
    cell; the labels are put in the order the rows' cells are."""
    years = len(labels)
    while years and _YEAR_COLUMN.match(re.sub(r"\s+", "", labels[years - 1])):
        years -= 1
    goal = next((i for i, label in enumerate(labels[:years]) if _GOAL_LABEL.search(label)), None)
    if years == len(labels) or goal is None or goal + 1 >= years:
        return labels
    return labels[:goal] + labels[years:] + labels[goal + 1:years]


# Annexed task lists without a 序号 column (annex_tables): labels as printed, possibly over two lines ("牵头" / "部门").
LEAD_LABELS = ("牵头部门", "牵头单位", "牵头处室", "牵头科室", "主责部门", "主责单位", "主办单位", "主办部门",
               "牵头落实部门", "牵头落实单位")
SUPPORT_LABELS = (
    "配合部门",
    "配合单位",
    "协同部门",
    "协同单位",
    "参与单位",
    "参与部门",
    "协办单位",
    "支撑单位",
    "实施主体",
    "责任主体",
    "实施单位",
    "实施部门",
    "执行单位",
    "执行部门",
    "责任单位",
    "责任部门",
    "落实单位",
    "落实部门",
    "责任处室",  # a bureau's own plan: its divisions (许可处, 稽查支队) answer for the rows
    "责任科室",
)
# The label of the column that holds the tasks; the group columns before it ("任务分类", "主要方向") hold none.
TASK_LABEL = re.compile(
    r"(?:重点|主要|工作|具体)任务|任务(?:内容|名称|事项)|工作(?:内容|事项)|重点工作|具体措施"
    r"|内容$|措施$"  # "整改目标和措施", "整改措施"
    r"|整治重点$|排查重点$|检查重点$|工作重点$"  # "摸排整治重点": what each row deals with
)
# A problem column first ("存在问题", "主要问题"): its cell spans the rows that answer the problem (problem_rows).
PROBLEM_HEAD = re.compile(r"^(?:存在|主要|突出|具体)?问题$")


# A row's number cell as a Word or PDF table prints it ("1." / "1、"): its figure alone, as rows are found by it.
ROW_NUMBER = re.compile(r"^(\d{1,3})[.．、]?$")
