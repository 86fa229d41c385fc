"""Streams and special outputs: a device is written to, never replaced; closed standard streams are one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from detente.errors import UsageError
from detente.files import replacing

COMMAND = [sys.executable, "-c", "from detente.cli import main; main()"]
TEXT = "Russia accused Ukraine of shelling the plant on Monday, officials said.\n"


def test_a_device_is_written_to_and_stays_a_device() -> None:
    with pytest.raises(UsageError, match="cannot write '/dev/full': No space left on device"), \
            replacing(Path("/dev/full")) as f:
        f.write("x" * 100_000)
    assert Path("/dev/full").is_char_device()
    with replacing(Path("/dev/null")) as f:
        f.write("gone")
    assert Path("/dev/null").is_char_device()


def test_a_link_keeps_pointing_at_its_file(tmp_path: Path) -> None:
    target, link = tmp_path / "target.jsonl", tmp_path / "link.jsonl"
    target.write_text("old\n")
    link.symlink_to(target)
    with replacing(link) as f:
        f.write("new\n")
    assert link.is_symlink() and target.read_text() == "new\n"


def test_a_folder_is_no_output(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="it is a directory"), replacing(tmp_path):
        pass


def test_extract_to_a_full_device_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    done = subprocess.run([*COMMAND, "extract", str(tmp_path / "a.txt"), "-o", "/dev/full"], capture_output=True,
                          text=True)
    assert done.returncode == 2 and done.stderr == "detente: cannot write '/dev/full': No space left on device\n"


def test_closed_standard_streams_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    closed_out = subprocess.run([*COMMAND, "extract", str(tmp_path / "a.txt")], stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: os.close(1))
    assert closed_out.returncode == 2
    assert closed_out.stderr == "detente: standard output is closed; write the records to a file with -o FILE\n"
    closed_in = subprocess.run([*COMMAND, "extract", "-"], capture_output=True, text=True,
                               preexec_fn=lambda: os.close(0))
    assert closed_in.returncode == 2
    assert "cannot read '<stdin>': standard input is closed" in closed_in.stderr
    assert "Traceback" not in closed_in.stderr + closed_out.stderr
