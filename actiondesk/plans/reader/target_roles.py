"""Figures whose role in the sentence is not a goal, and the few that are although they look like history: the units
who do the work ("10支街镇服务大队要…"), the stages a plan runs in ("分三个阶段", "三个阶段目标"), kinds described
("推动三种收运“新模式”"), a share of money between government levels ("…投入资金总额的50%"), places that only scope a
coverage ("4个街道率先完成…全覆盖"); and the existing things a work replaces ("将现有80辆…更换为…")."""

import re

from .target_listed_builds import listed_facilities_built

# "10支街镇服务大队要加强指导": a count opening its clause as the subject of a duty names who does the work.
_BODY = r"(?:队|大队|队伍|组|小组|站|所|中心|单位|部门|企业|公司|街道|街镇|乡镇|委员会|机构)"
_DUTY_AFTER = re.compile(rf"^[^，,；;。\d]{{0,12}}?{_BODY}(?:(?<![主重需必只])要|应当|必须|负责|承担)(?!完成|实现|达到|达标|建成)")
# "全区10支…": a scope word may open the clause before the subject's count.
_SCOPE = re.compile(r"^(?:全区|全市|全县|全镇|全省|全街道)?$")
# "全区314个居住区完成垃圾分类", "4个街道创建…达标街道": a count that is the subject of the work done is the goal.
_DONE_AFTER = re.compile(r"^[^，,；;。\d]{1,12}?(?:完成|实现|达到|达标|创建|建成)")
# "组织10支街镇服务大队开展巡查": the units mobilised to do the work, not work done.
_MOBILISED_BEFORE = re.compile(r"(?:组织|动员|发动|依托|发挥|利用|整合)\s*$")
_MOBILISED_AFTER = re.compile(rf"^[^，,；;。\d]{{0,12}}?{_BODY}(?:开展|参与|进行|深入|的?力量|的?作用)")
# "组织45家企业开展培训": the bodies a training reaches, counted as its goal (as "面向3万名…开展…培训").
_TRAINED_AFTER = re.compile(rf"^[^，,；;。\d]{{0,12}}?{_BODY}开展[^，,；;。\d]{{0,6}}?培训")
# "区和镇政府投入资金总额的50%", "土地出让收益的10%": how money is split, a funding share.
_FUNDING_SHARE = re.compile(r"(?:资金|投入|经费|预算|收入|收益|支出|服务费|费用)(?:总额|总量|总数)?的\s*$")
# "…服务费的80%用于人员薪酬分配，20%用于机构统筹": a share of money set to a use, how it is split.
_PUT_TO_USE = re.compile(r"^\s*(?:用于|用作|留作)")
_KINDS = re.compile(r"^[一二两三四五六七八九十]+种$")
# "将现有80辆干垃圾收运车更换为新型车辆": the things a replacement acts on are counted work.
_EXISTING_ACTED_ON = re.compile(r"(?:将|对)(?:现有|既有|原有)(?:的)?\s*$")
_REPLACED = re.compile(r"更换|替换|改造|升级|淘汰")
# "2年内完成现有31条…道路治理任务": the existing things the work is to complete (not "在现有…的基础上", a history);
# "每年重点培育占现有合作社3%以上…的示范社": a share of the existing ones.
_EXISTING_DONE = re.compile(r"(?:完成|整治|治理|改造|占)(?:现有|既有|原有)(?:的)?\s*$")
# "4个街道率先完成…全覆盖": a count of places before a coverage says where the 100 % is reached first.
_PLACE_COUNT = re.compile(r"^(?:街道|街镇|乡镇|镇|区|县|村|社区)")


# "黄浦江、大治河等九条市域生态走廊建设", "五个新城打造…": a count in Chinese numerals before a place or network that
# the plan names (a known set of places), not a count of work to reach — unless a verb of making stands right before it
# ("建成十个示范片区") or a comparison word states it.
_NAMED_PLACES = re.compile(r"^[^，,；;。\d、“”]{0,8}?(?:新城|走廊|廊道|保育区|绿环|绿楔|新区|城区|片区|副中心)")
_MADE_BEFORE = re.compile(r"(?:建成|新建|新增|建设|打造|创建|完成|培育|形成|增加|改造|提升)\s*$")
_CHINESE_COUNT = re.compile(r"^[一二两三四五六七八九十]+")


# "组织各行业、各村居千人开展优质服务行动": a round crowd (百人, 千人, 万人) a campaign mobilises, not a count to reach.
_ROUND_CROWD = re.compile(r"[百千万](?:人|名)")
_CROWD_BEFORE = re.compile(r"(?:组织|动员|发动)[^，,；;。\d]{0,12}$")
_CROWD_AFTER = re.compile(r"^[^，,；;。\d]{0,6}?(?:开展|参与|参加|进行|投身)")
# "争取国家旅游局24个海外办事处机构资源": existing resources the work draws on, counted as they are.
_DRAWN_ON = re.compile(r"(?:利用|依托|借助|争取|用好|整合|发挥|对接)[^，,；;。\d]{0,12}$")
_RESOURCES = re.compile(r"^[^，,；;。\d]{0,12}?资源")
# "整合港澳台旅游服务中心和国家旅游局24个海外办事处机构资源": a count whose noun ends in 资源 counts what the work draws
# on, however far its verb stands, when 资源 ends the noun ("创建60个停车资源优化项目", "3个旅游资源展示中心" count
# projects and centres, goals).
_RESOURCES_NOUN = re.compile(r"^[^，,；;。\d]{0,12}?资源(?:优势)?\s*(?:$|[、和及与的）)])")


