"""Autodoc adjustments for an API whose records live in private modules.

* References to ``ballerina_data._private.Name`` (type hints name the defining module) resolve
  to the documented public ``ballerina_data.Name``.
* Module-level data re-exported by the package (``FORMAT_VERSION``, ``Value``, ...) gets the
  ``#:`` doc comment written where it is defined, not the docstring of its type.
* Attribute, data and property docs are plain prose here: napoleon would read a one-line doc
  comment such as ``#: The curator's note: how ...`` as ``type: description``, so they are
  kept as written.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from docutils import nodes
from sphinx.pycode import ModuleAnalyzer

PACKAGE = "ballerina_data"
PRIVATE = re.compile(rf"^{PACKAGE}\._[a-z_]+\.")
PROSE = ("attribute", "data", "property")

_kept: dict[str, list[str]] = {}


def _resolve(app: Any, env: Any, node: Any, contnode: nodes.Element) -> nodes.Element | None:
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    public = PRIVATE.sub(f"{PACKAGE}.", target)
    if public == target:
        return None
    domain = env.get_domain("py")
    found: nodes.Element | None = domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
    )
    return found


def _doc_comment(name: str) -> list[str] | None:
    """The ``#:`` comment of a package-level name, from the private module that defines it."""
    module_name, _, attribute = name.rpartition(".")
    if module_name != PACKAGE:
        return None
    package = importlib.import_module(PACKAGE)
    for private in sorted(vars(package)):
        if not private.startswith("_"):
            continue
        module = getattr(package, private)
        if getattr(module, "__name__", "").startswith(f"{PACKAGE}._"):
            docs = ModuleAnalyzer.for_module(module.__name__).find_attr_docs()
            if ("", attribute) in docs:
                return list(docs["", attribute])
    return None


# Sphinx calls these handlers with six positional arguments.
def _keep(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:  # noqa: PLR0917
    """Before napoleon: remember the prose (or find the doc comment) of attributes and data."""
    if what not in PROSE:
        return
    found = _doc_comment(name) if what == "data" else None
    _kept[name] = found if found is not None else list(lines)


def _restore(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:  # noqa: PLR0917
    """After napoleon: put the remembered prose back."""
    if what in PROSE and name in _kept:
        lines[:] = _kept.pop(name)


def setup(app: Any) -> dict[str, Any]:
    app.connect("missing-reference", _resolve)
    app.connect("autodoc-process-docstring", _keep, priority=400)  # napoleon runs at 500
    app.connect("autodoc-process-docstring", _restore, priority=600)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
