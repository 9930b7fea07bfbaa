"""Synthetic enterprises for the demo and the benchmarks: believable, deterministic (fixed seed)."""
import datetime
import math
import random

from actiondesk.enterprises import uscc
from actiondesk.enterprises.imports.template import write_sheet

PARKS = [("大南工业产业园", 18), ("智能制造产业园", 16), ("联东U谷", 12), ("中南高科", 10), ("锦联梦工厂", 9),
         ("生命健康产业园", 11), ("苏辽合作产业园", 8), ("沈抚科技城", 9), ("", 7)]
# (GB/T 4754 code, word for the name, weight, scale status when large enough)
INDUSTRIES = [("C3484", "机械", 10, "industry"), ("C3562", "装备", 9, "industry"), ("C3825", "电气", 7, "industry"),
              ("C2720", "制药", 5, "industry"), ("C3581", "医疗器械", 6, "industry"), ("C3973", "电子", 7, "industry"),
              ("C2651", "化工材料", 4, "industry"), ("C3340", "新材料", 6, "industry"), ("C1391", "食品", 4, "industry"),
              ("C3670", "汽车零部件", 5, "industry"), ("I6513", "软件", 9, "service"),
              ("I6531", "信息技术", 7, "service"), ("M7320", "工程技术", 4, "service"), ("M7520", "科技", 5, "service"),
              ("F5176", "贸易", 4, "trade"), ("F5261", "商贸", 3, "trade"), ("G5437", "物流", 3, "service"),
              ("L7212", "企业管理", 2, "service"), ("D4411", "能源", 1, "industry"), ("E4813", "建设", 2, "")]
BRANDS = list("华远盛鑫宏达恒瑞博泰启明天成东方北辰金枫浑河辽沈抚新智云科创锐康诺拓邦隆品美罕通")
SUFFIXES = ["有限公司", "有限公司", "科技有限公司", "股份有限公司", "技术有限公司"]
CODE_CHARS = uscc.CHARSET


def _pick(rng, weighted):
    return rng.choices(weighted, weights=[w[-2] if len(w) == 4 else w[1] for w in weighted])[0]


def credit_code(n: int) -> str:
    body = "MA"
    for _ in range(6):
        n, r = divmod(n, 31)
        body += CODE_CHARS[r]
    return uscc.make_code("91", "210400", body)


def _numbered(name: str, n: int) -> str:
    """Every third name carries ``n`` written in brand characters after its brand, so names stay mostly distinct
    and still read like company names (辽宁宏北华远装备有限公司, not 辽宁宏北装备0有限公司)."""
    extra = ""
    while True:
        n, r = divmod(n, len(BRANDS))
        extra += BRANDS[r]
        if not n:
            break
    return name[:4] + extra + name[4:]


def make_enterprise(rng: random.Random, n: int) -> dict:
    code, word, _w, scale = _pick(rng, INDUSTRIES)
    park = _pick(rng, PARKS)[0]
    brands = rng.choice(BRANDS) + rng.choice(BRANDS)
    suffix = rng.choice(SUFFIXES)
    if suffix.startswith(word):  # "科技" + "科技有限公司" would read 科技科技有限公司
        suffix = suffix[len(word):]
    name = f"辽宁{brands}{word}{suffix}"
    registered = datetime.date(rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28))
    revenue = math.exp(rng.gauss(math.log(450), 1.2))
    return {"credit_code": credit_code(n * 7919 + 13), "name": _numbered(name, n) if n % 3 == 0 else name,
            "industry_code": code, "park": park, "registered_on": registered, "scale_kind": scale,
            "base_revenue": revenue, "growth": rng.gauss(0.08, 0.12), "rnd_ratio": max(0.0, rng.gauss(0.035, 0.025)),
            "tech_share": min(0.9, max(0.02, rng.gauss(0.2, 0.12))), "ip1": int(rng.expovariate(0.6)),
            "ip2": int(rng.expovariate(0.2)), "tax_rate": rng.uniform(0.03, 0.11), "debt": rng.uniform(0.2, 0.85),
            "address": f"沈抚示范区{park or '金枫街'}{rng.randint(1, 300)}号"}


def figures_for(e: dict, year: int, rng: random.Random) -> dict:
    age = year - e["registered_on"].year
    if age < 0:
        return {}
    revenue = e["base_revenue"] * (1 + e["growth"]) ** (year - 2025) * rng.uniform(0.95, 1.05)
    employees = max(3, int(revenue / rng.uniform(40, 90)))
    total_assets = revenue * rng.uniform(0.8, 2.0)
    return {"revenue": round(revenue, 2), "main_revenue": round(revenue * rng.uniform(0.6, 0.98), 2),
            "tax": round(revenue * e["tax_rate"], 2), "rnd_expense": round(revenue * e["rnd_ratio"], 2),
            "employees": employees, "tech_staff": int(employees * e["tech_share"]),
            "total_assets": round(total_assets, 2), "liabilities": round(total_assets * e["debt"], 2),
            "net_profit": round(revenue * rng.gauss(0.06, 0.06), 2),
            "hightech_revenue": round(revenue * rng.uniform(0.1, 0.9), 2), "ip_class1": e["ip1"],
            "ip_class2": e["ip2"], "equity_financing": round(rng.choice([0] * 12 + [500, 1000, 3000]), 2),
            # 综合能耗 (吨标准煤) without a draw of its own, so the random stream stays as it was: high-tax lean firms.
            "energy_tce": round(revenue * (0.2 - e["tax_rate"]), 2)}


def sheet_rows(n: int, *, year: int = 2025, seed: int = 42):
    """``n`` rows in the import sheet's column order, one year of figures each."""
    rng = random.Random(seed)
    for i in range(n):
        e = make_enterprise(rng, i)
        f = figures_for(e, year, rng) or figures_for(e, e["registered_on"].year, rng)
        yield [e["credit_code"], e["name"], "", e["industry_code"], e["park"], e["address"], e["registered_on"],
               "", "", "", None, year, f["revenue"], f["main_revenue"], f["tax"], f["rnd_expense"], f["employees"],
               f["tech_staff"], f["total_assets"], f["liabilities"], f["net_profit"], f["hightech_revenue"],
               f["ip_class1"], f["ip_class2"], f["equity_financing"]]


def generate_enterprises_xlsx(path, n: int, *, seed: int = 42):
    """An import file of ``n`` synthetic enterprises (100,000 for the benchmark)."""
    write_sheet(str(path), sheet_rows(n, seed=seed), constant_memory=True)
    return path
