"""The app icon: rendered from its SVG at every size the platforms use, and kept in step."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def load_render_icons():
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_is_rendered_at_each_size(size: int):
    assert png_size(ICONS / f"nato-reader-{size}.png") == (size, size)


def test_native_icons_for_windows_and_macos_hold_the_rendered_images():
    ico = (ROOT / "packaging" / "icons" / "nato-reader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ROOT / "packaging" / "icons" / "nato-reader.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic09" in icns  # the 512 px image macOS uses for Retina docks


def test_shipped_pngs_match_the_svg(qapp):
    """Editing the SVG without running packaging/render_icons.py fails here."""
    from PySide6.QtSvg import QSvgRenderer

    render_icons = load_render_icons()
    renderer = QSvgRenderer(str(ICONS / "nato-reader.svg"))
    for size in (32, 256):
        fresh = QImage.fromData(render_icons.render_png(renderer, size), "PNG")
        shipped = QImage(str(ICONS / f"nato-reader-{size}.png"))
        worst = max(
            abs(fresh.pixelColor(x, y).value() - shipped.pixelColor(x, y).value())
            + abs(fresh.pixelColor(x, y).alpha() - shipped.pixelColor(x, y).alpha())
            for x in range(0, size, max(1, size // 32)) for y in range(0, size, max(1, size // 32))
        )
        assert worst <= 8, f"nato-reader-{size}.png is out of date: run packaging/render_icons.py"