def not_a_goal(before: str, written: str, after: str, unit: str, compared: bool, opens: bool) -> bool:
    """Whether the figure ``written`` (``before`` and ``after`` it in its clause) names actors, stages, kinds or a
    funding share; ``compared`` when a comparison word (不少于, 以上…) states it as a floor or a cap, ``opens`` when
    the figure opens its clause (not a later item of a list)."""
    if unit == "个" and after.startswith("阶段"):
        return True  # 分三个阶段推进; "三个阶段目标" heads the stages
    if _CHINESE_COUNT.match(written) and not compared and _NAMED_PLACES.match(after) \
            and not _MADE_BEFORE.search(before):
        return True  # 九条市域生态走廊, 五个新城: places the plan names, not a count to reach
    if not compared and _ROUND_CROWD.fullmatch(written) and _CROWD_BEFORE.search(before) and _CROWD_AFTER.match(after):
        return True  # "组织…千人开展…行动": a crowd mobilised ("组织100名志愿者开展宣传" counts volunteers)
    if not compared and (_DRAWN_ON.search(before) and _RESOURCES.match(after)
                         or _RESOURCES_NOUN.match(after) and not _MADE_BEFORE.search(before)):
        return True  # "争取…24个海外办事处机构资源": resources drawn on
    if _KINDS.match(written) and not compared and not _MADE_BEFORE.search(before) \
            and not listed_facilities_built(before, written, after):
        return True  # 推动三种收运“新模式”管理: the kinds described ("建成四种指定监管场地" counts what is built)
    # ("彩票公益金要将55%以上用于养老服务": a floor on the share set to a use commits the plan to it.)
    if unit in ("%", "％") and (_FUNDING_SHARE.search(before) or _PUT_TO_USE.match(after) and not compared):
        return True
    if opens and _SCOPE.match(before.strip()) and _DUTY_AFTER.match(after):
        return True
    if _PICKED_BEFORE.search(before) and _CARRIERS_AFTER.match(after):
        return True  # "其中标杆应用工程遴选1支攻关团队": who is picked to carry the work out
    return bool(_MOBILISED_BEFORE.search(before) and _MOBILISED_AFTER.match(after) and not _TRAINED_AFTER.match(after))


# "每个项目遴选1支攻关团队", "择优确定2家承担单位": the teams or bodies picked to carry a project out are who does the
# work ("每年遴选20家…应用良好的企业" picks exemplars, a goal). Add a word for such a carrier here.
CARRIERS = ("攻关团队", "揭榜团队", "研发团队", "承担单位", "揭榜单位", "实施主体", "承担主体")
_PICKED_BEFORE = re.compile(r"(?:遴选|择优|确定|选定|选拔|选取)\s*$")
_CARRIERS_AFTER = re.compile(rf"^[^，,；;。\d]{{0,6}}?(?:{'|'.join(CARRIERS)})")


def existing_acted_on(clause: str, history: re.Match) -> bool:
    """Whether the clause's word of history ("现有") names the things its work replaces ("将现有80辆…更换为") or is
    half of a scope with the new ones ("现有和新建…")."""
    return bool(_EXISTING_ACTED_ON.search(clause[:history.end()]) and _REPLACED.search(clause, history.end())
                or _EXISTING_DONE.search(clause[:history.end()])
                # "现有和新建大型数据中心…降到1.3以下": existing and new ones together, the scope of a goal
                or re.match(r"(?:和|及|与|、)(?:新建|新增|在建|新投运)", clause[history.end():]))


def subject_done(before: str, after: str) -> bool:
    """"全区314个居住区完成垃圾分类": the count of what is to complete the work, a goal; so is a total of things to be
    opened or finished ("…内部厕所共20处对外开放")."""
    return bool(_SCOPE.match(before.strip()) and _DONE_AFTER.match(after)
                or re.search(r"(?:共|共计|合计)\s*$", before) and _TOTAL_DONE.match(after))


_TOTAL_DONE = re.compile(r"^(?:对外|向社会)?(?:开放|建成|完成|投用|投入使用)")


def replaced_count(before: str, after: str) -> bool:
    """"将现有80辆…更换为…": the count of what the work replaces is a commitment."""
    return bool(_EXISTING_ACTED_ON.search(before) and _REPLACED.search(after))


def only_place_counts(clause: str, quantities: list) -> bool:
    """Whether every figure of a coverage clause counts places (that reach the coverage first), not work."""
    return bool(quantities) and all(q.unit == "个" and len(clause[:q.start].strip()) <= 4
                                    and _PLACE_COUNT.match(clause[q.end:]) for q in quantities)


# "350米范围内": a radius that scopes where a coverage is reached.
_RADIUS = re.compile(r"^(?:范围内|以内|半径内|服务半径)")


def coverage_scopes(clause: str, quantities: list, coverage: re.Match) -> bool:
    """Whether every figure of a coverage clause only scopes it — a count of places reaching it first, a radius
    ("350米范围内"), a set of places the plan names ("五个新城…全覆盖"), the places it is done for ("对58个县…全覆盖"),
    or the 100 % written with it ("100%全覆盖") —
    so the coverage is the clause's one goal."""
    def scope(q) -> bool:
        after = clause[q.end:]
        return (q.unit in ("%", "％") and q.value == 100 and q.end == coverage.start()
                or q.unit.endswith("米") and bool(_RADIUS.match(after))
                or bool(_CHINESE_COUNT.match(clause[q.start:q.end]) and _NAMED_PLACES.match(after))
                # "对58个试点县的县级综合医院对口支援全覆盖": the places the work covered is done for, after 对.
                or clause[:q.start].rstrip().endswith("对") and q.end < coverage.start())
    return bool(quantities) and (only_place_counts(clause, quantities) or all(scope(q) for q in quantities))
