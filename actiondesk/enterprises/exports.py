"""Excel export of a filtered enterprise list, in the import sheet's layout (re-importable)."""
from actiondesk.core.spreadsheets import Workbook
from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.enterprises.imports.columns import FIGURE_KEYS, HEADERS
from actiondesk.enterprises.imports.template import WIDTHS
from actiondesk.enterprises.models import EnterpriseYearFigures

SCALE_LABELS = {value: str(label) for value, label in ScaleStatus.choices if value}


def export_rows(qs, year: int):
    """Rows for the enterprises of ``qs`` (already scoped and filtered) with their figures of ``year``."""
    enterprises = list(qs.select_related("park").order_by("pk"))
    figures = {row["enterprise_id"]: row for row in EnterpriseYearFigures.objects.filter(
        enterprise_id__in=[e.pk for e in enterprises], year=year).values("enterprise_id", *FIGURE_KEYS)}
    for e in enterprises:
        f = figures.get(e.pk)
        yield [e.credit_code, e.name, e.former_names, e.industry_code, e.park.name if e.park_id else "", e.address, e.registered_on,
               e.contact_name, e.contact_phone, SCALE_LABELS.get(e.scale_status, ""), e.scale_entered_on,
               year if f else None] + [(None if f is None or f[k] is None else float(f[k])) for k in FIGURE_KEYS]


def export_xlsx(qs, year: int) -> bytes:
    book = Workbook()
    book.add_table("企业", HEADERS, export_rows(qs, year), widths=WIDTHS, freeze=(1, 2))
    return book.close()
