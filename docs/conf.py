"""Sphinx configuration: MyST Markdown pages, autodoc for the API, the furo theme; offline."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))  # the local extension(s)
sys.path.insert(0, str(DOCS.parent / "src"))  # document the working tree

project = "ballerina_data"
author = "ballerina_data developers"
copyright = "ballerina_data developers"
release = metadata.version("ballerina-data")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "predicate_table",
    "export_columns",
    "record_keys",
    "api_docs",
    "catalog_site",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

# Markdown
myst_heading_anchors = 3
myst_enable_extensions = ["deflist"]

# API reference
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
python_use_unqualified_type_names = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# HTML
html_theme = "furo"
html_title = f"ballerina_data {release}"
