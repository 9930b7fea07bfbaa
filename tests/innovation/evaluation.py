"""recall@5 and MRR of the scene matcher and of the keyword-overlap baseline on the hand-judged set (eval_set)."""
from actiondesk.innovation import matching
from tests.innovation.eval_set import DEMANDS, SUPPLIES

K = 5


def _chain_id(name: str) -> int | None:
    names = sorted({s[2] for s in SUPPLIES.values() if s[2]} | {d[3] for d in DEMANDS if d[3]})
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


def evaluate() -> dict:
    docs = supply_docs()
    index = matching.Index(docs)
    matcher, baseline = [], []
    for demand in DEMANDS:
        want = int(demand[4][1:])
        matcher.append(([s.id for s in index.rank(demand_doc(demand), k=len(docs))], want))
        baseline.append((matching.keyword_overlap_rank(demand[0], docs, k=len(docs)), want))
    return {"matcher": _score(matcher), "baseline": _score(baseline), "matcher_rankings": matcher}


def evaluate_with_distractors(n: int = 1000) -> dict:
    """The same pairs against the hand-written supplies plus ``n`` generated texts recombining clauses of them."""
    from actiondesk.innovation.synthetic import supply_texts

    docs = supply_docs()
    texts = supply_texts(n, extra=[d.text for d in docs])
    docs += [matching.Doc(id=1000 + i, text=t) for i, t in enumerate(texts)]
    index = matching.Index(docs)
    matcher, baseline = [], []
    for demand in DEMANDS:
        want = int(demand[4][1:])
        matcher.append(([s.id for s in index.rank(demand_doc(demand), k=50)], want))
        baseline.append((matching.keyword_overlap_rank(demand[0], docs, k=50), want))
    return {"matcher": _score(matcher), "baseline": _score(baseline), "distractors": n}
