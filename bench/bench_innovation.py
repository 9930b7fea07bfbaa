"""The scene matcher (jieba + bm25s + structured boosts) on the hand-judged pairs of tests/innovation/eval_set.py:
recall@5 and MRR against a plain keyword-overlap baseline (the same tokens, counted without weights or boosts),
on the 39 hand-written supplies and with 1,000 generated distractors; then the time to match one demand against
10,000 supply texts (median over the 101 demands, index built once) against the baseline's time."""
import statistics
import time

from common import result


def run() -> list[dict]:
    from actiondesk.innovation import matching
    from actiondesk.innovation.synthetic import supply_texts
    from tests.innovation.evaluation import (
        ALL_DEMANDS,
        demand_doc,
        evaluate,
        evaluate_with_distractors,
        supply_docs,
    )

    matching.tokenizer()  # jieba's dictionary loads once per process (about a second), outside the timings
    plain, noisy = evaluate(), evaluate_with_distractors(1000)
    pairs = plain["matcher"]["pairs"]
    lines = [
        result(f"innovation.match_recall_at_5_{pairs}_pairs", plain["matcher"]["recall_at_5"], "",
               "keyword overlap", plain["baseline"]["recall_at_5"]),
        result(f"innovation.match_mrr_{pairs}_pairs", plain["matcher"]["mrr"], "", "keyword overlap",
               plain["baseline"]["mrr"]),
        result("innovation.match_recall_at_5_with_1000_distractors", noisy["matcher"]["recall_at_5"], "",
               "keyword overlap", noisy["baseline"]["recall_at_5"]),
        result("innovation.match_mrr_with_1000_distractors", noisy["matcher"]["mrr"], "", "keyword overlap",
               noisy["baseline"]["mrr"]),
    ]
    docs = supply_docs()
    docs += [matching.Doc(id=1000 + i, text=t, industry="equipment" if i % 3 else "it",
                          category="manufacturing" if i % 2 else "city", chain_id=i % 9 + 1)
             for i, t in enumerate(supply_texts(10_000 - len(docs), seed=3, extra=[d.text for d in docs]))]
    tokenized = [matching.tokens(d.text) for d in docs]
    started = time.perf_counter()
    index = matching.Index(docs, tokenized=tokenized)
    build = time.perf_counter() - started
    baseline = matching.KeywordOverlap(docs, tokenized=tokenized)
    queries = [demand_doc(d) for d in ALL_DEMANDS]

    def per_query(call) -> float:
        samples = []
        for query in queries:
            started = time.perf_counter()
            call(query)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    per_query(lambda q: index.rank(q, k=5))  # warm-up
    match = per_query(lambda q: index.rank(q, k=5))
    overlap = per_query(lambda q: baseline.rank(q.text, k=5))
    print(f"   index of {len(docs):,} supply texts built in {build * 1000:.0f} ms (tokens already cut)", flush=True)
    lines.append(result("innovation.match_one_demand_10000_supplies", match * 1000, "ms",
                        "keyword overlap over the same 10,000", overlap * 1000))
    return lines
