"""The scale cell of a plan's own project list ("项目名称 / 建设内容和规模 / … / 组织实施单位": "总建筑面积13000平方米，
建设床位300张。"): the plan assigns each project to a unit to build, so the sizes the cell states are what is to be built —
goals, the floor area too. In a sentence an area describes a place or a building that exists ("面积约8.6平方公里",
"总套数2883套": the targets' own reading, unchanged); only the scale column of a task table reads it as a goal."""

import re

from .quantities import find_quantities
from .targets import find_targets

# "建设规模", "建设内容和规模", "建设内容及规模", "规模": the column that states how much a project builds.
SCALE_HEAD = re.compile(r"规模$")
_CLAUSE = re.compile(r"[^，,；;。]+")
# "总建筑面积13000平方米", "占地面积约20亩", "总套数200套": the project's size, which ``find_targets`` reads as a description.
_SIZE = re.compile(r"(?:总|计划|新增)?(?:建筑|占地|用地|绿化)?(?:面积|套数|栋数|幢数)(?:约|为|达)?$")


def scale_targets(cell: str, line, task: str) -> list[dict]:
    """Targets of a scale cell printed on ``line`` that the sentence rules leave as descriptions of the project."""
    targets = []
    offset = line.text.find(cell)
    offset = line.start + (offset if offset >= 0 else 0)
    for clause in _CLAUSE.finditer(cell):
        if find_targets(clause.group(), offset=offset + clause.start(), task=task):
            continue  # read by the sentence rules ("建设床位300张")
        quantities = [quantity for quantity in find_quantities(clause.group()) if quantity.unit]
        if len(quantities) != 1 or not _SIZE.search(clause.group()[: quantities[0].start]):
            continue
        quantity = quantities[0]
        targets.append(
            {
                "text": clause.group().strip(),
                "indicator": clause.group()[: quantity.start].strip(),
                "value": quantity.value,
                "unit": quantity.unit,
                "comparator": "range" if quantity.value_max is not None else ">=",
                "value_max": quantity.value_max,
                "kind": "absolute",
                "rule": "bare",  # no comparison word: at least, as the sentence rules read it
                "unsure": False,
                "start": offset + clause.start(),
                "end": offset + clause.end(),
                "task": task,
                "sentence": cell,
            }
        )
    return targets
