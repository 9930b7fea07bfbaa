"""Score the plan reader against hand readings of real published plans (tests/plans/corpus/).

The scoring itself is the product's (actiondesk/plans/scoring.py, also behind ``actiondesk plan score DIR``): per
document task recall, lead and support exactness, target precision/recall/F1; then the means over the documents and
the pooled figures, separately for the documents the rules were tuned on and the held-out ones.
Run ``python -m tests.plans.corpus_scorer`` for the table.
"""

import json
from pathlib import Path

from actiondesk.plans.reader import PlanReadError, read_plan_file
from actiondesk.plans.scoring import MEASURES, ratios, report, score_document, squash, summarise, unit_key

__all__ = ["CORPUS", "DOCUMENTS", "MEASURES", "gold_of", "read", "ratios", "score_document", "score_set", "sources",
           "squash", "unit_key"]

CORPUS = Path(__file__).parent / "corpus"
DOCUMENTS = CORPUS / "documents"


def sources() -> dict:
    return json.loads((CORPUS / "sources.json").read_text(encoding="utf-8"))


def gold_of(slug: str) -> dict:
    return json.loads((DOCUMENTS / f"{slug}.gold.json").read_text(encoding="utf-8"))


def read(slug: str) -> dict:
    try:
        return read_plan_file(DOCUMENTS / f"{slug}.txt")
    except PlanReadError:
        return {"tasks": [], "targets": []}


def score_set(split: str) -> dict:
    """Per-document scores, their means, and the pooled scores of one split ("tune" or "held_out")."""
    return summarise({slug: score_document(read(slug), gold_of(slug))
                      for slug, source in sources().items() if source["split"] == split})


def table(split: str) -> str:
    return report(score_set(split), split)


if __name__ == "__main__":  # pragma: no cover - a report for people
    import sys

    for split in ("tune", "held_out"):
        print(table(split))
    if "-v" in sys.argv:
        for split in ("tune", "held_out"):
            for slug, d in score_set(split)["documents"].items():
                for problem in d["problems"]:
                    print(slug, problem)
