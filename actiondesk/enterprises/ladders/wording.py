"""Ladder criteria in words: an expression such as ``tech_staff / employees * 100`` becomes
"科技人员 ÷ 从业人员 × 100", so the criteria page speaks the reader's language, never the rule language."""
import ast
import re

from django.utils.translation import gettext as _

from actiondesk.enterprises.choices import CertificationKind
from actiondesk.enterprises.ladders.expressions import FIGURES, KINDS, PREFIXES
from actiondesk.enterprises.models import EnterpriseYearFigures

_OPS = {ast.Add: "+", ast.Sub: "−", ast.Mult: "×", ast.Div: "÷"}
_CMPS = {ast.GtE: "≥", ast.Gt: ">", ast.LtE: "≤", ast.Lt: "<", ast.Eq: "="}


def _figure_labels() -> dict[str, str]:
    labels = {}
    for figure in FIGURES:
        label = re.sub(r"\(.*?\)|（.*?）", "", str(EnterpriseYearFigures._meta.get_field(figure).verbose_name))
        years = {"": _("上年度"), "prev_": _("前一年"), "prev2_": _("前两年"), "prev3_": _("前三年")}
        for prefix in PREFIXES:
            labels[prefix + figure] = years[prefix] + label
    return labels


def _name(name: str, labels: dict) -> str:
    if name == "age_years":
        return _("成立年限")
    if name.startswith("has_") and name[4:] in KINDS:
        return _("持有%(kind)s称号") % {"kind": CertificationKind(name[4:]).label}
    return labels.get(name, name)


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _words(node, labels) -> str:
    if isinstance(node, ast.Expression):
        return _words(node.body, labels)
    if isinstance(node, ast.Constant):
        return _number(node.value)
    if isinstance(node, ast.Name):
        return _name(node.id, labels)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return "−" + _words(node.operand, labels)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        return f"（{_words(node.left, labels)}）^（{_words(node.right, labels)}）"
    if isinstance(node, ast.BinOp):
        left, right = _words(node.left, labels), _words(node.right, labels)
        if isinstance(node.right, ast.BinOp) and not isinstance(node.right.op, ast.Pow):
            right = f"（{right}）"
        if isinstance(node.left, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)) \
                and isinstance(node.left.op, (ast.Add, ast.Sub)):
            left = f"（{left}）"
        return f"{left} {_OPS[type(node.op)]} {right}"
    if isinstance(node, ast.BoolOp):
        joiner = _(" 且 ") if isinstance(node.op, ast.And) else _(" 或 ")
        return joiner.join(_words(v, labels) for v in node.values)
    if isinstance(node, ast.Compare):
        parts = [_words(node.left, labels)]
        for op, right in zip(node.ops, node.comparators, strict=True):
            parts += [_CMPS[type(op)], _words(right, labels)]
        return " ".join(parts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        args = [_words(a, labels) for a in node.args]
        if node.func.id in ("min", "max"):
            word = _("较小者") if node.func.id == "min" else _("较大者")
            return f"{word}（{'，'.join(args)}）"
        if node.func.id in ("bands", "bands_at_most"):
            sign = "≥" if node.func.id == "bands" else "≤"
            steps = "；".join(_("%(sign)s%(at)s得%(points)s分") % {"sign": sign, "at": args[i], "points": args[i + 1]}
                              for i in range(1, len(args) - 1, 2))
            return _("［按%(x)s分档：%(steps)s；否则0分］") % {"x": args[0], "steps": steps}
    raise ValueError(f"cannot word {ast.dump(node)}")


def in_words(expression: str) -> str:
    """The expression in Chinese words and math signs; the expression itself if it cannot be read."""
    if not expression:
        return ""
    try:
        return _words(ast.parse(expression, mode="eval"), _figure_labels())
    except (SyntaxError, ValueError, KeyError):
        return expression


def vocabulary() -> list[tuple[str, str]]:
    """(name, meaning) of every name and function the rule language accepts, for the criteria editor's help."""
    labels = _figure_labels()
    rows = [(f, labels[f]) for f in FIGURES]
    rows += [(_("前缀 prev_ / prev2_ / prev3_"), _("前一年 / 前两年 / 前三年的同一数字")),
             ("age_years", _name("age_years", labels))]
    rows += [(f"has_{k}", _name(f"has_{k}", labels) + _("（是为1，否为0）")) for k in KINDS]
    rows += [("min(a, b) / max(a, b)", _("较小者 / 较大者")),
             ("bands(x, 6, 50, 5, 40)", _("分档计分：x ≥ 6 得50分，≥ 5 得40分，否则0分")),
             ("bands_at_most(x, 55, 10, 75, 5)", _("分档计分：x ≤ 55 得10分，≤ 75 得5分，否则0分"))]
    return rows
