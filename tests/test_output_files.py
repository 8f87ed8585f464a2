"""Writing outputs: atomically, only over a regular file, the old file kept on any failure."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from crm_roi.output_files import (
    NotARegularFileError,
    backup_path,
    target_kind,
    write_bytes_atomic,
    write_text_atomic,
)


def _only(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_new_file_is_written_and_its_folder_made(tmp_path: Path) -> None:
    target = tmp_path / "rapporten" / "2026" / "klant.json"

    write_text_atomic(target, "{}\n")

    assert target.read_text(encoding="utf-8") == "{}\n"
    assert _only(target.parent) == ["klant.json"]


def test_a_failing_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"%PDF oud")

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)

    with pytest.raises(OSError) as caught:
        write_bytes_atomic(target, b"%PDF nieuw" * 1000)

    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"%PDF oud"
    assert _only(tmp_path) == ["rapport.pdf"]


def test_an_interrupted_rename_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rapport.html"
    target.write_text("oud", encoding="utf-8")

    def interrupted(_source: object, _target: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)

    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "nieuw")

    assert target.read_text(encoding="utf-8") == "oud"
    assert _only(tmp_path) == ["rapport.html"]


def test_a_folder_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "rapport.pdf"
    folder.mkdir()

    with pytest.raises(NotARegularFileError) as caught:
        write_bytes_atomic(folder, b"%PDF")

    assert caught.value.kind == "folder"
    assert folder.is_dir()
    assert _only(tmp_path) == ["rapport.pdf"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_is_never_replaced_nor_written_to(tmp_path: Path) -> None:
    pipe = tmp_path / "uitvoer"
    os.mkfifo(pipe)

    with pytest.raises(NotARegularFileError) as caught:
        write_text_atomic(pipe, "{}")

    assert caught.value.kind == "pipe"
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert _only(tmp_path) == ["uitvoer"]


def test_a_device_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """/dev/null itself, with the rename watched: nothing may be renamed over it."""
    renamed: list[object] = []
    monkeypatch.setattr(os, "replace", lambda source, target: renamed.append(target))

    with pytest.raises(NotARegularFileError) as caught:
        write_bytes_atomic(Path(os.devnull), b"%PDF")

    assert caught.value.kind == "device"
    assert renamed == []
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_symbolic_link_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "echt.json"
    real.write_text("oud", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)

    write_text_atomic(link, "nieuw")

    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "nieuw"


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "rapport.pdf"
    link.symlink_to(os.devnull)

    with pytest.raises(NotARegularFileError):
        write_bytes_atomic(link, b"%PDF")

    assert link.is_symlink()


def test_the_permissions_of_the_replaced_file_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    target.write_text("oud", encoding="utf-8")
    target.chmod(0o640)

    write_text_atomic(target, "nieuw")

    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_keep_backup_keeps_the_previous_version(tmp_path: Path) -> None:
    target = tmp_path / "jansen.yaml"
    write_text_atomic(target, "een", backups=1)
    write_text_atomic(target, "twee", backups=1)

    assert backup_path(target).read_text(encoding="utf-8") == "een"
    assert target.read_text(encoding="utf-8") == "twee"


def test_target_kind_names_what_is_there(tmp_path: Path) -> None:
    regular = tmp_path / "a.txt"
    regular.write_text("x", encoding="utf-8")

    assert target_kind(regular) is None
    assert target_kind(tmp_path / "weg.txt") is None
    assert target_kind(tmp_path) == "folder"
    assert target_kind(Path(os.devnull)) == "device"


def test_a_layer_that_quotes_the_reason_of_a_refusal_quotes_it_in_dutch(tmp_path: Path) -> None:
    """The interview storage puts `strerror` in its message (the app's save-as dialog)."""
    from crm_roi.interview import InterviewError, new_interview, save_interview

    with pytest.raises(InterviewError) as caught:
        save_interview(new_interview("crm_roi", "1"), tmp_path)

    assert caught.value.message == (
        "het bestand kan niet worden opgeslagen (dat is een map, geen gewoon bestand)."
    )
