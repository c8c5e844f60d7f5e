"""The documentation: shell examples run and print what they show; the reference is complete."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

import ballerina_data
from ballerina_data._cli import main

ROOT = Path(__file__).parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
PAGES = [page for page in PAGES if "_build" not in page.parts]
CONSOLE = re.compile(r"```console\n(.*?)```", re.DOTALL)


def _examples(page: Path) -> list[tuple[str, list[str]]]:
    """Each `$ uv run ballerina-data ...` command of the page with the output shown under it."""
    examples: list[tuple[str, list[str]]] = []
    for block in CONSOLE.findall(page.read_text(encoding="utf-8")):
        for line in block.splitlines():
            if line.startswith("$ "):
                examples.append((line[2:], []))
            elif examples:
                examples[-1][1].append(line)
    return [(command, output) for command, output in examples if "ballerina-data" in command]


@pytest.mark.parametrize(
    "page",
    [page for page in PAGES if _examples(page)],
    ids=lambda page: str(page.relative_to(ROOT)),
)
def test_shell_examples_print_what_they_show(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Run in this process, one command after another in one folder as a reader would type
    # them: the installed command is the same `main` (tests/test_cli.py starts it as one).
    monkeypatch.chdir(tmp_path)
    for command, shown in _examples(page):
        # `--no-default-groups` chooses what uv installs, not what the command does.
        words = [w for w in shlex.split(command, comments=True) if w != "--no-default-groups"]
        assert ["uv", "run", "ballerina-data"] == words[:3], command
        status = main(words[3:])
        out, err = capsys.readouterr()
        assert 0 == status, (command, err)
        if shown:
            assert _shown_pattern(shown).fullmatch(out), (command, out)


def _shown_pattern(shown: list[str]) -> re.Pattern[str]:
    """The output a page shows, where ``...`` stands for any text, as in a doctest: a line
    of its own for any lines, within a line for any characters. So a page shows how the
    output looks without a count of the data that a new source would change."""
    lines = [
        "(?:.*\n)*?" if line == "..." else ".*?".join(map(re.escape, line.split("..."))) + "\n"
        for line in shown
    ]
    return re.compile("".join(lines))


def test_every_public_name_is_in_the_reference() -> None:
    reference = "\n".join(
        page.read_text(encoding="utf-8") for page in (ROOT / "docs" / "reference").glob("*.md")
    )
    documented = set(re.findall(r"\.\. (?:auto)?\w+:: (?:ballerina_data\.)?(\w+)", reference))
    missing = set(ballerina_data.__all__) - documented
    assert set() == missing


def test_an_ellipsis_in_shown_output_stands_for_any_text() -> None:
    pattern = _shown_pattern(["ok: ... sources", "...", "end"])
    assert pattern.fullmatch("ok: 6 sources\na\nb\nend\n")
    assert pattern.fullmatch("ok: 5 sources\nend\n")
    assert not pattern.fullmatch("ok: 5 claims\nend\n")
    assert not pattern.fullmatch("ok: 5 sources\nend\nmore\n")
