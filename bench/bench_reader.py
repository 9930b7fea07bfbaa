"""Plan reader speed: the zone's own plan (goal < 1 s) and a 300-page plan (goal < 10 s) made by concatenating
the real plans of the reader corpus (tests/plans/corpus/documents) and the zone plan until it has 300 pages of
700 characters, read from bytes as an upload is. Baseline: decoding and normalising the same bytes
(document_text), the part of reading that is not parsing."""
from pathlib import Path

from common import median_seconds, result

ROOT = Path(__file__).resolve().parent.parent
PAGE_CHARS = 700  # a printed A4 page of a Chinese government document holds about 22 lines × 32 characters


def big_plan(pages: int = 300) -> bytes:
    from actiondesk.plans.samples import SHENFU_2026_TEXT

    parts = [SHENFU_2026_TEXT.read_text(encoding="utf-8")]
    parts += [path.read_text(encoding="utf-8")
              for path in sorted((ROOT / "tests" / "plans" / "corpus" / "documents").glob("*.txt"))]
    text, copies = "", 0
    while len(text) < pages * PAGE_CHARS:
        text += "\n".join(parts) + "\n"
        copies += 1
    return text.encode("utf-8")


def run() -> list[dict]:
    from actiondesk.plans.reader import read_plan
    from actiondesk.plans.reader.documents import document_text
    from actiondesk.plans.samples import SHENFU_2026_TEXT

    zone = SHENFU_2026_TEXT.read_bytes()
    big = big_plan()
    reading = read_plan(big, "big.txt")
    pages = len(document_text(big, "big.txt")) / PAGE_CHARS
    print(f"   300-page plan: {len(big) // 1024} KiB, {pages:.0f} pages, {len(reading['tasks'])} tasks, "
          f"{len(reading['targets'])} targets", flush=True)
    zone_seconds = median_seconds(lambda: read_plan(zone, "zone.txt"))
    big_seconds = median_seconds(lambda: read_plan(big, "big.txt"), repeat=3)
    # Laid end to end, the documents after the first annex heading read as annexes (the body ends there), so the
    # big plan no longer runs every rule on every page: each corpus document read on its own does.
    documents = [path.read_bytes() for path in sorted((ROOT / "tests" / "plans" / "corpus" / "documents").glob("*.txt"))]
    each_seconds = median_seconds(lambda: [read_plan(data, "doc.txt") for data in documents], repeat=3)
    print(f"   corpus read one by one: {len(documents)} documents, "
          f"{sum(len(d) for d in documents) // 1024} KiB", flush=True)
    return [
        result("plans.reader_corpus_each", each_seconds, "s", "document_text of the same documents",
               median_seconds(lambda: [document_text(data, "doc.txt") for data in documents], repeat=3)),
        result("plans.reader_zone_plan", zone_seconds * 1000, "ms", "document_text of the same bytes",
               median_seconds(lambda: document_text(zone, "zone.txt")) * 1000),
        result("plans.reader_300_page_plan", big_seconds, "s", "document_text of the same bytes",
               median_seconds(lambda: document_text(big, "big.txt"), repeat=3)),
    ]
