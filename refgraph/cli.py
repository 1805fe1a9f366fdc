"""The `refgraph` command group.

Subcommands load lazily (click's LazyGroup pattern) so that `refgraph scan` never pays
for importing networkx or pyvis: start-up time counts on corpora of many small runs.
"""
from __future__ import annotations

import importlib
import sys

import click

from . import __version__

# name -> "module.attribute"; each module holds the commands of one concern.
COMMANDS = {
    "scan": "refgraph.commands.scan.scan",
    "index": "refgraph.commands.index.index",
    "graph": "refgraph.commands.graph.graph",
    "export": "refgraph.commands.graph.export",
    "cites": "refgraph.commands.lookup.cites",
    "show": "refgraph.commands.lookup.show",
    "docs": "refgraph.commands.lookup.docs",
    "bodies": "refgraph.commands.lookup.bodies",
    "articles": "refgraph.commands.lookup.articles",
}

# The first paragraph of each command's help, for `refgraph --help` to list them without
# importing them all (the extractor, the store, networkx: 0.3 s of CPU). A test checks
# each against the command's own docstring.
SHORT_HELP = {
    "scan": "Print every document citation in PATHS (files, folders of *.txt, or - for stdin).",
    "index": "Scan PATHS (folders, .txt/.html/.jsonl/.csv files, - for stdin) into the index.",
    "graph": "Draw the citation graph as one offline HTML page.",
    "export": "Export the citation graph for Gephi, networkx or a spreadsheet.",
    "cites": "Articles that cite the document KEY, with a snippet around the first mention.",
    "show": "The card of document KEY: type, issuer, body, date, subject, citing articles, "
            "documents it implements/amends/replaces and those that do so to it, and the "
            "documents most often cited with it.",
    "docs": "Documents ranked by the number of articles citing them.",
    "bodies": "Issuing bodies with the number of their documents and of citations of them.",
    "articles": "Articles with their number of citations (body zone, and with related blocks).",
}

# Exit status when the run finished but some input was skipped (DESIGN.md).
EXIT_SKIPPED = 3
EXIT_NOT_FOUND = 1
EXIT_AMBIGUOUS = 2


class LazyGroup(click.Group):
    def __init__(self, *args, lazy_subcommands: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy_subcommands = lazy_subcommands or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy_subcommands))

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except Exception as e:
            # A database damaged after it was opened shows up at the first query that
            # touches the bad page: a message, not a traceback. sqlite3 is looked up,
            # not imported: `refgraph --help` does not pay for it.
            sqlite3 = sys.modules.get("sqlite3")
            if sqlite3 is None or not isinstance(e, sqlite3.DatabaseError):
                raise
            click.echo(f"refgraph: the index could not be read ({e}): the file is "
                       "damaged or not a refgraph index. Index again into a new file "
                       "with --db.", err=True)
            ctx.exit(EXIT_AMBIGUOUS)  # as for any unusable --db: a usage error

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_subcommands:
            modname, attr = self.lazy_subcommands[cmd_name].rsplit(".", 1)
            return getattr(importlib.import_module(modname), attr)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = []
        for name in names:
            if name in SHORT_HELP:
                rows.append((name, click.utils.make_default_short_help(SHORT_HELP[name], limit)))
            elif (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, lazy_subcommands=COMMANDS,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="refgraph")
def main() -> None:
    """Find the Party and State documents Vietnamese news articles cite.

    Exit status: 0 done; 1 not found; 2 ambiguous or bad usage; 3 done, but some
    input was skipped (each skip is reported on stderr).
    """


if __name__ == "__main__":
    main()
