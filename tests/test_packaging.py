"""`pip install .` into a fresh venv outside the checkout gives a working `crm-roi`.

Slow-ish (a wheel build, ~10 s). The runtime dependencies are not reinstalled: the fresh
venv sees the project venv's site-packages through a `.pth` file, so the test needs no
network and checks what matters here: the package, its data folders and the script.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with crm-roi installed from the checkout; returns its bin folder."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "project_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return venv / "bin"


def test_console_script_shows_dutch_help(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "crm-roi"), "--help"], cwd=tmp_path, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Gebruik: crm-roi")


def test_installed_package_has_its_data_folders(installed: Path, tmp_path: Path) -> None:
    script = (
        "import crm_roi, crm_roi.locations as l\n"
        "from crm_roi.finance import analyse\n"
        "print(crm_roi.__file__)\n"
        "print(l.benchmarks_path().is_file(), l.question_flows_dir().parent == "
        "l.report_templates_dir().parent == __import__('pathlib').Path(crm_roi.__file__).parent)\n"
        "print(l.report_templates_dir().is_dir(), l.default_flow_path().is_file())\n"
    )
    result = subprocess.run(
        [str(installed / "python"), "-c", script], cwd=tmp_path, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    package_file, data_found, templates_found = result.stdout.splitlines()
    assert not package_file.startswith(str(ROOT / "src"))
    assert data_found == "True True"
    assert templates_found == "True True"
