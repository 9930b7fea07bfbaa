"""Names of units in a clause's list: where one name ends and the next begins ("各区、县（市）政府" is one name,
"区人才工作局及相关部门" one unit), and whether a name ends like a body."""

import re

from .brackets import split_outside_brackets
from .joint_offices import protect_joint_offices, restore
from .kind_lists import PLACE_GOVERNMENTS, drop_etc_tail, named_place, place_kind_name
from .name_joins import join_words
from .role_words import strip_role_words
from .scoped_catch_alls import protect_scoped_catch_alls

SEPARATORS = re.compile(r"[、，,；;/／\s]+")
DEPARTMENT_END = re.compile(
    r"(?:局|委|厅|办|部|室|科|中心|政府|管委会|公司|集团|银行|分行|支行|海关|联|协|院|会|处|所|队|站|组|社|馆|班|门|"
    r"署|中央|街道|办事处|开发区|园区|示范区|新区|专班|国企|气象台|电视台)(?:[（(][^（）()]{1,12}[）)])?$"
)
# "省有关部门单位", "市直有关单位", "县直各部门": a level's catch-all.
CATCH_ALL = re.compile(r"^(?:[省市区县]直?(?=有关|相关)|[省市区县]直(?=各))?(?:各|相关|有关|其他)")
# "区投资促进局等各产业、招商主管部门": after 等, a class of bodies that itself lists kinds ("各产业、招商") ends the list and
# drops whole, as "等相关单位" does; split at its 、 it would leave two fragments that name no body.
# "上海海关等具有行政强制权和财产登记、保管职能的政府部门和单位": bodies described by what they do, a 、 inside, go too.
_ETC_CLASS = re.compile(r"等(?:各|相关|有关|其他)[^，,；;：:（）()\d]{1,12}、[^，,；;：:（）()\d]{1,12}?(?:部门|单位|机构)$"
                        r"|等(?:具有|负责|承担|履行)[^，,；;：:（）()\d]{1,30}?的[^、，,；;：:（）()\d]{0,8}?"
                        r"(?:部门和单位|单位和部门|部门|单位|机构)$")
# "市市场监管局及其他涉行政许可单位": the other bodies of a kind after 及 go too.
_JI_TAIL = re.compile(
    r"^(?P<head>.+?)(?:及|以及)(?:(?:其他|其它)?(?:相关|有关)(?:行业)?(?:主管)?|(?:其他|其它)[^、，,（）()]{0,10}?)"
    r"(?:部门和单位|单位和部门|部门|单位|机构)$"
)
# "各区、县级市", "各有关区、县级市": every place of a level, written as one name.
# "各区、县（市）政府" joins; "各区、城投集团" and "各区、市委组织部" are two units each: the name after a bare level must
# be a kind of place or its government (kind_lists.PLACE_KINDS). A level written without 各 is no unit by itself: it shares
# the body of the name after it ("市、区规划资源局": the city's and the districts' bureaus, one name as printed).
_PLACE_START = re.compile(r"^(?:区|县|市|旗|乡|镇|街道|县级市)")
# "各区", "各县（市）" — and a list of levels already joined ("各市、州" before "县人民政府": 州 as in 自治州).
# "各市（州）", "市州", "县市区": the cities with the prefectures (州), the counties with the cities and districts.
# "县〔区〕", "县（市、区）": a level with the others it stands for in brackets of any shape.
_LEVEL = r"(?:区|县|市|州|旗|乡|镇|乡镇|县级市|县[（(〔](?:市|区|市、区)[）)〕]|市[（(〔]州[）)〕]|市州|县市区)"
_PLACES = re.compile(rf"^(?:各(?:有关|相关)?|有关|相关)?{_LEVEL}(?:、{_LEVEL})*$")
_BRACKETED_LEVEL = re.compile(r"^县[（(〔](?:市|区|市、区)[）)〕]")
_UPPER_LEVELS = ("各市", "各设区市", "各省辖市")  # before "县…局": the bureaus of both levels ("各乡镇、县农业局" is two)
# "各区、市政府", "有关区、市人民政府" (青岛, 山东): the districts' and the county-level cities' governments, one name.
_CITY_GOVERNMENTS = ("市政府", "市人民政府")
_TOWNSHIPS = re.compile(r"^[\u4e00-\u9fff]{0,4}各(?:有关|相关)?(?:乡镇|乡（镇）|乡\(镇\)|镇|乡)$")


