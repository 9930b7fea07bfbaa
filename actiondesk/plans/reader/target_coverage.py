"""全覆盖 written before the verb it qualifies: what follows tells a goal from a manner of work. A verb that creates or
sets up something ("全市供电营业厅全覆盖设立绿电服务微网点", "各街道全覆盖建设社区食堂") puts the thing in every place
its subject names — a 100 % goal, as "实现…全覆盖" is; a verb of checking or serving ("对有关企业进行全覆盖核查") keeps
k-reader20's reading, a coverage marked 待确认 (targets._COVERING_WORK / _COVERING_CHECK)."""

import re

# Verbs that create or set up something in each place covered. Add a verb here.
SETUP_VERBS = (
    "设立",
    "设置",
    "建设",
    "建立",
    "建成",
    "配置",
    "配备",
    "布设",
    "布局",
    "铺设",
    "安装",
    "开设",
    "新建",
)
# "全市供电营业厅全覆盖设立绿电服务微网点": the places covered, 全覆盖, a verb of setting up and what is set up.
SETUP = re.compile(rf"(?<=[\u4e00-\u9fff])(全覆盖(?:{'|'.join(SETUP_VERBS)})[\u4e00-\u9fff“”]{{1,16}})\s*$")
# "至2025年全覆盖设立…": a date alone before 全覆盖 names no place covered.
_DATE_ONLY = re.compile(r"^\s*(?:至|到|在|于)?\s*\d{4}年(?:底|末)?前?\s*$")


def covering_setup(clause: str) -> re.Match | None:
    """The 全覆盖 + verb-of-setting-up phrase ending ``clause`` when a place covered is named before it, else None."""
    match = SETUP.search(clause)
    if not match or _DATE_ONLY.match(clause[: match.start()]):
        return None
    return match
