"""`refgraph --help` lists the commands without importing them (issue 12: start-up)."""
from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import click

from refgraph.cli import COMMANDS, SHORT_HELP, main

ROOT = Path(__file__).resolve().parent.parent


def test_short_help_is_each_commands_own() -> None:
    ctx = click.Context(main)
    assert set(SHORT_HELP) == set(COMMANDS)
    for name in COMMANDS:
        doc = inspect.cleandoc(main.get_command(ctx, name).help)
        assert SHORT_HELP[name] == " ".join(doc.split("\n\n")[0].split()), name


def test_help_imports_no_command() -> None:
    code = ("import sys; from refgraph.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('refgraph')), file=sys.stderr)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       check=True)
    assert "scan      Print every document citation in PATHS" in r.stdout
    assert "show      The card of document KEY" in r.stdout
    assert r.stderr.strip() == "['refgraph', 'refgraph.cli']"  # not even the records' classes


def test_extract_is_the_function_whatever_was_imported_first() -> None:
    import refgraph
    import refgraph.extract as by_path
    from refgraph.extract import extract

    assert refgraph.extract is extract and by_path is extract
    assert [c.key for c in refgraph.extract("Theo Nghị định 15/2020/NĐ-CP.")] == ["15/2020/NĐ-CP"]
