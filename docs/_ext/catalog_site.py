"""Writes the shipped catalog's static site into the HTML output, as ``catalog/``.

The page "Browse the catalog" links to ``catalog/index.html``. The site is the library's own
export (``ballerina_data.export.to_site``), built from the working tree at each HTML build.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

FOLDER = "catalog"


def _write_site(app: Any, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    from ballerina_data import Catalog, export

    target = Path(app.outdir) / FOLDER
    # The previous build's site: to_site writes only into a new or empty folder.
    shutil.rmtree(target, ignore_errors=True)
    export.to_site(Catalog.default(), target)


def setup(app: Any) -> dict[str, Any]:
    app.connect("build-finished", _write_site)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
