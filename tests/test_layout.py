"""The package's layout: each module imports alone, no import cycle, one table of predicates."""

from __future__ import annotations

import ast
import functools
import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

import ballerina_data as bd
from ballerina_data import Predicate, export
from ballerina_data._cli import _parser
from ballerina_data._gc import gc_paused

PACKAGE = Path(bd.__file__).parent
MODULES = sorted(path.stem for path in PACKAGE.glob("*.py") if path.stem != "__main__")
DOCS = Path(__file__).parent.parent / "docs"


class _Parsed(NamedTuple):
    docstring: str
    imports: frozenset[str]
    # The names the module binds at its top level more than once.
    bound_again: frozenset[str]


@functools.cache
def _parsed(module: str) -> _Parsed:
    """What the tests read of a module's syntax tree, parsed once a session: a parse of the
    largest module takes up to a second. The tree itself is not kept (tens of MB)."""
    text = (PACKAGE / f"{module}.py").read_text(encoding="utf-8")
    with gc_paused():  # a tree holds no cycles: collections while it grows find nothing
        tree = ast.parse(text)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module)
            else:  # from . import x
                found.update(alias.name for alias in node.names)
    bound: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            # An overload's signatures are one function's.
            if not any(ast.unparse(d).endswith("overload") for d in node.decorator_list):
                bound.append(node.name)
        elif isinstance(node, ast.Assign):
            bound.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:  # not a declaration
            bound.extend([node.target.id] if isinstance(node.target, ast.Name) else [])
    again = frozenset(name for name in bound if bound.count(name) > 1)
    return _Parsed(
        docstring=ast.get_docstring(tree) or "", imports=frozenset(found), bound_again=again
    )


#: Names a module binds again on purpose, each binding extending the one before.
_EXTENDED = {"_rules": {"STATUS_WORDS"}, "_terminal": {"_CONTROL"}}


def test_no_module_binds_a_name_twice_at_its_top_level() -> None:
    # Twice a later table or pattern of one name silently replaced an earlier one for every
    # function that reads it, the earlier's readers included.
    for module in MODULES:
        assert set(_parsed(module).bound_again) <= _EXTENDED.get(module, set()), module


def _imports(module: str) -> set[str]:
    """The package modules ``module`` imports anywhere: at the top, in functions, for types."""
    return set(_parsed(module).imports & set(MODULES))


@pytest.mark.integration  # one interpreter per module: many processes
def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    code = "import importlib, sys\nfor name in sys.argv[1:]: importlib.import_module(name)"
    for module in MODULES:
        name = "ballerina_data" if module == "__init__" else f"ballerina_data.{module}"
        subprocess.run([sys.executable, "-c", code, name], check=True)


def test_the_import_graph_has_no_cycle() -> None:
    graph = {module: _imports(module) for module in MODULES if module != "__init__"}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import cycle: {' -> '.join((*path, module))}"
        if module in done:
            return
        for imported in graph[module]:
            visit(imported, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())


@pytest.mark.parametrize("module", ["_format", "_verify", "_index", "_convert"])
def test_queries_are_apart_from_the_file_format_and_verification(module: str) -> None:
    assert "_catalog" not in _imports(module)
    assert "_api" not in _imports(module)


def test_the_layer_diagram_names_every_module() -> None:
    explanation = (DOCS / "explanation" / "data-model.md").read_text(encoding="utf-8")
    diagram = explanation.split("## Where things live", 1)[1].split("```", 2)[1]
    assert [m for m in MODULES if m != "__init__" and m not in diagram] == []


class TestOneTableOfPredicates:
    def test_the_docs_table_is_rendered_from_the_enum(self) -> None:
        page = (DOCS / "reference" / "predicates.md").read_text(encoding="utf-8")
        assert "```{predicate-table}" in page
        extension = (DOCS / "_ext" / "predicate_table.py").read_text(encoding="utf-8")
        assert "for predicate in Predicate" in extension

    def test_the_kind_checks_read_each_row(self) -> None:
        for predicate in Predicate:
            assert predicate.subject_types, predicate
            assert predicate.value_types, predicate

    def test_the_cli_accepts_every_predicate_by_value_name_and_wikidata_id(self) -> None:
        parser = _parser()
        for predicate in Predicate:
            spellings = [predicate.value, predicate.name, predicate.wikidata]
            for spelling in filter(None, spellings):
                args = parser.parse_args(["claims", "--predicate", spelling])
                assert predicate is args.predicate

    def test_the_jsonld_export_states_what_the_table_maps(self) -> None:
        document = export.jsonld_document(bd.Catalog.default())
        used = {key for node in document["@graph"] for key in node}
        # Every mapped property that the shipped data has claims for appears in the export
        # (a "^" property on the value's node).
        claimed = {
            p.schema_org.removeprefix("^") for p in Predicate if p.schema_org and bd.claims_with(p)
        }
        assert claimed <= used

    def test_crew_roles_are_the_rows_that_credit_crew(self) -> None:
        assert bd.CREW_ROLES == tuple(p for p in Predicate if p.credit == "crew")

    def test_the_cli_offers_every_export_format(self) -> None:
        parser = _parser()
        for name in export.FORMATS:
            args = parser.parse_args(["export", "--format", name, "--output", "x"])
            assert name == args.format


def test_every_type_ignore_in_the_package_says_why() -> None:
    unexplained = []
    for module in MODULES:
        lines = (PACKAGE / f"{module}.py").read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if "# type: ignore" not in line:
                continue
            after = line.split("# type: ignore", 1)[1]
            before = lines[number - 1].strip() if number else ""
            if "#" not in after and not before.startswith("#"):
                unexplained.append(f"{module}.py:{number + 1}")
    assert [] == unexplained


def test_a_module_over_600_lines_says_why_in_its_opening_docstring() -> None:
    unexplained = []
    for module in MODULES:
        text = (PACKAGE / f"{module}.py").read_text(encoding="utf-8")
        docstring = _parsed(module).docstring
        if len(text.splitlines()) > 600 and "Over 600 lines because" not in docstring:
            unexplained.append(module)
    assert [] == unexplained


def test_the_package_answers_when_imported_from_a_zip_file(tmp_path: Path) -> None:
    # Reported: run from a zip file, the first query failed: a shipped text missing from
    # data/texts/ was a plain OSError from the zip importer, not FileNotFoundError.
    import zipfile

    package = Path(bd.__file__).parent
    archive = tmp_path / "ballerina.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for folder, _, files in os.walk(package, followlinks=True):  # seeds/ is a link here
            for name in files:
                path = Path(folder, name)
                if "__pycache__" not in path.parts:
                    zipped.write(path, path.relative_to(package.parent).as_posix())
    code = "import ballerina_data as bd; print(len(bd.verify()), len(bd.films_titled('Ballerina')))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(archive)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", str(len(bd.films_titled("Ballerina")))]
