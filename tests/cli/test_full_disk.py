"""A disk that fills up while a report is written leaves the previous report as it was.

In a subprocess the largest file the command may write is limited (RLIMIT_FSIZE), so every
write beyond it fails as on a full disk, whatever way the program writes.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crm_roi.cli import run

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / "crm-roi"
EXAMPLE = ROOT / "examples" / "installatiebedrijf-pipedrive.yaml"
LIMIT = 32 * 1024  # a report is larger; the compiled templates are cached before
OLD_PDF = b"%PDF-1.7\n% het rapport van vorige week\n%%EOF\n"

resource = pytest.importorskip("resource")


def _limited() -> None:
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _crm_roi(folder: Path, *args: str, limited: bool) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CRM_ROI_CACHE_DIR": str(folder / "cache")}
    return subprocess.run(
        [str(SCRIPT), *args],
        cwd=folder,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limited if limited else None,
    )


@pytest.mark.parametrize(("fmt", "name"), [("pdf", "rapport.pdf"), ("html", "rapport.html")])
def test_a_report_too_big_for_the_disk_keeps_the_old_one(
    tmp_path: Path, fmt: str, name: str
) -> None:
    shutil.copy(EXAMPLE, tmp_path / "klant.yaml")
    shutil.copy(EXAMPLE.with_name("kompas-logo.svg"), tmp_path)
    warm = _crm_roi(
        tmp_path, "report", "klant.yaml", "-o", f"warm.{fmt}", "--format", fmt, limited=False
    )
    assert warm.returncode == 0, warm.stderr  # the compiled templates are in the cache now
    (tmp_path / f"warm.{fmt}").unlink()
    target = tmp_path / name
    target.write_bytes(OLD_PDF)
    before = sorted(path.name for path in tmp_path.iterdir())

    result = _crm_roi(tmp_path, "report", "klant.yaml", "-o", name, "--format", fmt, limited=True)

    assert target.read_bytes() == OLD_PDF
    assert sorted(path.name for path in tmp_path.iterdir()) == before  # no temporary file
    assert result.returncode == 2
    assert result.stderr == (
        f"Fout: {name}: het bestand kan niet worden opgeslagen (het bestand wordt te groot).\n"
    )


def test_no_space_left_while_writing_the_pdf_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(OLD_PDF)

    def disk_full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)

    code = run(["report", str(EXAMPLE), "-o", str(target)])

    assert target.read_bytes() == OLD_PDF
    assert [path.name for path in tmp_path.iterdir()] == ["rapport.pdf"]
    assert code == 2
    assert capsys.readouterr().err == (
        f"Fout: {target}: het bestand kan niet worden opgeslagen (de schijf is vol).\n"
    )
