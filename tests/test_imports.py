"""The engine and the command line never load Qt, and the command line's entry is cheap."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import rnn_studio

PACKAGE = Path(rnn_studio.__file__).resolve().parent
QT = ("PySide6", "pyqtgraph", "shiboken6", "PyQt5", "PyQt6", "rnn_studio.gui")

PROBE = """
import json, sys
import rnn_studio.cli
import rnn_studio.core
after_cli = sorted(m for m in ("torch", "PySide6", "numpy") if m in sys.modules)
import rnn_studio.core.trainer, rnn_studio.core.sampler, rnn_studio.cli.commands
import rnn_studio.cli.printer, rnn_studio.core.modelfile, rnn_studio.core.corpus
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6")
            or m.startswith("rnn_studio.gui"))
print(json.dumps({"after_cli": after_cli, "qt": qt, "torch_loaded": "torch" in sys.modules}))
"""


def test_core_and_cli_never_import_qt_and_cli_skips_torch(run_module):
    proc = run_module(code=PROBE)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "torch" not in seen["after_cli"], "import rnn_studio.cli must not import torch"
    assert "PySide6" not in seen["after_cli"]
    assert seen["qt"] == []
    assert seen["torch_loaded"]  # the probe did reach the engine's torch modules


def _imports(tree: ast.AST, top_level_only: bool = False) -> list[tuple[str, int]]:
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
    return found


def _hits(module: str, names: tuple[str, ...]) -> bool:
    return any(module == n or module.startswith(n + ".") for n in names)


def test_core_sources_never_import_qt_anywhere():
    files = sorted((PACKAGE / "core").rglob("*.py"))
    assert len(files) >= 10
    bad = []
    for path in files:
        for module, line in _imports(ast.parse(path.read_text("utf-8"), str(path))):
            if _hits(module, QT):
                bad.append(f"{path.name}:{line} imports {module}")
    assert bad == []


def test_cli_modules_import_neither_qt_nor_torch_at_top_level():
    files = sorted((PACKAGE / "cli").glob("*.py"))
    assert {p.name for p in files} >= {"__init__.py", "commands.py", "printer.py"}
    bad = []
    for path in files:
        for module, line in _imports(ast.parse(path.read_text("utf-8"), str(path)), top_level_only=True):
            if _hits(module, QT + ("torch", "safetensors")):
                bad.append(f"{path.name}:{line} imports {module}")
    assert bad == []


def test_config_and_errors_are_torch_free_sources():
    # The window reads the settings before the engine loads: these modules stay light.
    for name in ("config.py", "errors.py", "events.py", "__init__.py"):
        tree = ast.parse((PACKAGE / "core" / name).read_text("utf-8"))
        assert not [m for m, _ in _imports(tree) if _hits(m, ("torch", "numpy") + QT)], name


def test_the_fit_and_what_it_counts_with_load_without_torch(run_module):
    # The window's fit note imports the fit at start-up, before the engine loads; its rows, the
    # models' sizes and the validation's share are plain arithmetic. The probe (measure) trains,
    # so it imports torch when it runs, not before.
    proc = run_module(code="import json, sys\n"
                           "import rnn_studio.core.fitting, rnn_studio.core.sizes, rnn_studio.core.validation\n"
                           "print(json.dumps(sorted(m for m in ('torch', 'PySide6') if m in sys.modules)))")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
    tree = ast.parse((PACKAGE / "core" / "fitting.py").read_text("utf-8"))
    assert not [m for m, _ in _imports(tree, top_level_only=True) if _hits(m, ("torch",))]
