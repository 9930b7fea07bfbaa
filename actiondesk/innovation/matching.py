"""Explainable matching of the 场景项目库: jieba tokens (with the zone's industry terms, data/industry_terms.txt),
BM25 over the texts (bm25s) and structured boosts (same chain, same industry, same scene category, case level).

Every suggestion says why: the matched terms with their share of the text score, and each boost applied.
The tokenizer loads lazily (jieba's dictionary takes about a second) and once per process; an index is cached
per set of documents (keyed by ids and their last change) so a page asks for suggestions without rebuilding.
"""
import logging
import re
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

TERMS_FILE = Path(__file__).resolve().parent / "data" / "industry_terms.txt"
# Structured boosts, as shares added to the text score (score = text × (1 + Σ boosts)); shown with each suggestion.
BOOST_SAME_CHAIN = 0.30
BOOST_SAME_INDUSTRY = 0.15
BOOST_SAME_CATEGORY = 0.10
BOOST_LEVEL = {"national": 0.10, "provincial": 0.07, "city": 0.04, "district": 0.0, "": 0.0}
LEVEL_LABEL = {"national": "国家级", "provincial": "省级", "city": "市级", "district": "区级"}
STOPWORDS = frozenset("""的 了 和 与 及 或 等 在 对 为 以 将 把 被 是 有 我们 我 公司 企业 需要 需求 希望 提供 能够 可以 实现
进行 开展 相关 一套 一个 一种 方面 问题 目前 现有 通过 用于 基于 支持 以上 以下 工作 项目 单位 服务 解决 方案 技术 系统
平台 建设 应用 能力 具有 具备 我司 拟 寻求 寻找 合作 其他 主要 包括 如 其 并 及其 已 已经 年 月 日 个 家 套 台 万元""".split())
_TOKEN_OK = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")

_lock = threading.Lock()
_tokenizer = None


