"""Hypothesis profiles: ``ci`` (default, derandomized, 30 examples a property: the suite
of 5,500 tests stays under a minute on two cores) and ``nightly`` (HYPOTHESIS_PROFILE,
5000); the shared shipped catalog."""

import gc
import os

import pytest
from hypothesis import HealthCheck, settings

from ballerina_data import Catalog

# Code that must fail to type-check, read by mypy in test_strict.py; never imported.
collect_ignore = ["typing-examples"]

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=30,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("nightly", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The shipped catalog, shared by every test of a session (a module may use another)."""
    return Catalog.default()


def pytest_collection_finish(session: pytest.Session) -> None:
    """What is loaded by now (modules, tables of cases, the rules' compiled patterns) lives
    for the whole session: it is left out of the collector's full passes, each of which
    walked it again (a fifth of a worker's time went to those passes)."""
    gc.collect()
    gc.freeze()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Everything is collected again at the end, as without the freeze: pytest's last pass
    reports what objects left behind, and extension modules find no instance leaked."""
    gc.unfreeze()
