"""recall@5 and MRR of the scene matcher and of the keyword-overlap baseline on the hand-judged set (eval_set):
the 71 direct pairs, the 30 harder ones (the problem told in the enterprise's words) and all 101 together; also
all pairs against the 39 supplies plus generated distractors."""
import random

from actiondesk.innovation import matching
from tests.innovation.eval_set import DEMANDS, HARD_DEMANDS, SUPPLIES

K = 5
ALL_DEMANDS = DEMANDS + HARD_DEMANDS


def _chain_id(name: str) -> int | None:
    names = sorted({s[2] for s in SUPPLIES.values() if s[2]} | {d[3] for d in ALL_DEMANDS if d[3]})
    return names.index(name) + 1 if name else None


def supply_docs() -> list[matching.Doc]:
    return [matching.Doc(id=int(key[1:]), text=text, chain_id=_chain_id(chain), industry=industry, category=category,
                         level=level) for key, (industry, category, chain, level, text) in SUPPLIES.items()]


def demand_doc(demand) -> matching.Doc:
    text, industry, category, chain, _relevant = demand
    return matching.Doc(id=0, text=text, chain_id=_chain_id(chain), industry=industry, category=category)


def _score(rankings: list[tuple[list[int], int]]) -> dict:
    hits = sum(1 for ranked, want in rankings if want in ranked[:K])
    mrr = sum(1 / (ranked.index(want) + 1) for ranked, want in rankings if want in ranked) / len(rankings)
    return {"recall_at_5": hits / len(rankings), "mrr": mrr, "pairs": len(rankings)}


def _rankings(docs, demands):
    docs = list(docs)
    random.Random(11).shuffle(docs)  # ties must not favour any supply by its place in the list
    index, baseline = matching.Index(docs), matching.KeywordOverlap(docs)
    depth = min(len(docs), 50)
    matcher_rows, baseline_rows = [], []
    for demand in demands:
        want = int(demand[4][1:])
        matcher_rows.append(([s.id for s in index.rank(demand_doc(demand), k=depth)], want))
        baseline_rows.append((baseline.rank(demand[0], k=depth), want))
    return matcher_rows, baseline_rows


def evaluate(demands=None) -> dict:
    matcher_rows, baseline_rows = _rankings(supply_docs(), ALL_DEMANDS if demands is None else demands)
    return {"matcher": _score(matcher_rows), "baseline": _score(baseline_rows)}


def evaluate_with_distractors(n: int = 1000) -> dict:
    """All pairs against the hand-written supplies plus ``n`` generated texts recombining clauses of them."""
    from actiondesk.innovation.synthetic import supply_texts

    docs = supply_docs()
    docs += [matching.Doc(id=1000 + i, text=t) for i, t in enumerate(supply_texts(n, extra=[d.text for d in docs]))]
    matcher_rows, baseline_rows = _rankings(docs, ALL_DEMANDS)
    return {"matcher": _score(matcher_rows), "baseline": _score(baseline_rows), "distractors": n}
