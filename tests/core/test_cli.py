"""The command line: align, detect, snapshot, and clean one-line errors with exit code 2."""

import json
import os
import subprocess
import sys

import pytest

from bilingual_reader.__main__ import main


def run_cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_align_prints_beads(capsys, dutch_seed, english_seed):
    code, out, _ = run_cli(capsys, "align", str(dutch_seed), str(english_seed))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "[0]:[0]" and lines[9] == "[9]:[9]" and lines[10] == "[]:[10]"


def test_align_json_has_languages_texts_and_scores(capsys, dutch_seed, english_seed):
    code, out, _ = run_cli(capsys, "align", str(dutch_seed), str(english_seed), "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["left"]["language"] == "nl" and data["right"]["language"] == "en"
    assert data["left"]["units"][2]["text"] == "Rode lijnen"
    assert all(0 <= link["score"] <= 1 for link in data["links"])
    assert data["links"][2] == {**data["links"][2], "left": [2], "right": [2], "kind": "1-1"}


def test_align_tsv_puts_counterparts_on_one_row(capsys, dutch_seed, english_seed):
    _, out, _ = run_cli(capsys, "align", str(dutch_seed), str(english_seed), "--format", "tsv")
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[2][:2] == ["Rode lijnen", "red lines"]
    assert rows[-1][:2] == ["", "–"]


def test_align_by_lines_treats_every_line_as_a_unit(capsys, tmp_path):
    left = tmp_path / "l.txt"
    right = tmp_path / "r.txt"
    left.write_text("One.\nTwo has 2 words.\nThree.\n", encoding="utf-8")
    right.write_text("Een.\nTwee heeft 2 woorden.\nDrie.\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "align", str(left), str(right), "--units", "lines")
    assert code == 0 and out.splitlines() == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]



def test_align_by_lines_numbers_units_by_file_line_when_some_lines_are_blank(capsys, tmp_path):
    # hand-aligned sets number their links by line: a blank line must not shift the ones after it
    left = tmp_path / "l.txt"
    right = tmp_path / "r.txt"
    left.write_text("One.\n\nTwo has 2 words.\nThree.\n", encoding="utf-8")
    right.write_text("Een.\r\nTwee heeft 2 woorden.\r\n   \r\nDrie.\r\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "align", str(left), str(right), "--units", "lines")
    assert code == 0 and out.splitlines() == ["[0]:[0]", "[1]:[]", "[2]:[1]", "[]:[2]", "[3]:[3]"]

def test_detect_prints_language_and_probability(capsys, dutch_seed, english_seed):
    code, out, _ = run_cli(capsys, "detect", str(dutch_seed), str(english_seed))
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0
    assert [r[1] for r in rows] == ["nl", "en"] and float(rows[0][2]) > 0.9


def test_detect_paragraphs_lists_each_paragraph(capsys, english_seed):
    _, out, _ = run_cli(capsys, "detect", "--paragraphs", str(english_seed))
    paragraph_rows = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(paragraph_rows) == 11
    assert paragraph_rows[-1].split("\t")[1] == "unknown"


@pytest.mark.parametrize("args", [
    ["align", "/nonexistent/a.txt", "/nonexistent/b.txt"],
    ["detect", "/nonexistent.txt"],
    ["/nonexistent/a.txt", "/nonexistent/b.txt"],
    ["align", "--format", "nope", "a", "b"],
])
def test_bad_paths_and_arguments_exit_2_with_one_line(capsys, args):
    code, out, err = run_cli(capsys, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_binary_file_is_refused_in_one_line(capsys, tmp_path, english_seed):
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    code, _, err = run_cli(capsys, "align", str(binary), str(english_seed))
    assert code == 2 and "binary" in err and len(err.splitlines()) == 1


def test_snapshot_writes_a_png_of_the_window(tmp_path, dutch_seed, english_seed):
    out = tmp_path / "view.png"
    result = subprocess.run([sys.executable, "-m", "bilingual_reader", "snapshot", str(dutch_seed),
                             str(english_seed), "-o", str(out), "--size", "900x600", "--select", "3"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_window_command_with_a_wrong_path_exits_2_without_traceback():
    result = subprocess.run([sys.executable, "-m", "bilingual_reader", "/nonexistent/a.txt", "/nonexistent/b.txt"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_snapshot_of_an_aligned_bitext(tmp_path, dutch_seed, english_seed):
    tmx = tmp_path / "pair.tmx"
    assert main(["export", str(dutch_seed), str(english_seed), "--format", "tmx", "-o", str(tmx)]) == 0
    out = tmp_path / "bitext.png"
    result = subprocess.run([sys.executable, "-m", "bilingual_reader", "snapshot", str(tmx), "-o", str(out),
                             "--size", "800x500"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def test_window_command_refuses_a_binary_file_and_a_missing_display_in_one_line(tmp_path, english_seed):
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for args, message in (([str(binary), str(english_seed)], "binary"),
                          ([str(english_seed), str(english_seed)], "no display")):
        result = subprocess.run([sys.executable, "-m", "bilingual_reader", *args], capture_output=True, text=True,
                                timeout=60, env=env)
        assert result.returncode == 2, result.stderr
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_window_started_on_paths_alone_skips_argparse_and_options_still_go_through_it():
    """argparse and the parser of every command took 10-12 ms of a 0.3 s start-up."""
    from bilingual_reader import cli

    assert cli._open_args(["open"]).paths == []
    assert cli._open_args(["open", "a.nl.txt", "b.en.txt"]).paths == ["a.nl.txt", "b.en.txt"]
    assert cli._open_args(["open", "--help"]) is None
    assert cli._open_args(["align", "a", "b"]) is None
    code = subprocess.run([sys.executable, "-c", "import sys; from bilingual_reader import cli; "
                           "cli._open_args(['open']); print('argparse' in sys.modules)"],
                          capture_output=True, text=True, cwd=os.path.dirname(os.path.dirname(os.path.dirname(
                              os.path.abspath(__file__)))))
    assert code.stdout.strip() == "False"


def test_an_unknown_option_of_the_window_is_a_one_line_error(capsys):
    code, _, err = run_cli(capsys, "--bogus")
    assert code == 2 and "unrecognized arguments: --bogus" in err


@pytest.mark.parametrize("args", [["align", "DUTCH", "ENGLISH"], ["/nonexistent/a.txt", "/nonexistent/b.txt"],
                                  ["--help"], ["align", "--format", "nope", "a", "b"]])
def test_the_garbage_collector_runs_again_after_every_command(capsys, dutch_seed, english_seed, args):
    """main() holds the collector off for the window's start; no way out of it leaves it off."""
    import gc

    from bilingual_reader.core import collector

    args = [{"DUTCH": str(dutch_seed), "ENGLISH": str(english_seed)}.get(a, a) for a in args]
    run_cli(capsys, *args)
    assert gc.isenabled() and collector._holds == 0 and not collector._start_held


def test_commands_without_a_window_run_with_the_garbage_collector_on(monkeypatch, capsys, english_seed):
    """Only the window's start is worth holding the collector for."""
    import gc

    from bilingual_reader import cli

    seen = []
    monkeypatch.setitem(cli._COMMANDS, "detect", lambda args: seen.append(gc.isenabled()) or 0)
    assert run_cli(capsys, "detect", str(english_seed))[0] == 0
    assert seen == [True]


def test_the_window_command_starts_with_the_garbage_collector_held(monkeypatch, capsys, english_seed):
    """The window's start makes its long-lived objects without collections (the window gives the hold back)."""
    import gc

    from bilingual_reader import cli

    seen = []
    monkeypatch.setitem(cli._COMMANDS, "open", lambda args: seen.append(gc.isenabled()) or 0)
    assert run_cli(capsys, str(english_seed), str(english_seed))[0] == 0
    assert seen == [False] and gc.isenabled()