def named_body(name: str) -> bool:
    ending = DEPARTMENT_END.search(name)
    if name.endswith(NO_BODY_ENDS):
        return False
    return bool(ending) and ending.start() > 0 or bool(_AREA_OFFICES.match(name) or _MEMBERS.search(name)
                                                       or _ROLE_UNIT.match(name))


# "项目承担单位", "项目建设单位": the body named by the role it plays in a project is a unit of the clause.
_ROLE_UNIT = re.compile(r"^(?:项目|工程)?(?:承担|建设|实施|运营|业主|申报)单位$")


# "区人工影响天气工作联席会议成员单位": the members of a named joint body, one unit as printed; add a kind of body here.
JOINT_BODIES = ("联席会议", "领导小组", "工作小组", "工作组", "指挥部", "委员会", "工作专班")
_MEMBERS = re.compile(rf"^[\u4e00-\u9fff]{{0,24}}(?:{'|'.join(JOINT_BODIES)})(?:各)?成员(?:单位|部门)$")


# Words that end like a body but name a group of people, not a unit ("家庭医生（团队）"); add a wording here.
NO_BODY_ENDS = ("团队", "梯队")


# Two names printed without a mark between them: "区规划局区环卫所" (the second opens with its level again),
# "综合执法局（安监局）规划局" (a name after a body's bracketed other name), "区党工委党群工作部区社会事业局" (a
# department), "各片区（乡镇、街道）区党工委…" (a catch-all of areas and the places it stands for). "市局执法总队" is one
# name, and so is a body's own division ("区市场监管局区域协调处", "市规划资源局市政处").
_RUN_ON = re.compile(
    r"^(?P<first>[\u4e00-\u9fff]{2,16}?(?:局|所|中心|公司|集团|院|队|站|工作部)(?P<alias>[（(][^（）()]{1,12}[）)])?"
    r"|各[\u4e00-\u9fff]{0,4}片区(?P<places>[（(][^（）()]{1,12}[）)]))"
    r"(?P<second>[\u4e00-\u9fff]{3,16})$"
)


def _same_kind(name: str) -> list[str] | None:
    """ "城市提升办农村提升办": two bodies of one kind printed without a mark — both halves end with the same three
    characters, each names a body of four characters or more. A company and its branch ("…有限公司上海石油分公司")
    stay one name."""
    if name.endswith(("公司", "集团", "银行", "支行")):
        return None
    for cut in range(4, len(name) - 3):
        first, second = name[:cut], name[cut:]
        if first[-3:] == second[-3:] and named_body(first) and named_body(second) and not second.startswith(first[-3:]):
            return [first, second]
    return None


def _run_together(name: str) -> list[str]:
    pair = _same_kind(name)
    if pair:
        return pair
    run_on = _RUN_ON.match(name)
    if (
        not run_on
        or not named_body(run_on.group("second"))
        or run_on.group("second").endswith(("处", "科", "室"))
        or not (run_on.group("alias") or run_on.group("second").startswith(("区", "市", "县")))
        and not run_on.group("places")
    ):
        return [name]
    return [run_on.group("first"), *_run_together(run_on.group("second"))]


_PART_NOTE = re.compile(r"[（(](?:牵头|负责|主责|分管|主抓)[^（）()]{2,16}[）)]$"
                        # "经济发展处（配合区经发局开展复工复产企业…排查整治）": what it does beside another body.
                        r"|[（(](?:配合|协助|会同)[^（）()]{2,40}[）)]$")
