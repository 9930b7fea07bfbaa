"""A part of a unit list that carries a date is no unit: "牵头单位：…，2018年6月1日至2019年11月20日期间…项目业主"
describes who is concerned over a period (the owners of the projects of those dates), not a body that leads. A name
with a date in it ("2018年6月1日", "2019年11月", a range "…至…期间") is dropped from the list."""

import re

_DATE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:至|到|—|-|~)")


def dated(name: str) -> bool:
    """Whether a listed name carries a date (a period or a day), so names no unit."""
    return bool(_DATE.search(name))
