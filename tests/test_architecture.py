"""The dependency rules of ../shared/DESIGN.md and docs/architecture.md, checked.

The import graph of the project's own packages is read with ``ast`` from every
``.py`` file except migrations (tests live outside the packages). Every import
counts, at module level or inside a function or an ``if``: a late import still
couples two modules, it only hides the cycle until run time. The rules:

- ``services`` imports no other project app;
- ``strategy`` and ``feedback`` import from ``services`` only its selectors and
  signals, and from ``localoffer`` only its settings and the shared GOV.UK
  pieces (``blocks``, ``forms``, ``fields``); they do not import each other;
- ``localoffer``, the project and site shell, may import any app;
- no two project modules import each other, directly or round a longer loop.

No database and no Django setup: this only reads files.
"""

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("localoffer", "services", "strategy", "feedback")

# strategy and feedback see the directory through its selectors and signals, and
# take from localoffer only its settings, the shared GOV.UK pieces and the one
# rate limit every public form keeps.
PAGE_APP_IMPORTS = frozenset(
    {
        "services.selectors",
        "services.signals",
        "localoffer.settings",
        "localoffer.blocks",
        "localoffer.forms",
        "localoffer.fields",
        "localoffer.ratelimit",
    }
)
# What each app may import from the other project apps (itself is always allowed).
# A module is allowed if it is named here or sits inside a package named here.
ALLOWED = {
    "localoffer": {"services", "strategy", "feedback"},
    "services": set(),
    "strategy": PAGE_APP_IMPORTS,
    "feedback": PAGE_APP_IMPORTS,
}

# Imports that break the rules above today, each named so it cannot grow
# unseen. Remove a line when its import goes; the test fails on a stale line.
KNOWN_EXCEPTIONS = {
    # The admin's "problems reported" panel is put into Service's edit handler
    # (FeedbackConfig.ready()): that changes the Service class, which is not a
    # read, so no selector can stand in for it; services may not import feedback.
    ("feedback.panels", "services.models"),
    # The CSV formula guard (spreadsheet_safe) shared by every spreadsheet
    # export. services may import no other app, and feedback may import from
    # localoffer only settings, blocks, forms and fields, none of which is its
    # home: moving it would need a new rule.
    ("feedback.admin_views", "services.exports"),
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, such as "services.cache"
    target: str  # the imported project module, such as "services.signals"
    path: str  # the importing file, relative to the project root
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line} {self.source} imports {self.target}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_files() -> dict[str, Path]:
    files = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.relative_to(ROOT).parts:
                continue
            files[module_name(path)] = path
    return files


def is_package(module: str, files: dict[str, Path]) -> bool:
    return files.get(module, Path()).name == "__init__.py"


def imported_modules(
    node: ast.Import | ast.ImportFrom, module: str, files: dict[str, Path]
) -> list[str]:
    """The project modules one import statement names."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module if is_package(module, files) else module.rpartition(".")[0]
            parts = package.split(".")
            anchor = ".".join(parts[: len(parts) - (node.level - 1)])
            base = f"{anchor}.{base}" if base else anchor
        # "from services import selectors" imports the module services.selectors.
        names = [
            f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base
            for alias in node.names
        ]
    found = []
    for name in names:
        # "import services.api.views" and "from services.models import Service"
        # name the deepest project module they reach.
        while name and name not in files:
            name = name.rpartition(".")[0]
        if name and name.split(".")[0] in PACKAGES and name not in found:
            found.append(name)
    return found


def import_graph() -> list[Import]:
    files = project_files()
    imports = []
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in imported_modules(node, module, files):
                    if target != module:
                        imports.append(
                            Import(module, target, str(path.relative_to(ROOT)), node.lineno)
                        )
    return sorted(imports, key=lambda item: (item.path, item.line, item.target))


def app(module: str) -> str:
    return module.split(".")[0]


def allowed(item: Import) -> bool:
    source, target = app(item.source), app(item.target)
    if source == target:
        return True
    return any(
        item.target == name or item.target.startswith(name + ".") for name in ALLOWED[source]
    )


def cycles(imports: list[Import]) -> list[tuple[set[str], list[Import]]]:
    """Each group of modules that reach each other (Tarjan's strongly connected
    components), with its shortest loop through its first module, as imports."""
    edges: dict[str, dict[str, Import]] = defaultdict(dict)
    for item in imports:
        edges[item.source].setdefault(item.target, item)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(edges):
        if node not in index:
            visit(node)

    loops = []
    for group in groups:
        start = min(group)
        # The shortest way round from start back to start, inside the group.
        paths = {start: []}
        queue = [start]
        loop = None
        while queue and loop is None:
            node = queue.pop(0)
            for target, item in sorted(edges[node].items()):
                if target == start:
                    loop = [*paths[node], item]
                    break
                if target in group and target not in paths:
                    paths[target] = [*paths[node], item]
                    queue.append(target)
        loops.append((group, loop))
    return sorted(loops, key=lambda found: found[1][0].source)


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    return import_graph()


def test_the_graph_is_read(imports):
    """A guard for the reader itself: imports it must see, late ones included."""
    seen = {(item.source, item.target) for item in imports}
    assert ("services.selectors", "services.models") in seen
    assert ("feedback.receivers", "services.signals") in seen
    assert ("localoffer.models", "services.filters") in seen  # inside a method
    assert ("services.signals", "services.models") in seen  # inside a function


def rule(source_app: str) -> str:
    names = ", ".join(sorted(ALLOWED[source_app]))
    return (
        f"{source_app} may import from other apps only {names}"
        if names
        else (f"{source_app} imports no other project app")
    )


def test_apps_import_only_what_design_allows(imports):
    broken = [
        item
        for item in imports
        if not allowed(item) and (item.source, item.target) not in KNOWN_EXCEPTIONS
    ]
    assert not broken, "Imports the dependency rules forbid (docs/architecture.md):\n" + "\n".join(
        f"  {item}: {rule(app(item.source))}" for item in broken
    )


def test_known_exceptions_are_still_needed(imports):
    used = {(item.source, item.target) for item in imports if not allowed(item)}
    stale = sorted(KNOWN_EXCEPTIONS - used)
    assert not stale, "KNOWN_EXCEPTIONS lists imports that are gone; remove them:\n" + "\n".join(
        f"  {source} -> {target}" for source, target in stale
    )


def test_no_module_imports_itself_round_a_loop(imports):
    loops = cycles(imports)
    assert not loops, "Import cycles (make one direction of each go):\n" + "\n".join(
        "  "
        + " -> ".join([loop[0].source, *(item.target for item in loop)])
        + "\n"
        + "\n".join(f"      {item}" for item in loop)
        + (
            f"\n      ...and these modules reach each other too: {', '.join(sorted(group))}"
            if len(group) > len(loop)
            else ""
        )
        for group, loop in loops
    )
