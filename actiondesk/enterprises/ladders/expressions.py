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


class _Emitter:
    """AST → Python source. bands/min/max are inlined with walrus temporaries: no call per row."""

    def __init__(self):
        self.temps = 0

    def temp(self) -> str:
        self.temps += 1
        return f"_t{self.temps}"

    def emit(self, node) -> str:  # noqa: C901 - one branch per allowed node type
        emit = self.emit
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
            return repr(float(node.value))
        if isinstance(node, ast.Name):
            if node.id not in NAMES:
                raise ExpressionError(f"未知字段：{node.id}")
            return node.id
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return f"(-{emit(node.operand)})"
        if isinstance(node, ast.BinOp):
            left, right = emit(node.left), emit(node.right)
            if type(node.op) in _BINOPS:
                return f"({left} {_BINOPS[type(node.op)]} {right})"
            if isinstance(node.op, ast.Div):
                d = self.temp()
                return f"({left} / {d} if ({d} := {right}) else _NAN)"
            if isinstance(node.op, ast.Pow):
                b = self.temp()
                return f"({b} ** {right} if ({b} := {left}) > 0 else _NAN)"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS \
                and not node.keywords:
            return self.call(node.func.id, [emit(a) for a in node.args], node.args)
        if isinstance(node, ast.Compare) and all(type(op) in _CMPOPS for op in node.ops):
            parts = [emit(node.left)]
            for op, comparator in zip(node.ops, node.comparators, strict=True):
                parts += [_CMPOPS[type(op)], emit(comparator)]
            return f"({' '.join(parts)})"
        if isinstance(node, ast.BoolOp):
            joiner = " and " if isinstance(node.op, ast.And) else " or "
            return f"({joiner.join(emit(v) for v in node.values)})"
        raise ExpressionError(f"不支持的写法：{ast.unparse(node) if hasattr(node, 'lineno') else type(node).__name__}")

    def call(self, name: str, args: list[str], nodes) -> str:
        if name in ("bands", "bands_at_most"):
            if len(args) < 3 or len(args) % 2 == 0 or not all(isinstance(n, ast.Constant) for n in nodes[1:]):
                raise ExpressionError(f"{name} 需要 (值, 阈值, 分数, …) 且阈值、分数为常数")
            t, cmp = self.temp(), ">=" if name == "bands" else "<="
            chain, first = "", True
            for i in range(1, len(args), 2):
                subject = f"({t} := {args[0]})" if first else t
                chain += f"{args[i + 1]} if {subject} {cmp} {args[i]} else "
                first = False
            return f"({chain}0.0)"
        if len(args) != 2:
            raise ExpressionError(f"{name} 需要两个参数")
        a, b = self.temp(), self.temp()
        keep_a = "<=" if name == "min" else ">="
        keep_b = "<" if name == "min" else ">"
        # NaN fails both comparisons, so a NaN argument gives NaN.
        return f"({a} if ({a} := {args[0]}) {keep_a} ({b} := {args[1]}) else {b} if {b} {keep_b} {a} else _NAN)"


@lru_cache(maxsize=2048)
def to_python(text: str) -> str:
    """Python source for an expression; raises ExpressionError on anything outside the language."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"算式无法解析：{text}") from exc
    return _Emitter().emit(tree.body)


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
