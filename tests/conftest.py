"""Hypothesis profiles: ``ci`` (default, derandomized) and ``nightly`` (HYPOTHESIS_PROFILE)."""

import os

from hypothesis import HealthCheck, settings

# Code that must fail to type-check, read by mypy in test_strict.py; never imported.
collect_ignore = ["typing-examples"]

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=100,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("nightly", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
