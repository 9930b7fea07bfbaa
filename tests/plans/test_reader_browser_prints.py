"""A plan printed to PDF by a browser — a portal's page, its paragraphs mostly a line or two, each set in two
characters — reads as its text does: before the twenty-sixth session a page of one-line paragraphs took the indent for
its margin and ran each paragraph on from the one above (sixteen corpus plans so printed read task recall 0.74, lead
0.73), a book's mirrored pages as well — and laid out as a 公文 (titles centred in larger type, the number and the
addressee each a line, the signature and date set right), which before the twenty-seventh session ran a page of centred
titles and signatures on from its indent."""

import re

import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.scoring import score_document
from tests.plans.corpus_scorer import DOCUMENTS, gold_of
from tests.plans.printed import printed_pdf

MEASURES = ("task_recall", "lead_exact", "support_exact", "target_precision", "target_recall")


# "1 组织领导 8 组织领导 积极配合…": a table the text writes a row a line, its cells parted by spaces — a print sets it as
# paragraphs, as no real print of the table does.
_SPACED_ROW = re.compile(r"^\d{1,3} +\S+ +\S", re.M)


def _plans(every: int) -> list[str]:
    """Corpus plans of up to 9,000 characters with four tasks or more (every sixth, or all), but those whose tables
    the text writes with spaces between cells: short paragraphs, as portals print."""
    slugs = []
    for path in sorted(DOCUMENTS.glob("*.txt"))[3 % every::every]:
        text = path.read_text(encoding="utf-8")
        if len(text) < 9000 and len(gold_of(path.stem)["tasks"]) >= 4 and len(_SPACED_ROW.findall(text)) < 3:
            slugs.append(path.stem)
    return slugs


# The 公文 layout prints every such plan (81): before the twenty-seventh session 9 of them read worse than their text.
@pytest.mark.parametrize(("mirrored", "official", "every"), [(False, False, 6), (True, False, 6), (False, True, 1)],
                         ids=["even margins", "mirrored margins", "公文 layout"])
def test_a_plan_printed_to_pdf_by_a_browser_reads_as_its_text_does(browser, mirrored, official, every):
    page = browser.new_page()
    try:
        differ = {}
        slugs = _plans(every)
        for slug in slugs:
            text = (DOCUMENTS / f"{slug}.txt").read_text(encoding="utf-8")
            gold = gold_of(slug)
            as_text = score_document(read_plan(text.encode("utf-8"), f"{slug}.txt"), gold)
            as_pdf = score_document(read_plan(printed_pdf(page, text, mirrored, official), f"{slug}.pdf"), gold)
            if any(as_pdf[measure] != as_text[measure] for measure in MEASURES):
                differ[slug] = ({m: as_text[m] for m in MEASURES}, {m: as_pdf[m] for m in MEASURES})
    finally:
        page.close()
    assert len(slugs) >= 12 and not differ, differ
