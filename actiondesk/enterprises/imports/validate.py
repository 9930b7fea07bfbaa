"""Validate every row before anything is written: typed tuples out, every error as (row, column, value, reason).

The rules are the Columns of imports/columns.py (core.spreadsheets.Column). This runs over 100,000 rows in
the import benchmark, so the loop is plain Python with the common cases (float for numbers, str for text)
checked inline first; anything else goes through ``column.parse``.
"""
import datetime
from dataclasses import dataclass
from functools import lru_cache

from actiondesk.core.spreadsheets import CHOICE, DATE, INTEGER, NUMBER, TEXT, RowError
from actiondesk.core.values import UNSAFE_TEXT, date_window
from actiondesk.enterprises import uscc
from actiondesk.enterprises.imports.columns import COLUMNS, YEAR_INDEX, section_for


@dataclass
class Validated:
    # (excel_row, enterprise values in ENTERPRISE_KEYS order + industry_section, figures tuple or None)
    records: list
    errors: list

    @property
    def ok(self) -> bool:
        return not self.errors


PROGRESS_EVERY = 5000


def _shown(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)[:60]


def _number(value):
    if value.__class__ is float or value.__class__ is int:
        return float(value)
    if isinstance(value, bool) or not isinstance(value, str):
        raise ValueError("不是数字")
    try:
        return float(value.replace(",", "").strip())
    except ValueError:
        raise ValueError("不是数字") from None


def _int(value, low=0, high=10**9):
    number = _number(value)
    if not number.is_integer():
        raise ValueError("应为整数")
    if number < low or number > high:
        raise ValueError(f"应在{low}–{high}之间")
    return int(number)


def _date(value, today):
    if value.__class__ is datetime.date:
        day = value
    elif isinstance(value, datetime.datetime):
        day = value.date()
    elif isinstance(value, str):
        try:
            day = datetime.date.fromisoformat(value.strip().replace("/", "-"))
        except ValueError:
            raise ValueError("日期格式应为 YYYY-MM-DD") from None
    else:
        raise ValueError("日期格式应为 YYYY-MM-DD")
    earliest = date_window()[0]  # the configured window (ACTIONDESK_DATE_MIN), as the services use
    if day < earliest or day > today:
        raise ValueError(f"日期超出范围（{earliest}–{today}）")
    return day


def validate_rows(rows, first_row: int, formula_cells: dict, *, today: datetime.date, progress=None) -> Validated:
    """Every row checked, every error collected; ``progress(done, total)`` every PROGRESS_EVERY rows."""
    columns = COLUMNS
    n = len(columns)
    text_cols = [(i, c.max_length, c) for i, c in enumerate(columns) if c.kind == TEXT and i > 0]
    year_index = YEAR_INDEX
    figure_cols = [(i, c.kind, c) for i, c in enumerate(columns) if i > year_index]
    scale_choices = columns[9].choices
    headers = [c.header for c in columns]
    max_year = today.year + 1
    errors: list[RowError] = []
    records = []
    seen: dict[str, int] = {}
    check = uscc.check
    section = lru_cache(maxsize=4096)(section_for)
    unsafe = UNSAFE_TEXT.search
    for (excel_row, column), formula in sorted(formula_cells.items()):
        if column < n and excel_row >= first_row:
            errors.append(RowError(excel_row, headers[column], f"={formula}", "含公式，请粘贴为数值后再导入"))
    formula_rows = {r for r, _c in formula_cells}
    total = len(rows)
    for offset, row in enumerate(rows):
        if progress is not None and offset % PROGRESS_EVERY == 0:
            progress(offset, total)
        excel_row = first_row + offset
        if len(row) < n:
            row = list(row) + [""] * (n - len(row))
        bad = len(errors)
        values = [None] * n
        code = row[0]
        code = code.strip() if code.__class__ is str else _shown(code)
        reason = check(code)
        if reason:
            errors.append(RowError(excel_row, headers[0], code, reason))
        elif code in seen:
            errors.append(RowError(excel_row, headers[0], code, f"与第{seen[code]}行重复"))
        else:
            seen[code] = excel_row
        values[0] = code
        for i, limit, column in text_cols:
            v = row[i]
            if v.__class__ is str and len(v) <= limit and unsafe(v) is None:
                values[i] = v.strip()
                continue
            # Anything else goes through the column's own rule (numbers as text, length, control characters).
            value, reason = column.parse(v)
            if reason:
                errors.append(RowError(excel_row, headers[i], _shown(v), reason))
            else:
                values[i] = value or ""
        if values[1] == "":
            errors.append(RowError(excel_row, headers[1], "", "必填"))
        for i in (6, 10):
            v = row[i]
            if v != "":
                try:
                    values[i] = _date(v, today)
                except ValueError as exc:
                    errors.append(RowError(excel_row, headers[i], _shown(v), str(exc)))
        status = row[9]
        if status.__class__ is str and status.strip():
            values[9] = scale_choices.get(status.strip())
            if values[9] is None:
                errors.append(RowError(excel_row, headers[9], status, "不是可选值：" + "、".join(scale_choices)))
        else:
            values[9] = ""
            if values[10] is not None:
                errors.append(RowError(excel_row, headers[10], _shown(row[10]), "未填四上状态时不应有入规日期"))
        figures = None
        has_figures = False
        for i, kind, column in figure_cols:
            v = row[i]
            if v.__class__ is float and 0.0 <= v < 1e9 and (kind == NUMBER or v.is_integer()):
                values[i] = v if kind == NUMBER else int(v)  # the common case, checked inline for speed
                has_figures = True
                continue
            if v == "" or v is None:
                continue
            has_figures = True
            values[i], reason = column.parse(v)
            if reason:
                errors.append(RowError(excel_row, headers[i], _shown(v), reason))
        year = row[year_index]
        if year != "":
            try:
                values[year_index] = _int(year, columns[year_index].low, max_year)
            except ValueError as exc:
                errors.append(RowError(excel_row, headers[year_index], _shown(year), str(exc)))
        elif has_figures:
            errors.append(RowError(excel_row, headers[year_index], "", "填写了年度数据时必填"))
        if values[16] is not None and values[17] is not None and values[17] > values[16]:
            errors.append(RowError(excel_row, headers[17], _shown(row[17]), "科技人员不能多于从业人员"))
        if len(errors) != bad or excel_row in formula_rows:
            continue
        if values[year_index] is not None:
            figures = tuple(values[year_index:])
        enterprise = tuple(values[:11]) + (section(values[3]),)
        records.append((excel_row, enterprise, figures))
    errors.sort(key=lambda e: (e.row, headers.index(e.column) if e.column in headers else 0))
    if progress is not None:
        progress(total, total)
    return Validated(records, errors)


# Column indexes used above must stay in step with COLUMNS.
assert [COLUMNS[i].key for i in (0, 1, 3, 6, 9, 10, 16, 17)] == [
    "credit_code", "name", "industry_code", "registered_on", "scale_status", "scale_entered_on", "employees",
    "tech_staff"], "COLUMNS order changed"
assert [c.kind for c in COLUMNS[YEAR_INDEX:]] == [INTEGER] + [c.kind for c in COLUMNS[YEAR_INDEX + 1:]]
assert {c.kind for c in COLUMNS[YEAR_INDEX + 1:]} <= {NUMBER, INTEGER}
assert {c.kind for c in COLUMNS[:YEAR_INDEX]} <= {TEXT, DATE, CHOICE}
