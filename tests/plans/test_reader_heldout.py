"""The reader on a held-out set of whole real plans (tests/plans/heldout/), never used to write or tune a rule.

Scored with the corpus scorer (tests/plans/corpus_scorer.py): per document task recall, lead and support exactness
and target precision/recall/F1, then the means over the documents and the pooled figures. The goals of issue 13
(task recall ≥ 0.95, lead exact ≥ 0.90, target F1 ≥ 0.90) are not asserted here yet: the lead sets the thresholds
once the tuned reader is merged. These tests check that the set is well formed and that it can be scored.
Run ``python -m tests.plans.test_reader_heldout`` for the table, ``-v`` for every problem.

The set is whatever stands in ``heldout/documents/`` (each ``SLUG.txt`` with its ``SLUG.gold.json``): documents come
and go (scored blind, then moved into the corpus), so nothing here names one, and an empty set is skipped.
"""

import json
import sys
from pathlib import Path

import pytest

from actiondesk.plans.reader import PlanReadError, read_plan_file
from actiondesk.plans.scoring import COMPARATORS, MEASURES, report, score_document, squash, summarise
from tests.plans.corpus_scorer import CORPUS

HELD_OUT = Path(__file__).parent / "heldout"
DOCUMENTS = HELD_OUT / "documents"


def sources() -> dict:
    path = HELD_OUT / "sources.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def slugs() -> list[str]:
    """Every document present in the directory, whatever sources.json lists."""
    if not DOCUMENTS.is_dir():
        return []
    return sorted(path.name.removesuffix(".gold.json") for path in DOCUMENTS.glob("*.gold.json"))


def gold_of(slug: str) -> dict:
    return json.loads((DOCUMENTS / f"{slug}.gold.json").read_text(encoding="utf-8"))


def text_of(slug: str) -> str:
    return (DOCUMENTS / f"{slug}.txt").read_text(encoding="utf-8")


def read(slug: str) -> dict:
    try:
        return read_plan_file(DOCUMENTS / f"{slug}.txt")
    except PlanReadError:
        return {"tasks": [], "targets": []}


def score_held_out() -> dict:
    """Per-document scores, their means and the pooled scores of the held-out set."""
    return summarise({slug: score_document(read(slug), gold_of(slug)) for slug in slugs()})


def table(result: dict) -> str:
    return report(result, "held-out", 54)


needs_documents = pytest.mark.skipif(not slugs(), reason="the held-out set is empty (its documents moved to the corpus)")


@pytest.fixture(scope="module")
def scored():
    return score_held_out()


@needs_documents
def test_the_held_out_set_holds_whole_real_plans_each_with_its_source():
    listed = sources()
    assert {path.name.split(".")[0] for path in DOCUMENTS.iterdir() if not path.name.startswith(".")} == set(slugs())
    assert set(slugs()) <= set(listed), "every held-out document has its sources.json entry"
    for slug in slugs():
        source = listed[slug]
        assert source["source"].startswith("http") and source["retrieved"], slug
        assert source["level"] and source["province"] and source["issuer"] and source["year"], slug
        assert source["split"] == "held_out", slug
        assert len(text_of(slug)) > 2000, slug  # whole documents, not excerpts


@needs_documents
def test_no_held_out_document_is_in_the_tuning_corpus():
    corpus = json.loads((CORPUS / "sources.json").read_text(encoding="utf-8"))
    assert not set(slugs()) & set(corpus)
    assert not {sources()[slug]["source"] for slug in slugs()} & {s["source"] for s in corpus.values()}
    corpus_titles = {squash(json.loads(p.read_text(encoding="utf-8"))["title"])
                     for p in (CORPUS / "documents").glob("*.gold.json")}
    held_out_titles = {squash(gold_of(slug)["title"]) for slug in slugs()}
    assert not corpus_titles & held_out_titles
    openings = {squash(p.read_text(encoding="utf-8"))[:200] for p in (CORPUS / "documents").glob("*.txt")}
    for slug in slugs():
        body = squash(text_of(slug))
        assert not any(opening and opening in body for opening in openings), slug


@pytest.mark.parametrize("slug", slugs())
def test_every_gold_reading_is_well_formed_and_quotes_its_document(slug):
    gold, body = gold_of(slug), squash(text_of(slug))
    assert set(gold) == {"title", "year", "tasks", "targets"}, slug
    assert isinstance(gold["year"], int) and squash(gold["title"]) in body
    assert gold["tasks"]
    for task in gold["tasks"]:
        assert set(task) == {"number", "title", "lead", "support"}, task
        assert task["title"] and squash(task["title"]) in body, task
        assert task["lead"], task  # every held-out task names who leads it
        assert not set(task["lead"]) & set(task["support"]), task
        for name in task["lead"] + task["support"]:
            assert isinstance(name, str) and squash(name) in body, (task, name)
    assert len({task["number"] for task in gold["tasks"]}) == len(gold["tasks"]), slug
    for target in gold["targets"]:
        assert {"text", "value", "unit", "comparator", "value_max"} <= set(target), target
        assert squash(target["text"]) in body, target
        assert target["comparator"] in COMPARATORS, target
        if target["value"] is None:
            assert target.get("reference"), target
        else:
            assert isinstance(target["value"], int | float) and target["unit"], target
        if target["comparator"] == "range":
            assert target["value_max"] > target["value"], target
        else:
            assert target["value_max"] is None, target


@needs_documents
def test_the_held_out_set_is_scored_per_document_with_means_and_pooled_figures(scored):
    print("\n" + table(scored))
    assert set(scored["documents"]) == set(slugs())
    for d in scored["documents"].values():
        assert d["matched"] <= d["tasks"] and max(d["lead"], d["support"]) <= d["matched"]
        assert d["correct"] <= min(d["targets"], d["found"])
    for figures in [scored["mean"], scored["pooled"], *scored["documents"].values()]:
        assert all(0 <= figures[key] <= 1 for key in MEASURES), figures
    assert scored["totals"]["tasks"] == sum(len(gold_of(slug)["tasks"]) for slug in slugs())


def test_an_empty_held_out_set_scores_nothing_without_failing(monkeypatch, tmp_path):
    monkeypatch.setattr(sys.modules[__name__], "DOCUMENTS", tmp_path / "documents")
    result = score_held_out()
    assert result["documents"] == {} and result["totals"]["tasks"] == 0
    assert "mean" in table(result)


if __name__ == "__main__":  # pragma: no cover - a report for people
    result = score_held_out()
    if not result["documents"]:
        print("held-out: no documents in", DOCUMENTS, "- nothing to score")
        sys.exit(0)
    print(table(result))
    if "-v" in sys.argv:
        for slug, d in result["documents"].items():
            for problem in d["problems"]:
                print(slug, problem)