# "1.经济发展处（配合…）2.交通与建设处（…）": units listed as numbered entries, each with its remark.
_NUMBERED_ENTRY = re.compile(r"(?:^|(?<=[）)]))\s*\d{1,2}[.．](?=[\u4e00-\u9fff])")
# "交通与建设处（详见附件1）": a note sending the reader to an annex is no part of the name.
_ANNEX_NOTE = re.compile(r"\s*[（(](?:详见|具体见|参见|见)?附(?:件|表)\s*[\d一二三四五六七八九十]{0,3}[^（）()]{0,6}[）)]$")
# "各片区", "各功能片区": in a zone's plan the areas' offices, units; a named area ("徐行片区") is a place, not a unit.
_AREA_OFFICES = re.compile(r"^各(?:有关|相关)?[\u4e00-\u9fff]{0,4}片区$")
_DUTY_TAIL = re.compile(r"^(?P<head>[^（）()]{2,24}?)(?:根据|按照|按)(?:各自)?职责(?:分工)?(?:开展|做好|抓好|负责|落实|推进)\S+$")
def _wrapped_halves(before: str, after: str) -> bool:
    """"区农民工工作领 导小组各成员单位", "各乡镇 人民政府": two halves of one name parted by a space (a line wrapped in
    the source): the first names no body and the joined name does, or the second is a bare government after a level of
    places. Read by ``name_joins.join_words`` beside its narrower "区 经发局" case."""
    if after in PLACE_GOVERNMENTS and _PLACES.match(before):
        return True
    joined = before + after
    return not (is_unit_name(before) or named_place(before)) and (named_body(joined) or is_unit_name(joined))


def protect_names(names: str) -> str:
    """The list with the 、 inside one name hidden from the split: a joint office ("区党工委、管委会办公室") and a
    catch-all scoped by places ("甲路、乙路沿线的相关村"); ``joint_offices.restore`` puts them back."""
    return protect_scoped_catch_alls(protect_joint_offices(names), named_body)


