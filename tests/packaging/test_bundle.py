"""The PyInstaller bundle builds, starts without the checkout or its Python, finds its fonts
and data, renders the window, and can add itself to the desktop menu."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest
from app_checks import (
    ROOT,
    check_analysis,
    check_screenshot,
    runtime_files,
    screenshot_with_samples,
)

from nato_reader import __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="build.sh makes the Linux bundle; the spec serves other systems"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [ROOT / "packaging" / "build.sh", "--dist", out / "dist", "--work", out / "work"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "size: " in result.stdout  # the build reports the bundle's size
    return out / "dist" / "nato-reader"


def test_bundle_carries_every_runtime_file(bundle: Path):
    resources = bundle / "_internal" / "nato_reader" / "resources"
    missing = [str(rel) for rel in runtime_files() if not (resources / rel).is_file()]
    assert not missing, f"left out of the bundle: {missing}"


def test_bundle_runs_without_python_or_checkout(bundle: Path, run_in_tmp, user_env,
                                                tmp_path: Path):
    # No Python on PATH and no Python variables: the bundle must carry its own.
    user_env["PATH"] = "/usr/bin:/bin"
    for name in [k for k in user_env if k.startswith("PYTHON")]:
        del user_env[name]
    program = bundle / "nato-reader"
    version = run_in_tmp([program, "--version"]).stdout
    assert version.splitlines()[0] == f"nato-reader {__version__} (GPL-3.0-or-later)"
    assert "Amiri font: OFL-1.1" in version

    samples = bundle / "_internal" / "nato_reader" / "resources" / "samples"
    check_analysis(run_in_tmp([program, "analyze", *sorted(samples.glob("*.txt"))]).stdout)
    shot = screenshot_with_samples(run_in_tmp, [program], samples, tmp_path)
    check_screenshot(shot)


def test_menu_entry_installed_from_the_bundle_starts_it(bundle: Path, run_in_tmp, user_env):
    run_in_tmp([bundle / "install-desktop.sh"])
    data = Path(user_env["XDG_DATA_HOME"])
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(data / "applications" / "nato-reader.desktop", encoding="utf-8")
    program = Path(entry["Desktop Entry"]["Exec"].strip('"'))
    assert program == bundle / "nato-reader" and os.access(program, os.X_OK)
    icon = entry["Desktop Entry"]["Icon"]
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{icon}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{icon}.svg").is_file()

    run_in_tmp([bundle / "install-desktop.sh", "--uninstall"])
    assert not (data / "applications" / "nato-reader.desktop").exists()
