"""Every option of every command says what it does in --help (as sqlite-utils checks its CLI reference)."""

from __future__ import annotations

from collections.abc import Iterator

import click
import pytest
from cli_helpers import run

from factcheck.cli import main


def commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    for name, command in sorted(group.commands.items()):
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from commands(command, (*path, name))


ALL = [((), main), *commands(main)]


def test_the_walk_finds_every_command() -> None:
    names = {" ".join(path) for path, _ in ALL}
    assert {"extract", "claims", "conflicts", "conflicts resolve", "review", "export", "entities add",
            "browse"} <= names


@pytest.mark.parametrize("path, command", ALL, ids=[" ".join(p) or "factcheck" for p, _ in ALL])
def test_every_option_has_help_text(path: tuple[str, ...], command: click.Command) -> None:
    assert command.help, f"`factcheck {' '.join(path)}` has no description"
    missing = [p.opts[0] for p in command.params if isinstance(p, click.Option) and not p.hidden
               and not (p.help or "").strip()]
    assert not missing, f"`factcheck {' '.join(path)}` options without help: {missing}"
    out = run(*path, "--help").stdout
    for p in command.params:
        if isinstance(p, click.Option) and not p.hidden:
            assert p.opts[-1] in out
