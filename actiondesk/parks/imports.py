"""The .xlsx import of the park registry: one workbook, sheets 园区 (the registry) and 地块 (标准地 terms and the
七通一平 items), either or both. The export (``exports.registry_xlsx``) reads back as it is.

Parks are named by 园区名称, parcels by 园区名称 + 地块编号: a name already in the registry is updated, a new one
added. A column left out of the sheet leaves that field as it is. Every problem of every sheet is reported as
(row, column, value, reason) and nothing is written while there is any; ``services_import.parks_import`` then
writes everything in one transaction with ONE audit entry (copy of transformation/imports.py).
"""
import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.spreadsheets import (
    CHOICE,
    DATE,
    DECIMAL,
    Column,
    RowError,
    Workbook,
    cell_text,
    read_sheets,
    sha256,
)
from actiondesk.parks.choices import ParcelStatus, ParkKind, ReadinessItem

PARKS, PARCELS = "园区", "地块"
NAME, CODE = "园区名称", "地块编号"
AREA_HIGH = 9_999_999_999.99
# The 七通一平 columns by their Chinese names (the header a file carries whatever the UI language).
READINESS_HEADERS = {"road": "通路", "power": "通电", "water": "通给水", "drainage": "通排水", "telecom": "通讯",
                     "gas": "通燃气", "heat": "通热力", "level": "场地平整"}
READY_WORDS = {"✓", "√", "是", "已完成", "完成", "已通"}
NOT_READY_WORDS = {"否", "未完成", "×", "✗", "-", "—"}
_DATE = Column("ready_on", "完成日期", DATE)


def _labels(choices) -> dict[str, str]:
    return {str(label): value for value, label in choices}


def _readiness(_column, raw) -> tuple[bool, datetime.date | None]:
    """A 七通一平 cell: ✓ (or 是/已完成) done, a date done on that day, 否/未完成 not done."""
    text = cell_text(raw)
    if text in READY_WORDS:
        return True, None
    if text in NOT_READY_WORDS:
        return False, None
    day, reason = _DATE.parse(raw)
    if reason:
        raise ValueError(_("应为 ✓、完成日期（2026-03-01）或“否”"))
    return True, day


PARK_COLUMNS = [
    Column("name", NAME, required=True, max_length=100),
    Column("kind", "园区类型", CHOICE, choices=_labels(ParkKind.choices), note=_("传统产业园区/现代产业园区/新兴产业园区")),
    Column("area_mu", "规划面积(亩)", DECIMAL, low=0, high=AREA_HIGH),
    Column("operator", "运营平台", max_length=100),
    Column("note", "说明", max_length=2000),
]
PARCEL_COLUMNS = [
    Column("park", NAME, required=True, max_length=100, note=_("园区名录或“园区”表中的名称")),
    Column("code", CODE, required=True, max_length=40),
    Column("area_mu", "面积(亩)", DECIMAL, required=True, low=0.01, high=AREA_HIGH),
    Column("land_use", "用地性质", max_length=40, note=_("默认 工业用地")),
    Column("status", "状态", CHOICE, choices=_labels(ParcelStatus.choices), note=_("储备/待出让/已出让/已建成")),
    Column("min_investment_per_mu", "亩均投资强度(万元/亩)≥", DECIMAL, low=0, high=AREA_HIGH),
    Column("min_output_per_mu", "亩均产出(万元/亩)≥", DECIMAL, low=0, high=AREA_HIGH),
    Column("min_tax_per_mu", "亩均税收(万元/亩)≥", DECIMAL, low=0, high=AREA_HIGH),
    Column("max_energy_per_mu", "亩均能耗(吨标煤/亩)≤", DECIMAL, low=0, high=AREA_HIGH),
    Column("min_plot_ratio", "容积率≥", DECIMAL, low=0, high=9999.99),
    *[Column(f"ready_{item}", header, parser=_readiness, note=_("✓ 或完成日期；空为未完成"))
      for item, header in READINESS_HEADERS.items()],
]
SHEETS = {PARKS: PARK_COLUMNS, PARCELS: PARCEL_COLUMNS}
TEXT_KEYS = {"kind", "operator", "note"}
assert set(READINESS_HEADERS) == set(ReadinessItem.values)


