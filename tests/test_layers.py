"""The layer order written in docs/ARCHITECTURE.md holds for every module's imports and every template.

The list is parsed from the document itself, so the doc and this test cannot drift apart.
"""
import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "actiondesk"
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"


def layer_list(text: str) -> list[tuple[str, list[str]]]:
    """(layer name, module prefixes) from the numbered list under "## Layers", ground first."""
    section = text.split("\n## Layers\n", 1)[1].split("\n## ", 1)[0]
    layers = []
    for line in section.splitlines():
        match = re.match(r"\d+\. \*\*(\w+)\*\* — (.*?):", line)
        if match:
            prefixes = re.findall(r"`(actiondesk(?:\.\w+)*)`", match.group(2))
            layers.append((match.group(1), prefixes))
    return layers


LAYERS = layer_list(ARCHITECTURE.read_text(encoding="utf-8"))


def layer_of(module: str) -> int | None:
    """Index of the layer whose longest prefix matches ``module`` (None for modules outside the project)."""
    best, best_len = None, -1
    for index, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = index, len(prefix)
    return best


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, module: str):
    """(line, imported module, inside a function) for every import in the file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    nested = {id(inner) for f in functions for inner in ast.walk(f) if inner is not f}
    nested |= {id(inner) for f in functions for inner in f.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            # "from actiondesk.x import y" may name a module y: judge it by the most specific name.
            names = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            yield node.lineno, name, id(node) in nested


def python_files():
    return sorted(p for p in PACKAGE.rglob("*.py") if "static" not in p.parts)


TEMPLATE_TAG = re.compile(r"{%\s*(load|include|extends)\s+([^%]*?)\s*%}")


def template_libraries() -> dict[str, str]:
    """template tag library name → module that defines it."""
    return {p.stem: module_name(p) for p in PACKAGE.glob("*/templatetags/*.py") if p.stem != "__init__"}


def test_the_document_lists_every_app_in_one_order_ground_first():
    names = [name for name, _prefixes in LAYERS]
    assert names[0] == "org" and names[-1] == "site"
    for app in ("core", "plans", "enterprises", "chains", "projects", "supervision"):
        assert app in names
    assert all(prefixes for _name, prefixes in LAYERS)


def test_every_module_of_the_project_belongs_to_a_layer():
    unplaced = [module_name(p) for p in python_files() if layer_of(module_name(p)) is None]
    assert unplaced == []


def test_no_import_points_to_a_higher_layer():
    upward = []
    for path in python_files():
        module, relative = module_name(path), str(path.relative_to(ROOT))
        own = layer_of(module)
        for line, name, _inside in imported_modules(path, module):
            target = layer_of(name) if name.startswith("actiondesk") else None
            if target is None or target <= own:
                continue
            upward.append(f"{relative}:{line} {LAYERS[own][0]} → {name} ({LAYERS[target][0]})")
    assert upward == []


def test_supervision_sees_the_registries_only_through_the_metric_registry():
    names = [name for name, _prefixes in LAYERS]
    registries = set(range(names.index("plans") + 1, names.index("supervision")))
    direct = []
    for path in python_files():
        module = module_name(path)
        if LAYERS[layer_of(module)][0] != "supervision":
            continue
        for line, name, _inside in imported_modules(path, module):
            if name.startswith("actiondesk") and layer_of(name) in registries:
                direct.append(f"{path.relative_to(ROOT)}:{line} {name}")
    assert registries and direct == []


def test_an_import_inside_a_function_says_why_it_is_there():
    # Allowed only where a cycle cannot be avoided; the comment on the line or just above says which.
    silent = []
    for path in python_files():
        module = module_name(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        for line, name, inside in imported_modules(path, module):
            if inside and name.startswith("actiondesk") and "migrations" not in path.parts:
                nearby = lines[max(0, line - 3):line]
                if not any("#" in text for text in nearby):
                    silent.append(f"{path.relative_to(ROOT)}:{line} {name}")
    assert sorted(set(silent)) == []


def test_no_template_loads_includes_or_extends_a_higher_layer():
    libraries = template_libraries()
    upward = []
    for path in sorted(PACKAGE.glob("*/templates/**/*.html")):
        own_app = path.relative_to(PACKAGE).parts[0]
        own = layer_of(f"actiondesk.{own_app}.templates")
        for tag, argument in TEMPLATE_TAG.findall(path.read_text(encoding="utf-8")):
            if tag == "load":
                targets = [libraries[word] for word in argument.split() if word in libraries]
            else:
                quoted = re.match(r"[\"']([a-z_]+)/", argument)
                targets = [f"actiondesk.{quoted.group(1)}.templates"] if quoted else []
            for target in targets:
                level = layer_of(target)
                if level is not None and level > own:
                    upward.append(f"{path.relative_to(ROOT)} {tag} {argument}")
    assert upward == []


@pytest.mark.parametrize("module, layer", [
    ("actiondesk.org.models", "org"), ("actiondesk.org.services", "core"), ("actiondesk.core.scoping", "core"),
    ("actiondesk.chains.choices", "chains"), ("actiondesk.demo", "site"), ("actiondesk.api", "site"),
])
def test_modules_are_placed_by_their_longest_listed_name(module, layer):
    assert LAYERS[layer_of(module)][0] == layer


def test_the_checker_sees_an_upward_import_inside_a_function(tmp_path):
    # The checker itself must catch what it is there to catch, including the relative and nested forms.
    source = PACKAGE / "plans" / "zz_probe.py"
    source_text = "def f():\n    from ..supervision import board\n    return board\n"
    path = tmp_path / "probe.py"
    path.write_text(source_text)
    found = list(imported_modules(path, "actiondesk.plans.zz_probe"))
    assert found == [(2, "actiondesk.supervision.board", True)]
    assert layer_of(found[0][1]) > layer_of(module_name(source))
