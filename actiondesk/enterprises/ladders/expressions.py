"""A small, safe arithmetic language for ladder criteria, compiled to Python source.

Names are yearly figures (``revenue``, ``rnd_expense`` …; ``prev_``/``prev2_``/``prev3_`` for earlier
years), ``age_years`` and ``has_<certification kind>`` (1 or 0). Allowed: numbers, + - * / **, unary
minus, comparisons and and/or (in conditions), and the functions min, max, bands, bands_at_most.
Missing values are NaN, so every comparison with them is false; x / 0 is NaN too.
"""
import ast
import math
from functools import lru_cache

FIGURES = ("revenue", "main_revenue", "tax", "rnd_expense", "employees", "tech_staff", "total_assets",
           "liabilities", "net_profit", "hightech_revenue", "ip_class1", "ip_class2", "equity_financing")
PREFIXES = ("", "prev_", "prev2_", "prev3_")
KINDS = ("tech_sme", "high_tech", "leading", "fledgling", "gazelle", "unicorn", "innovative_sme",
         "specialised_sme", "little_giant", "single_champion", "listed")
NAMES = frozenset([p + f for p in PREFIXES for f in FIGURES] + ["age_years"] + [f"has_{k}" for k in KINDS])
NAN = math.nan


def bands(x, *pairs):
    """Points for the first threshold that x reaches: bands(x, 6, 50, 5, 40) → 50 if x ≥ 6, 40 if x ≥ 5, else 0."""
    for i in range(0, len(pairs), 2):
        if x >= pairs[i]:
            return pairs[i + 1]
    return 0


def bands_at_most(x, *pairs):
    """Points for the first threshold that x stays within: bands_at_most(x, 55, 10, 75, 5)."""
    for i in range(0, len(pairs), 2):
        if x <= pairs[i]:
            return pairs[i + 1]
    return 0


def _min(*values):
    return NAN if any(v != v for v in values) else min(values)


def _max(*values):
    return NAN if any(v != v for v in values) else max(values)


FUNCTIONS = {"min": "_min", "max": "_max", "bands": "bands", "bands_at_most": "bands_at_most"}
GLOBALS = {"_NAN": NAN, "_min": _min, "_max": _max, "bands": bands, "bands_at_most": bands_at_most,
           "__builtins__": {}}
_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*"}
_CMPOPS = {ast.GtE: ">=", ast.Gt: ">", ast.LtE: "<=", ast.Lt: "<", ast.Eq: "=="}


class ExpressionError(ValueError):
    pass


def _emit(node) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
        return repr(float(node.value))
    if isinstance(node, ast.Name):
        if node.id not in NAMES:
            raise ExpressionError(f"未知字段：{node.id}")
        return node.id
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return f"(-{_emit(node.operand)})"
    if isinstance(node, ast.BinOp):
        left, right = _emit(node.left), _emit(node.right)
        if type(node.op) in _BINOPS:
            return f"({left} {_BINOPS[type(node.op)]} {right})"
        if isinstance(node.op, ast.Div):
            return f"({left} / {right} if {right} else _NAN)"
        if isinstance(node.op, ast.Pow):
            return f"({left} ** {right} if {left} > 0 else _NAN)"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS and not node.keywords:
        return f"{FUNCTIONS[node.func.id]}({', '.join(_emit(a) for a in node.args)})"
    if isinstance(node, ast.Compare) and all(type(op) in _CMPOPS for op in node.ops):
        parts = [_emit(node.left)]
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            parts += [_CMPOPS[type(op)], _emit(comparator)]
        return f"({' '.join(parts)})"
    if isinstance(node, ast.BoolOp):
        joiner = " and " if isinstance(node.op, ast.And) else " or "
        return f"({joiner.join(_emit(v) for v in node.values)})"
    raise ExpressionError(f"不支持的写法：{ast.unparse(node) if hasattr(node, 'lineno') else type(node).__name__}")


@lru_cache(maxsize=2048)
def to_python(text: str) -> str:
    """Python source for an expression; raises ExpressionError on anything outside the language."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"算式无法解析：{text}") from exc
    return _emit(tree.body)


def names_in(text: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(text.strip(), mode="eval")) if isinstance(n, ast.Name)} & NAMES


@lru_cache(maxsize=2048)
def compiled(text: str):
    return compile(to_python(text), "<criterion>", "eval")


def evaluate(text: str, facts: dict) -> float:
    """Value of an expression over a facts dict; missing names count as NaN."""
    scope = {name: _number(facts.get(name)) for name in names_in(text)}
    value = eval(compiled(text), GLOBALS, scope)  # noqa: S307 - compiled from a whitelisted AST
    return float(value)


def _number(value) -> float:
    if value is None:
        return NAN
    return float(value)