@dataclass
class ParkReading:
    file_name: str
    sha256: str
    parks: list[dict] = field(default_factory=list)  # field values of the 园区 rows (only the columns present)
    parcels: list[dict] = field(default_factory=list)  # parcel values + "park" (a name) + "readiness" {item: …}
    errors: list[RowError] = field(default_factory=list)
    summary: dict = field(default_factory=dict)  # what the write did (services_import)

    @property
    def count(self) -> int:
        return len(self.parks) + len(self.parcels)


def import_template() -> bytes:
    book = Workbook()
    for name, columns in SHEETS.items():
        book.add_table(name, [c.header for c in columns], notes=[c.note for c in columns], freeze=(2, 1))
    return book.close()


def _values(record) -> dict:
    """The record's values with an empty text cell as '' (a column absent from the sheet stays absent)."""
    values = {key: ("" if value is None and key in TEXT_KEYS else value) for key, value in record.values.items()}
    for key in ("land_use", "status"):  # empty: the parcel keeps its value (a new one gets the default)
        if values.get(key) is None:
            values.pop(key, None)
    return values


def read_parks(content: bytes, *, file_name: str, existing_names: set[str], refused_names: set[str],
               today: datetime.date | None = None) -> ParkReading:
    """Parse and check every row of both sheets. ``existing_names``: the zone's parks; ``refused_names``: those the
    importing user may not change (their rows, and parcels of those parks, are errors)."""
    today = today or timezone.localdate()
    reading = ParkReading(file_name, sha256(content))
    tables = read_sheets(content, SHEETS, missing=_("文件中没有“园区”“地块”任何一张工作表，请使用导入模板"))
    sheet_parks: dict[str, int] = {}
    for sheet, table in tables.items():
        reading.errors += table.errors
        bad = {e.row for e in table.errors}
        seen: dict = {}
        for record in table.records:
            values = _values(record)
            errors = (_check_park(record.row, values, seen, refused_names) if sheet == PARKS else
                      _check_parcel(record.row, values, seen, refused_names, existing_names | set(sheet_parks),
                                    today))
            reading.errors += errors
            if errors or record.row in bad:
                continue
            if sheet == PARKS:
                sheet_parks[values["name"]] = record.row
                reading.parks.append(values)
            else:
                values["readiness"] = {item: values.pop(f"ready_{item}") for item in READINESS_HEADERS
                                       if f"ready_{item}" in values}
                reading.parcels.append(values)
    reading.errors.sort(key=lambda e: (list(SHEETS).index(e.column.split("·")[0]), e.row))
    return reading


def _check_park(number, values, seen, refused_names) -> list[RowError]:
    name = values.get("name")
    if not name:
        return []
    errors = []
    if name in seen:
        errors.append(RowError(number, f"{PARKS}·{NAME}", name, _("与第%(row)s行重复") % {"row": seen[name]}))
    seen.setdefault(name, number)
    if name in refused_names:
        errors.append(RowError(number, f"{PARKS}·{NAME}", name, _("无权修改该园区（由其他部门主管）")))
    return errors


def _check_parcel(number, values, seen, refused_names, known_parks, today) -> list[RowError]:
    park, code = values.get("park"), values.get("code")
    errors = []
    if park and park not in known_parks:
        errors.append(RowError(number, f"{PARCELS}·{NAME}", park, _("园区名录和“园区”表中都没有这个园区")))
    elif park in refused_names:
        errors.append(RowError(number, f"{PARCELS}·{NAME}", park, _("无权修改该园区（由其他部门主管）")))
    if park and code:
        if (park, code) in seen:
            errors.append(RowError(number, f"{PARCELS}·{CODE}", code,
                                   _("与第%(row)s行的园区和地块编号重复") % {"row": seen[(park, code)]}))
        seen.setdefault((park, code), number)
    for item, header in READINESS_HEADERS.items():
        state = values.get(f"ready_{item}")
        if state and state[1] is not None and state[1] > today:
            errors.append(RowError(number, f"{PARCELS}·{header}", state[1].isoformat(),
                                   _("日期晚于今天（%(today)s）") % {"today": today.isoformat()}))
    return errors