def split_names(names: str) -> list[str]:
    """Split a list of departments, dropping "等相关单位"-style tails; brackets inside a name stay whole."""
    # 及, 等和, an alias note, a name wrapped over a space
    if re.match(r"\s*1[.．]", names):
        names = _NUMBERED_ENTRY.sub(lambda entry: "、" if entry.start() else "", names)
    names = join_words(names, lambda name: named_body(name) or named_place(name), _wrapped_halves)
    names = _ETC_CLASS.sub("", names.strip().strip("。.；;"))
    names = protect_names(names)
    parts = [restore(part) for part in split_outside_brackets(names.strip().strip("。.；;"), SEPARATORS)]
    result: list[str] = []
    for index, part in enumerate(parts):
        name = part.strip().strip("。.；;")
        name = drop_etc_tail(name)
        tail = _JI_TAIL.match(name)  # "区人才工作局及相关部门": a catch-all after 及 goes like "等相关部门"
        if tail and (is_unit_name(tail.group("head")) or CATCH_ALL.match(tail.group("head"))):
            name = tail.group("head")
        part_note = _PART_NOTE.search(
            name
        )  # "区社会事业局（牵头医疗医美板块）": the part it leads is no part of its name
        if part_note and named_body(name[: part_note.start()]):
            name = name[: part_note.start()]
        duty_tail = _DUTY_TAIL.match(name)  # "局各业务处室根据职责开展本行业系统排查": what it does is no part of its name
        if duty_tail and is_unit_name(duty_tail.group("head")):
            name = duty_tail.group("head")
        annex_note = _ANNEX_NOTE.search(name)
        if annex_note and named_body(name[: annex_note.start()]):
            name = name[: annex_note.start()]
        name = name.strip()
        if not name:
            continue
        *run_on, name = _run_together(name)
        result += run_on
        # "相关委、办、局": one name of the kinds of body; "各街道、镇" is two units, the streets and the town.
        # "…主管部门、市、区机管局": a bare level before a name opening with a level shares that name's body instead.
        next_level = index + 1 < len(parts) and name in "市区县" and _PLACE_START.match(parts[index + 1].strip())
        if (
            result
            and len(name) == 1
            and len(result[-1]) > 1
            and not (name in "镇乡" and result[-1].endswith("街道"))
            and not next_level
        ):
            result[-1] = result[-1] + "、" + name
            continue
        # "各有关部门、单位": a bare kind of body after a catch-all of departments widens that catch-all, one name.
        if result and name in ("单位", "机构") and re.match(r"(?:各|有关|相关)\S*部门$", result[-1]):
            result[-1] = result[-1] + "、" + name
            continue
        # "各乡镇党委、人民政府": a bare government word names no place; it shares the place of the party committee or
        # government before it, one name as printed.
        if result and name in PLACE_GOVERNMENTS and result[-1].endswith(PLACE_GOVERNMENTS):
            result[-1] = result[-1] + "、" + name
            continue
        # "各乡（镇）、街道", "涉城各乡镇、街道办事处": the townships' and the streets' offices, one catch-all.
        if result and name in ("街道", "街道办事处") and _TOWNSHIPS.match(result[-1]):
            result[-1] = result[-1] + "、" + name
            continue
        # "各区、县（市）政府": a bare level of places ("各区") belongs to the name after it; a fragment naming
        # bodies of its own ("各街镇、开发区": streets and towns, then the zones) is a name by itself. After "各市（州）"
        # the counties' governments may carry their own 各 ("各市（州）、各县（市、区）人民政府": one name).
        # "各市、县（市、区）人民政府结合实际贯彻落实": the role words after the last name do not part the levels.
        bare = strip_role_words(name, lambda rest: bool(DEPARTMENT_END.search(rest)))
        each_level = result and result[-1].startswith("各") and bare.startswith("各") \
            and place_kind_name(bare[1:]) and bare.endswith(PLACE_GOVERNMENTS)
        if (
            result
            and _PLACES.match(result[-1])
            and (not bare.startswith("各") or each_level)
            and (
                _PLACES.match(bare)
                or each_level
                or place_kind_name(bare)
                or bare in _CITY_GOVERNMENTS
                or not result[-1].startswith("各")
                and _PLACE_START.match(bare)
                and DEPARTMENT_END.search(bare)
                or (_BRACKETED_LEVEL.match(bare) or result[-1] in _UPPER_LEVELS and bare.startswith(("县", "区")))
                and DEPARTMENT_END.search(bare)  # "各市、县〔区〕市场监管局", "各市、县人力资源社会保障局": every level's
            )
        ):
            result[-1] = result[-1] + "、" + name
            continue
        result.append(name)
    return result


_UNIT_WORDS_END = re.compile(r"(?:单位|主体|企业)$")


# "优化产业布局", "形成发展格局", "开创新局": a word that ends in 局 but names a layout, not a bureau ("市科技创新局" and
# "市国家安全局" are bureaus).
LAYOUT_END = re.compile(r"(?:布局|格局|大局|(?<!安)全局|开局|变局|(?<!创)新局|破局)$")


def is_unit_name(name: str) -> bool:
    """A name that ends like a body ("…处", "…中心", "…部门", "各相关部门和单位") or is a level of places ("各区")."""
    return bool(
        DEPARTMENT_END.search(name) and not LAYOUT_END.search(name)
        or _PLACES.match(name)
        or _UNIT_WORDS_END.search(name)
        or _AREA_OFFICES.match(name)
    )


def is_department(name: str) -> bool:
    """ "机关各部门" or "各有关单位" stand for everyone, not for one department."""
    return not (
        name.startswith("各")
        or "各部门" in name
        or "各单位" in name
        or name.startswith(("相关", "有关"))
        or "相关部门" in name
        or "有关部门" in name
    )


def unique(names) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen


# "区经发局工信、发改处": a body's division whose 处 is printed once, after the next division of the list.
_DIVISION_STEM = re.compile(r"^(?P<body>.+?[局委办厅])[^\W\d局委办厅处科]{2,4}$")


def division_stem(name: str, after: list[str]) -> bool:
    """"区经发局工信" before "发改处": the first division of a body whose 处 is printed once, after the next one."""
    stem = _DIVISION_STEM.match(name)
    return bool(stem and after and re.search(r"[处科]$", after[0]) and named_body(stem.group("body")))
