"""The catalog the data tests check: the shipped one, or the data folder that
``BALLERINA_DATA_DIR`` names (a copy of the package's ``data/`` that ``curate --into`` added
to), so that the tests a new source must pass run on it before it ships."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from ballerina_data import Catalog, curate

ROOT = Path(__file__).parent.parent
#: The five original texts: the package's seeds/, never edited.
SEEDS = ROOT / "seeds"


@functools.cache
def catalog_under_test() -> Catalog:
    folder = os.environ.get("BALLERINA_DATA_DIR")
    return Catalog.default() if not folder else curate.load(folder, base=Catalog())


def data_folder() -> Path:
    """The data folder under test."""
    folder = os.environ.get("BALLERINA_DATA_DIR")
    return Path(folder) if folder else ROOT / "src" / "ballerina_data" / "data"


def original_source_ids() -> list[str]:
    """The ids of the five original sources, whose texts are the files of seeds/."""
    return sorted(path.stem for path in SEEDS.glob("*.txt"))
