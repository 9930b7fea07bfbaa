"""Helpers shared by test files that are not fixtures: workbooks in memory, metric values, and comparing a plan
reading with the sample plan's gold reading."""
import datetime
import io
import re

import xlsxwriter

from actiondesk.core.metrics import MetricContext, get_metric


def workbook_bytes(sheets: dict) -> bytes:
    """An .xlsx in memory from {sheet name (None: the default name): [header row, *rows]}; dates as yyyy-mm-dd."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "default_date_format": "yyyy-mm-dd"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                sheet.write(r, c, value)
    book.close()
    return buffer.getvalue()


def xlsx_bytes(rows, headers) -> bytes:
    """A one-sheet .xlsx in memory: the headers, then the rows."""
    return workbook_bytes({None: [headers, *rows]})


def metric_value(name: str, zone, period_end: datetime.date, year: int = 2026):
    """A registered metric's value for the zone, cumulative from 1 January to ``period_end``."""
    return get_metric(name).value(MetricContext(zone_id=zone.pk, year=year, period_end=period_end))

TASK_KEYS = ("number", "title", "group", "lead", "support")
TARGET_ATTRIBUTES = ("comparator", "value_max", "kind", "task")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def target_matches(found: dict, expected: dict) -> bool:
    """Same value and unit, and one text contains the other."""
    if (found["value"], found["unit"]) != (expected["value"], expected["unit"]):
        return False
    a, b = _squash(found["text"]), _squash(expected["text"])
    return a in b or b in a


def target_agreement(found: list[dict], expected: list[dict]) -> dict:
    """Counts of matched targets, and of those the ones whose attributes also agree."""
    used: set[int] = set()
    matched, agreeing, problems = 0, 0, []
    for gold in expected:
        index = next((i for i, t in enumerate(found) if i not in used and target_matches(t, gold)), None)
        if index is None:
            problems.append(("missing", gold["text"]))
            continue
        used.add(index)
        matched += 1
        wrong = [key for key in TARGET_ATTRIBUTES if found[index][key] != gold[key]]
        if wrong or ("reference" in gold and found[index].get("reference") != gold["reference"]):
            problems.append(("attributes", gold["text"], wrong))
        else:
            agreeing += 1
    problems += [("extra", t["text"]) for i, t in enumerate(found) if i not in used]
    return {
        "matched": matched, "agreeing": agreeing, "found": len(found), "expected": len(expected),
        "recall": agreeing / len(expected), "precision": agreeing / max(len(found), 1),
        "problems": problems,
    }


def assert_reads_like_gold(reading: dict, gold: dict) -> None:
    for key in ("title", "year", "goals", "programmes", "safeguards", "departments"):
        assert reading[key] == gold[key], key
    assert [{key: task[key] for key in TASK_KEYS} for task in reading["tasks"]] == gold["tasks"]
    agreement = target_agreement(reading["targets"], gold["targets"])
    assert agreement["recall"] >= 0.95, agreement["problems"]
    assert agreement["precision"] >= 0.95, agreement["problems"]
