"""Team sizes: a headcount written right before 的 and the team a plan sets up ("组建3-5人的专家委员会", "组建5人以上
的巡防队伍") is the size of the team to be formed, a goal, not a description of some team already there. The verb that
forms the team must stand in the clause before the figure; "服务10万人的社区" (people served) stays a description."""

import re

# Verbs that form or staff a team. Add a verb here.
FORMING_VERBS = ("组建", "成立", "建立", "组成", "配备", "配齐", "抽调", "设立")
# Nouns that name a team. Add a noun here.
TEAM_NOUNS = ("队伍", "小组", "专班", "团队", "委员会", "工作组", "服务队", "巡防队", "宣讲团", "专家组", "队")
_FORMED = re.compile(rf"(?:{'|'.join(FORMING_VERBS)})[^，,；;。\d]{{0,16}}$")
_TEAM_AFTER = re.compile(rf"^(?:及以上|以上|左右)?的[^，,；;。\d的]{{0,10}}?(?:{'|'.join(TEAM_NOUNS)})")


def team_size(before: str, after: str, unit: str) -> bool:
    """Whether a headcount (``unit`` 人 or 名) with ``before`` and ``after`` it in its clause sizes a team formed."""
    return unit in ("人", "名") and bool(_FORMED.search(before)) and bool(_TEAM_AFTER.match(after))
