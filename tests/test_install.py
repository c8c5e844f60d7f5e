"""Every install route ships the texts: the wheel built from the sdist, and the sdist itself.

Each is installed into a fresh virtual environment that holds nothing else, where the
evidence must verify and the console script must run, as it will for a project depending
on the library.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SOURCE = "004_b4ce8e805ad99088"
CHECK = (
    "import ballerina_data as bd\n"
    "assert bd.verify() == (), bd.verify()\n"
    f"print(bd.source_text({SOURCE!r})[:26])\n"
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("uv") is None, reason="needs uv to build"),
]


def _run(*command: str | Path, cwd: Path | None = None) -> str:
    env = {key: value for key, value in os.environ.items() if key != "VIRTUAL_ENV"}
    result = subprocess.run(
        [str(part) for part in command],
        check=False,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
    )
    assert 0 == result.returncode, (command, result.stdout, result.stderr)
    return result.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # `uv build` makes the sdist, then the wheel from the sdist: pip's route from an sdist.
    out = tmp_path_factory.mktemp("dist")
    _run("uv", "build", "--out-dir", out, ROOT)
    return out


ROUTES: dict[str, Callable[[Path], list[str | Path]]] = {
    "wheel-from-sdist": lambda dist: [next(dist.glob("*.whl"))],
    "sdist": lambda dist: [next(dist.glob("*.tar.gz"))],
    "path": lambda dist: [ROOT],
    "editable": lambda dist: ["--editable", ROOT],
}


@pytest.mark.parametrize("route", list(ROUTES))
def test_a_fresh_install_verifies_its_evidence(dist: Path, tmp_path: Path, route: str) -> None:
    venv = tmp_path / "venv"
    _run("uv", "venv", "--quiet", venv)
    _run(
        "uv", "pip", "install", "--quiet", "--python", venv / "bin" / "python", *ROUTES[route](dist)
    )
    # Run from elsewhere, so that the checkout's own src/ cannot be imported by accident.
    assert "Upcoming Netflix film Ball\n" == _run(
        venv / "bin" / "python", "-c", CHECK, cwd=tmp_path
    )
    assert _run(venv / "bin" / "ballerina-data", "verify", cwd=tmp_path).startswith("ok: ")
    installed = _run("uv", "pip", "list", "--python", venv / "bin" / "python", "--format", "freeze")
    names = {line.partition("==")[0].lower() for line in installed.splitlines()}
    # What a project depending on the library gets at run time (cattrs may bring its own).
    assert {"ballerina-data", "attrs", "cattrs"} <= names
    # pyarrow only with the parquet extra; without it, the parquet export says so in one line.
    assert not names & {"pytest", "hypothesis", "msgspec", "pydantic", "sphinx", "pyarrow"}
    parquet = subprocess.run(
        [venv / "bin" / "ballerina-data", "export", "--format", "parquet", "--output", "pq"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert (1, "") == (parquet.returncode, parquet.stdout)
    extra = 'pip install "ballerina-data[parquet]"'
    assert f"ballerina-data: error: the parquet format needs pyarrow: {extra}\n" == parquet.stderr
    assert not (tmp_path / "pq").exists()


def test_the_wheel_built_from_the_sdist_ships_every_text(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ballerina_data/py.typed" in names
    texts = {name for name in names if name.startswith("ballerina_data/seeds/")}
    assert {f"ballerina_data/seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")} == texts
    assert any(name.endswith("/licenses/LICENSE") for name in names)
    assert any(name.endswith("/licenses/NOTICE.md") for name in names)
