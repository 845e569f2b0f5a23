"""Renders the app icon, resources/icons/holdfast.svg, into the bitmaps desktops ask for.

    .venv/bin/python packaging/render_icons.py          # writes the files below
    .venv/bin/python packaging/render_icons.py --check  # exits 1 if one no longer matches the SVG

Writes resources/icons/app/holdfast-{16..512}.png (the Linux launcher's hicolor theme),
packaging/windows/holdfast.ico (16 to 256 px) and packaging/macos/holdfast.icns (16 to 1024 px).
Run it after changing the SVG and commit what it writes: the build and the installed desktop
entry copy these files, so neither needs Qt's SVG renderer or a converter at build time.

Qt's own ICO and ICNS writers store a single image per file, so this puts the containers
together itself; both formats hold PNG images as they are.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen is needed to render

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter
from PySide6.QtSvg import QSvgRenderer

from app.system.resource_files import APP_ICON_SIZES
from app.ui.resources import svg_image

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "holdfast.svg"
PNG_FOLDER = ROOT / "resources" / "icons" / "app"
ICO = ROOT / "packaging" / "windows" / "holdfast.ico"
ICNS = ROOT / "packaging" / "macos" / "holdfast.icns"

# Windows shows 16 to 48 px in lists and the task bar, 256 px in large views.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Each ICNS entry type and its size in pixels; "@2x" types serve Retina screens.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
    (b"ic10", 1024),  # 512@2x
)
# --check allows this much average difference per colour channel (of 255): another Qt version
# may antialias an edge a little differently, but a changed drawing differs far more.
TOLERANCE = 1.5


def render(renderer: QSvgRenderer, size: int) -> QImage:
    # Straight, not premultiplied, alpha: what PNG stores.
    return svg_image(renderer, size).convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode a PNG image: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size; Windows Vista and later read PNG entries."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 (icon), count
    offset = len(header) + 16 * len(pngs)
    directory, images = b"", b""
    for size, png in pngs.items():
        side = size if size < 256 else 0  # 0 stands for 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + directory + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: a big-endian header, then each entry as type, length and PNG data."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def expected_files() -> dict[Path, bytes]:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG image")
    sizes = sorted({*APP_ICON_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    files = {PNG_FOLDER / f"holdfast-{size}.png": pngs[size] for size in APP_ICON_SIZES}
    files[ICO] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[ICNS] = icns_bytes(pngs)
    return files


def difference(expected: bytes, found: bytes) -> float:
    """The average difference per colour channel between two PNG images; inf if sizes differ."""
    a, b = QImage.fromData(expected), QImage.fromData(found)
    if a.isNull() or b.isNull() or a.size() != b.size():
        return float("inf")
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    total = sum(abs(x - y) for x, y in zip(a.constBits(), b.constBits(), strict=True))
    return total / (a.width() * a.height() * 4)


def entries(data: bytes) -> list[bytes]:
    """The PNG images inside an ICO or ICNS file as this script writes them, in order."""
    if data[:4] == b"icns":
        found, at = [], 8
        while at < len(data):
            (length,) = struct.unpack(">I", data[at + 4 : at + 8])
            found.append(data[at + 8 : at + length])
            at += length
        return found
    (count,) = struct.unpack("<H", data[4:6])
    found = []
    for index in range(count):
        length, offset = struct.unpack("<II", data[6 + 16 * index + 8 : 6 + 16 * index + 16])
        found.append(data[offset : offset + length])
    return found


def stale(path: Path, expected: bytes) -> bool:
    if not path.is_file():
        return True
    found = path.read_bytes()
    if found == expected:
        return False
    if path.suffix == ".png":
        return difference(expected, found) > TOLERANCE
    wanted, present = entries(expected), entries(found)
    return len(wanted) != len(present) or any(
        difference(w, p) > TOLERANCE for w, p in zip(wanted, present, strict=True)
    )


def main(arguments: list[str]) -> int:
    _app = QGuiApplication([sys.argv[0]])  # QPainter on a QImage needs one for its fonts
    files = expected_files()
    if "--check" in arguments:
        out_of_date = [path for path, data in files.items() if stale(path, data)]
        for path in out_of_date:
            print(f"{path.relative_to(ROOT)} does not match {SVG.relative_to(ROOT)}")
        if out_of_date:
            print("Run: .venv/bin/python packaging/render_icons.py")
        return 1 if out_of_date else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
