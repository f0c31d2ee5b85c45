"""The command line: open (default), align, detect, snapshot, export.

Only `open` and `snapshot` import Qt; the others start fast and run without a display.
"""

from __future__ import annotations

import os
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING, Sequence

from .core.collector import release_start
from .core.decoding import LoadError

if TYPE_CHECKING:
    import argparse

COMMANDS = ("open", "align", "detect", "snapshot", "export")
OUTPUT_FORMATS = ("beads", "json", "tsv")


def _parser() -> argparse.ArgumentParser:
    """The parser of every sub-command."""
    import argparse  # not for the window opened on files alone (see _open_args)

    class _Parser(argparse.ArgumentParser):
        """An argument parser whose errors exit with status 2 and a one-line message."""

        def error(self, message: str) -> None:  # noqa: D401 - argparse's name
            self.exit(2, f"{self.prog}: error: {message}\n")

    parser = _Parser(prog="bilingual-reader",
                     description="Read two language versions of a text side by side.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p_open = sub.add_parser("open", help="open the reader window (the default command)")
    p_open.add_argument("paths", nargs="*", help="two files, a folder holding a pair, or nothing for the bundled seeds")

    p_align = sub.add_parser("align", help="print the alignment of two texts")
    p_align.add_argument("paths", nargs="+", metavar="PATH", help="LEFT RIGHT, or one aligned bitext (TMX, TSV)")
    p_align.add_argument("--units", choices=("paragraphs", "lines"), default="paragraphs",
                         help="paragraphs (default) or every line as one unit")
    p_align.add_argument("--format", choices=OUTPUT_FORMATS, default="beads")

    p_detect = sub.add_parser("detect", help="print each file's language")
    p_detect.add_argument("files", nargs="+")
    p_detect.add_argument("--paragraphs", action="store_true", help="also each paragraph's language")

    p_snap = sub.add_parser("snapshot", help="render the reader window for a pair to a PNG")
    p_snap.add_argument("paths", nargs="*", metavar="PATH")
    p_snap.add_argument("-o", "--output", required=True)
    p_snap.add_argument("--size", default="1400x900", help="WIDTHxHEIGHT")
    p_snap.add_argument("--select", type=int, default=None, metavar="K", help="select link K (0-based)")
    p_snap.add_argument("--view", choices=("reading", "learner", "coverage"), default="reading")
    p_snap.add_argument("--theme", choices=("light", "dark"), default="light")

    p_export = sub.add_parser("export", help="write the aligned pair in another format")
    p_export.add_argument("paths", nargs="+", metavar="PATH")
    p_export.add_argument("--format", required=True)
    p_export.add_argument("-o", "--output", required=True)
    return parser


def run(argv: Sequence[str]) -> int:
    """Parse argv and run the sub-command; user errors print one line and return 2."""
    argv = list(argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv = ["open", *argv]
    try:
        args = _open_args(argv) or _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed in one line
        return int(exc.code or 0)
    if args.command != "open":
        release_start()  # only the window's start is worth holding the collector for
    try:
        return _COMMANDS[args.command](args)
    except LoadError as exc:
        print(f"bilingual-reader: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _open_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of `open` followed by paths alone (how the window is started), without
    argparse: importing it and building the parser took 10-12 ms of a 0.3 s start-up."""
    if argv[0] != "open" or any(arg.startswith("-") for arg in argv[1:]):
        return None
    return SimpleNamespace(command="open", paths=list(argv[1:]))


def _cmd_open(args: argparse.Namespace) -> int:
    """Open the reader window (after checking, in one line each, that there is a display and the files read)."""
    from .core.loading import load_document
    from .core.pairs import resolve_pair

    if len(args.paths) == 1 and _is_bitext(args.paths[0]):
        paths: tuple[str, str | None] = (args.paths[0], None)
        documents = None
        from .core.pipeline import load_bitext_pair

        load_bitext_pair(args.paths[0])
    else:
        left, right = resolve_pair(args.paths)
        # An unreadable file is refused here, in one line, not in a window; the window reuses them.
        documents = (load_document(left), load_document(right))
        paths = (str(left), str(right))
    _require_display()
    from .ui.app import run_window

    return run_window(*paths, documents=documents)


def _require_display() -> None:
    """Refuse in one line, instead of Qt aborting, when there is no screen to show a window on."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                                                  or os.environ.get("QT_QPA_PLATFORM")):
        raise LoadError("there is no display to open a window on (DISPLAY is not set); "
                        "`bilingual-reader snapshot … -o view.png` draws the window to a picture instead")


def _is_bitext(path: str) -> bool:
    """True for a file that carries its own alignment (TMX, TSV)."""
    from pathlib import Path

    from .core.formats.exports import BITEXT_SUFFIXES

    return Path(path).is_file() and Path(path).suffix.lower() in BITEXT_SUFFIXES


def _load_aligned(paths: Sequence[str], units: str = "paragraphs"):
    """Load, detect and align a pair (or read a bitext's own alignment) from command-line paths."""
    from .core.pipeline import load_pair_from_paths

    return load_pair_from_paths(paths, units=units)


def _cmd_align(args: argparse.Namespace) -> int:
    """Print the alignment of a pair."""
    pair = _load_aligned(args.paths, args.units)
    out = sys.stdout
    if args.format == "beads":
        for link in pair.alignment:
            out.write(f"{list(link.left)}:{list(link.right)}\n")
    elif args.format == "tsv":
        for link in pair.alignment:
            left = " ".join(pair.left.blocks[i].text for i in link.left)
            right = " ".join(pair.right.blocks[j].text for j in link.right)
            out.write(f"{_tsv_cell(left)}\t{_tsv_cell(right)}\t{link.score:.3f}\n")
    else:
        import json  # only this output needs it; the window starts without

        json.dump(pair.to_json(), out, ensure_ascii=False, indent=1)
        out.write("\n")
    return 0


def _tsv_cell(text: str) -> str:
    """Text made safe for one TSV cell."""
    return " ".join(text.split())


def _cmd_detect(args: argparse.Namespace) -> int:
    """Print each file's language and probability."""
    from .core.language import detect_document_language, detect_paragraph_languages
    from .core.loading import load_document

    for path in args.files:
        doc = load_document(path)
        guess = detect_document_language(doc.texts)
        print(f"{path}\t{guess.code}\t{guess.probability:.3f}\t{guess.name}")
        if args.paragraphs:
            for block, para in zip(doc.blocks, detect_paragraph_languages(doc.texts, guess)):
                snippet = " ".join(block.text.split())[:60]
                print(f"  {block.index}\t{para.code}\t{para.probability:.3f}\t{snippet}")
    return 0


def _cmd_snapshot(args: argparse.Namespace) -> int:
    """Render the window for a pair to a PNG."""
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise LoadError(f"--size {args.size!r} is not WIDTHxHEIGHT") from None
    pair = _load_aligned(args.paths)
    from .ui.app import render_snapshot

    return render_snapshot(pair, args.output, (width, height), args.select, view=args.view, theme=args.theme)


def _with_corrections(pair):
    """The pair with the corrections the reader made in the window (kept in the library database)."""
    from .core.paths import database_path

    if not database_path().exists():
        return pair
    from .core.reopen import with_saved_corrections
    from .core.store import Store

    with Store(database_path()) as store:
        return with_saved_corrections(store, pair)[0]


def _cmd_export(args: argparse.Namespace) -> int:
    """Write the aligned pair as TMX, TSV, HTML or beads."""
    try:
        from .core.formats.exports import EXPORTERS, export_file
    except ImportError:
        raise LoadError("export is not available in this build") from None
    if args.format not in EXPORTERS:
        raise LoadError(f"unknown format {args.format!r}; choose from {', '.join(sorted(EXPORTERS))}")
    pair = _with_corrections(_load_aligned(args.paths))
    try:
        export_file(args.output, args.format, pair)
    except OSError as exc:
        raise LoadError(f"cannot write {args.output} ({exc.strerror or exc})") from None
    return 0


_COMMANDS = {"open": _cmd_open, "align": _cmd_align, "detect": _cmd_detect,
             "snapshot": _cmd_snapshot, "export": _cmd_export}
