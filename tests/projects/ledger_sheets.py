"""Ledger workbooks for the project import tests: the project sheet's headers, one good row, a writer."""
import datetime

from actiondesk.projects.ledger import ALL_COLUMNS
from tests.helpers import xlsx_bytes

TODAY = datetime.date(2026, 10, 15)
HEADERS = [c.header for c in ALL_COLUMNS]


def xlsx(rows, headers=HEADERS) -> bytes:
    return xlsx_bytes(rows, headers)


def row(**values):
    base = {"项目编号": "SF-001", "项目名称": "品诺环保装备项目", "责任部门": "产业创新局", "总投资（万元）": 52000,
            "产业领域": "高端装备", "项目类型": "产业类", "签约日期": "2026-01-10", "开工日期": "2026-03-02",
            "年度计划投资（万元）": 20000, "1月完成投资（万元）": 1000, "2月完成投资（万元）": 1500}
    base.update(values)
    return [base.get(h, "") for h in HEADERS]
