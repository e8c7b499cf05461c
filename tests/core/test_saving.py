"""One way to save a file: whole files, whole backups, links followed or refused, no leftovers.

The kill -9 loop and the concurrent savers run real processes a bounded number of times.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.cases import CASE_FILES
from wizard.core.storage import atomic_write, load, save

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX signals, links and modes")

# A child that saves numbered versions of one file as fast as it can, each a few megabytes so
# that a kill lands in the middle of a write.
SAVER = """
import sys
from wizard.core.storage import atomic_write
path, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
print("ready", flush=True)
for number in range(first, first + count):
    atomic_write(path, (%r %% number).encode() + b"x" * %d + b"\\n", backup=True)
"""
PAD = 3_000_000
HEAD = '{"version": %08d}'


def version(data: bytes) -> int:
    """The number of a whole version; AssertionError for anything partial."""
    assert len(data) == len(HEAD % 0) + PAD + 1, f"a partial file of {len(data)} bytes"
    assert data.endswith(b"x\n")
    return int(data[12:20])


def saver(path: Path, first: int, count: int) -> subprocess.Popen[bytes]:
    script = SAVER % (HEAD, PAD)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(path), str(first), str(count)],
        env=env, stdout=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stdout.readline() == b"ready\n"
    return child


def kill(child: subprocess.Popen[bytes]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.stdout is not None
    child.stdout.close()


@pytest.mark.slow
@posix_only
def test_backup_is_always_a_whole_earlier_version(tmp_path):
    """Killed at any instant of a save, the file and its backup are whole versions."""
    path = tmp_path / "client.dlready"
    atomic_write(path, (HEAD % 0).encode() + b"x" * PAD + b"\n")
    for round_ in range(1, 25):
        child = saver(path, round_ * 1000, 1000)
        time.sleep(0.05 + (round_ % 7) * 0.021)
        kill(child)
        version(path.read_bytes())
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            # killed between the two renames, the backup is the version still in place
            assert version(backup.read_bytes()) <= version(path.read_bytes())


@pytest.mark.slow
@posix_only
def test_a_killed_save_leaves_nothing_behind_after_the_next_save(tmp_path):
    path = tmp_path / "client.dlready"
    for round_ in range(1, 12):
        child = saver(path, round_ * 1000, 1000)
        time.sleep(0.05 + (round_ % 5) * 0.023)
        kill(child)
    atomic_write(path, (HEAD % 1).encode() + b"x" * PAD + b"\n", backup=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.dlready", "client.dlready.bak"]


@pytest.mark.slow
@posix_only
def test_two_savers_at_once_never_show_a_partial_file_or_backup(tmp_path):
    path = tmp_path / "client.dlready"
    backup = path.with_name(path.name + ".bak")
    atomic_write(path, (HEAD % 0).encode() + b"x" * PAD + b"\n")
    atomic_write(path, (HEAD % 0).encode() + b"x" * PAD + b"\n", backup=True)
    children = [saver(path, 1, 25), saver(path, 100, 25)]
    reads = 0
    while any(child.poll() is None for child in children):
        version(backup.read_bytes())
        version(path.read_bytes())
        reads += 1
    for child in children:
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    assert [child.returncode for child in children] == [0, 0]
    assert reads > 10
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@posix_only
def test_a_planted_backup_link_is_replaced_never_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("not yours")
    path = tmp_path / "client.dlready"
    save(load(CASE_FILES[0]), path)
    backup = tmp_path / "client.dlready.bak"
    backup.symlink_to(victim)
    save(load(CASE_FILES[1]), path)
    assert victim.read_text() == "not yours"
    assert not backup.is_symlink()
    assert load(backup).answers == load(CASE_FILES[0]).answers


@posix_only
def test_saving_through_a_link_changes_the_file_it_points_at(tmp_path):
    real = tmp_path / "real" / "client.dlready"
    real.parent.mkdir()
    save(load(CASE_FILES[0]), real)
    real.chmod(0o640)
    link = tmp_path / "link.dlready"
    link.symlink_to(real)
    save(load(CASE_FILES[1]), link)
    assert link.is_symlink() and link.resolve() == real
    assert load(real).answers == load(CASE_FILES[1]).answers
    assert load(real.with_name("client.dlready.bak")).answers == load(CASE_FILES[0]).answers
    assert real.stat().st_mode & 0o777 == 0o640
    assert not (tmp_path / "link.dlready.bak").exists()


def test_a_failed_save_keeps_the_file_and_its_backup_whole(tmp_path, monkeypatch):
    path = tmp_path / "client.dlready"
    save(load(CASE_FILES[0]), path)
    save(load(CASE_FILES[1]), path)
    before = path.read_bytes(), (tmp_path / "client.dlready.bak").read_bytes()

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        save(load(CASE_FILES[2]), path)
    after = path.read_bytes(), (tmp_path / "client.dlready.bak").read_bytes()
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.dlready", "client.dlready.bak"]


def test_a_saved_file_is_valid_json(tmp_path):
    path = tmp_path / "client.dlready"
    save(load(CASE_FILES[0]), path)
    assert json.loads(path.read_text("utf-8"))["format"] == "dlready-assessment"


def test_where_links_are_impossible_the_backup_is_a_whole_copy(tmp_path, monkeypatch):
    path = tmp_path / "client.dlready"
    save(load(CASE_FILES[0]), path)
    before = path.read_bytes()

    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    save(load(CASE_FILES[1]), path)
    assert (tmp_path / "client.dlready.bak").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.dlready", "client.dlready.bak"]


def test_a_backup_never_shares_its_file_with_another_name(tmp_path):
    path = tmp_path / "client.dlready"
    save(load(CASE_FILES[0]), path)
    before = path.read_bytes()
    other = tmp_path / "other-name.dlready"
    os.link(path, other)  # someone else's name for the same file, which they may write into
    save(load(CASE_FILES[1]), path)
    with other.open("ab") as handle:
        handle.write(b"written in place by someone else")
    assert (tmp_path / "client.dlready.bak").read_bytes() == before


@pytest.mark.parametrize("durable", [True, False])
def test_the_data_is_always_on_disk_before_the_rename(tmp_path, monkeypatch, durable):
    """Without `durable` only the folder's sync is skipped: the file's data is still synced
    before it takes the name, so a power cut leaves the old file or the whole new one."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: events.append("fsync") or real_fsync(fd))
    monkeypatch.setattr(os, "replace",
                        lambda a, b: events.append("rename") or real_replace(a, b))
    path = tmp_path / "shot.png"
    atomic_write(path, b"\x89PNG whole", durable=durable)
    assert path.read_bytes() == b"\x89PNG whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]
    folder_synced = durable and os.name == "posix"
    assert events == ["fsync", "rename", *(["fsync"] if folder_synced else [])]
