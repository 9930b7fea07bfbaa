from actiondesk.supervision.exports.docx import docx_report
from actiondesk.supervision.exports.xlsx import xlsx_ledger

__all__ = ["docx_report", "xlsx_ledger"]