def tokenizer():
    """The jieba tokenizer with the industry terms, built on first use (its cache file goes to the temp dir)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.tmp_dir = tempfile.gettempdir()
                tok.initialize()
                tok.load_userdict(str(TERMS_FILE))
                _tokenizer = tok
    return _tokenizer


def tokens(text: str) -> list[str]:
    """Search-mode tokens (words and their parts), lower-cased, without stop words, punctuation or single CJK characters."""
    out = []
    for token in tokenizer().cut_for_search(text or ""):
        token = token.strip().lower()
        if not token or token in STOPWORDS or not _TOKEN_OK.search(token):
            continue
        if len(token) == 1 and not token.isascii():
            continue
        out.append(token)
    return out


@dataclass(frozen=True)
class Doc:
    id: int
    text: str
    chain_id: int | None = None
    industry: str = ""
    category: str = ""
    level: str = ""


@dataclass
class Suggestion:
    id: int
    rank: int
    score: float
    text_score: float
    terms: list[tuple[str, float]]  # (term, its share of the text score, 0–1)
    reasons: list[str] = field(default_factory=list)

    @property
    def term_list(self) -> list[str]:
        return [t for t, _share in self.terms]


class Index:
    """BM25 over a fixed list of documents plus their structured facts, as numpy arrays for the boosts."""

    def __init__(self, docs: list[Doc], *, tokenized: list[list[str]] | None = None):
        import bm25s

        self.docs = docs
        self.ids = np.array([d.id for d in docs], dtype=np.int64)
        corpus = tokenized if tokenized is not None else [tokens(d.text) for d in docs]
        self.retriever = bm25s.BM25()
        if docs:
            self.retriever.index(corpus, show_progress=False)
        self.vocab = self.retriever.vocab_dict if docs else {}
        self._chain = np.array([d.chain_id or -1 for d in docs], dtype=np.int64)
        self._industry = np.array([d.industry or "" for d in docs], dtype=object)
        self._category = np.array([d.category or "" for d in docs], dtype=object)
        self._level = np.array([BOOST_LEVEL.get(d.level or "", 0.0) for d in docs], dtype=np.float32)

    def rank(self, query: Doc, *, k: int = 5, exclude: set[int] = frozenset()) -> list[Suggestion]:
        if not self.docs:
            return []
        terms = list(dict.fromkeys(t for t in tokens(query.text) if t in self.vocab))
        if not terms:
            return []
        per_term = np.vstack([self.retriever.get_scores([t]) for t in terms])  # terms × docs
        text = per_term.sum(axis=0)
        boost = np.zeros(len(self.docs), dtype=np.float32)
        if query.chain_id:
            boost += (self._chain == query.chain_id) * BOOST_SAME_CHAIN
        if query.industry and query.industry != "other":
            boost += (self._industry == query.industry).astype(np.float32) * BOOST_SAME_INDUSTRY
        if query.category and query.category != "other":
            boost += (self._category == query.category).astype(np.float32) * BOOST_SAME_CATEGORY
        boost += self._level
        score = text * (1 + boost)
        if exclude:
            score[np.isin(self.ids, list(exclude))] = 0
        top = min(k, int((score > 0).sum()))
        if top == 0:
            return []
        best = np.argpartition(-score, top - 1)[:top]
        best = best[np.argsort(-score[best], kind="stable")]
        out = []
        for rank, i in enumerate(best, start=1):
            doc = self.docs[i]
            contributions = [(terms[j], float(per_term[j, i])) for j in range(len(terms)) if per_term[j, i] > 0]
            contributions.sort(key=lambda c: -c[1])
            total = float(text[i]) or 1.0
            out.append(Suggestion(id=doc.id, rank=rank, score=round(float(score[i]), 4),
                                  text_score=round(float(text[i]), 4),
                                  terms=[(t, round(c / total, 3)) for t, c in contributions],
                                  reasons=reasons(query, doc, float(text[i]), contributions)))
        return out


def reasons(query: Doc, doc: Doc, text_score: float, contributions) -> list[str]:
    shown = "、".join(t for t, _c in contributions[:6])
    out = [f"文本相关度 {text_score:.2f}（命中 {len(contributions)} 个词：{shown}）"]
    if query.chain_id and doc.chain_id == query.chain_id:
        out.append(f"同一产业链 +{BOOST_SAME_CHAIN:.0%}")
    if query.industry and query.industry != "other" and doc.industry == query.industry:
        out.append(f"同一产业领域 +{BOOST_SAME_INDUSTRY:.0%}")
    if query.category and query.category != "other" and doc.category == query.category:
        out.append(f"同一场景类别 +{BOOST_SAME_CATEGORY:.0%}")
    if BOOST_LEVEL.get(doc.level or "", 0):
        out.append(f"{LEVEL_LABEL[doc.level]}应用案例 +{BOOST_LEVEL[doc.level]:.0%}")
    return out


class KeywordOverlap:
    """The plain baseline: rank by the number of distinct shared tokens (no term weights, no boosts)."""

    def __init__(self, docs: list[Doc], *, tokenized: list[list[str]] | None = None):
        self.ids = [d.id for d in docs]
        self.sets = [set(t) for t in (tokenized if tokenized is not None else [tokens(d.text) for d in docs])]

    def rank(self, query_text: str, *, k: int = 5) -> list[int]:
        wanted = set(tokens(query_text))
        scored = [(len(wanted & terms), -n) for n, terms in enumerate(self.sets)]
        best = sorted((s for s in scored if s[0] > 0), reverse=True)[:k]
        return [self.ids[-n] for _s, n in best]


def keyword_overlap_rank(query_text: str, docs: list[Doc], *, k: int = 5) -> list[int]:
    return KeywordOverlap(docs).rank(query_text, k=k)


_cache: "OrderedDict[tuple, Index]" = OrderedDict()
_CACHE_SIZE = 8


def cached_index(key: tuple, docs_factory) -> Index:
    """The index for ``key`` (e.g. zone, kind and the documents' last change), built once while it stays current."""
    with _lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    index = Index(docs_factory())
    with _lock:
        _cache[key] = index
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return index
