"""Builds .xlsx files for import tests, including formula cells and wrong headers."""
import datetime

import xlsxwriter

from actiondesk.enterprises import uscc
from actiondesk.enterprises.imports.columns import COLUMNS, HEADERS

KEYS = [c.key for c in COLUMNS]


def code(n: int) -> str:
    return uscc.make_code("91", "210400", f"MA{n:06d}")


def row(n: int, **values) -> list:
    base = {"credit_code": code(n), "name": f"沈抚测试{n}号科技有限公司", "former_names": "", "industry_code": "C3484",
            "park": "智能制造产业园", "address": "沈抚示范区金枫街", "registered_on": datetime.date(2018, 5, 1),
            "contact_name": "张三", "contact_phone": "024-12345678", "scale_status": "规上工业",
            "scale_entered_on": datetime.date(2024, 3, 1), "year": 2025, "revenue": 3000.5, "main_revenue": 2800,
            "tax": 120, "rnd_expense": 150, "employees": 80, "tech_staff": 20, "total_assets": 5000,
            "liabilities": 2000, "net_profit": 300, "hightech_revenue": 1800, "ip_class1": 2, "ip_class2": 5,
            "equity_financing": 0}
    base.update(values)
    return [base[k] for k in KEYS]


def write_xlsx(path, rows, *, headers=HEADERS, notes=True, formulas=None):
    """``formulas`` = {(data_index, key): "=1+1"} puts a formula in that cell."""
    workbook = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    sheet = workbook.add_worksheet()
    date = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, headers)
    start = 1
    if notes:
        sheet.write_row(1, 0, ["填写说明：18位"] + ["" for _ in headers[1:]])
        start = 2
    for i, values in enumerate(rows):
        for j, value in enumerate(values):
            if isinstance(value, datetime.date):
                sheet.write_datetime(start + i, j, value, date)
            elif value not in ("", None):
                sheet.write(start + i, j, value)
    for (i, key), formula in (formulas or {}).items():
        sheet.write_formula(start + i, KEYS.index(key), formula, None, 2)
    workbook.close()
    return path
