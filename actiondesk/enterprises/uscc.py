"""统一社会信用代码 (GB 32100-2015) and its embedded 组织机构代码 (GB 11714-1997): checks and generation.

Pure functions, no Django. ``check(code)`` returns None for a valid code, or the reason naming the
check that failed, so imports and forms can tell the user exactly what is wrong.
"""
from operator import mul

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
VALUES = {c: i for i, c in enumerate(CHARSET)}
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
# GB 11714 values letters A=10 … Z=35 (not the 31-character table of GB 32100).
ORG_VALUES = {c: int(c, 36) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
VALID_PREFIXES = frozenset(
    "11 12 13 19 21 29 31 32 33 34 35 39 41 49 51 52 53 59 61 62 69 71 72 79 81 89 91 92 93 "
    "A1 A9 N1 N2 N3 N9 Y1".split()
)
_CHARSET_SET = frozenset(CHARSET)
_value = VALUES.__getitem__
_org_value = ORG_VALUES.__getitem__

REASON_LENGTH = "长度应为18位"
REASON_CHARSET = "含非法字符"
REASON_PREFIX = "登记管理部门码/机构类别码无效"
REASON_ORG = "组织机构代码校验位错误(GB 11714)"
REASON_CHECK = "校验码错误(GB 32100 模31)"


def check_character(first17: str) -> str:
    """The GB 32100 mod-31 check character for the first 17 characters."""
    total = sum(map(mul, map(_value, first17), WEIGHTS))
    return CHARSET[(31 - total % 31) % 31]


def org_check_character(body8: str) -> str:
    """The GB 11714 check character for an 8-character organisation-code body."""
    total = sum(map(mul, map(_org_value, body8), ORG_WEIGHTS))
    r = 11 - total % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def check(code) -> str | None:
    """None when ``code`` is a valid 统一社会信用代码, else the reason (which check failed)."""
    if not isinstance(code, str) or len(code) != 18:
        return f"{REASON_LENGTH}（实际{len(code) if isinstance(code, str) else 0}位）"
    if not _CHARSET_SET.issuperset(code):
        bad = "".join(sorted({c for c in code if c not in _CHARSET_SET}))
        return f"{REASON_CHARSET}“{bad}”（不得含 I、O、S、V、Z 或小写字母）"
    if code[:2] not in VALID_PREFIXES:
        return f"{REASON_PREFIX}“{code[:2]}”"
    if org_check_character(code[8:16]) != code[16]:
        return f"{REASON_ORG}：应为“{org_check_character(code[8:16])}”"
    expected = check_character(code[:17])
    if expected != code[17]:
        return f"{REASON_CHECK}：应为“{expected}”"
    return None


def is_valid(code) -> bool:
    return check(code) is None


def make_code(prefix: str, region: str, body8: str) -> str:
    """A valid code from a 2-char prefix, a 6-digit region code and an 8-char organisation body."""
    org = body8 + org_check_character(body8)
    first17 = prefix + region + org
    return first17 + check_character(first17)
