"""Render the Media workspace (grid + detail panel, and the gallery editor) to PNG in light and
dark palettes and with a Farsi caption right to left.

    .venv/bin/python scripts/screenshot_media.py [OUT_DIR]     (default: docs/screenshots)
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def scene(seed: int, size: tuple[int, int] = (1200, 800)):  # noqa: ANN201
    """A simple street scene: sky gradient, sun, buildings with windows, a road."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = size
    img = Image.new("RGB", size)
    draw = ImageDraw.Draw(img)
    top = (rng.randint(60, 140), rng.randint(120, 180), rng.randint(190, 250))
    bottom = (rng.randint(200, 250), rng.randint(170, 220), rng.randint(140, 200))
    for y in range(h):
        t = y / h
        draw.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    sx = rng.randint(100, w - 100)
    draw.ellipse((sx - 60, 80, sx + 60, 200), fill=(255, 236, 170))
    x = 0
    while x < w:
        bw, bh = rng.randint(90, 220), rng.randint(200, 560)
        shade = rng.randint(70, 170)
        colour = (shade, shade - rng.randint(0, 30), shade - rng.randint(0, 50))
        draw.rectangle((x, h - 120 - bh, x + bw, h - 120), fill=colour)
        for wy in range(h - 100 - bh, h - 150, 40):
            for wx in range(x + 12, x + bw - 20, 30):
                if rng.random() < 0.7:
                    draw.rectangle((wx, wy, wx + 14, wy + 20), fill=(250, 230, 160) if rng.random() < 0.3
                                   else (60, 70, 90))
        x += bw + rng.randint(0, 20)
    draw.rectangle((0, h - 120, w, h), fill=(70, 70, 75))
    for lx in range(0, w, 120):
        draw.rectangle((lx, h - 64, lx + 60, h - 56), fill=(230, 230, 220))
    for _ in range(rng.randint(3, 8)):
        px = rng.randint(0, w)
        draw.ellipse((px, h - 190, px + 26, h - 164), fill=(40, 30, 30))
        draw.rectangle((px + 4, h - 164, px + 22, h - 110), fill=(rng.randint(20, 200), 40, rng.randint(20, 200)))
    return img.filter(ImageFilter.GaussianBlur(0.8))


CAPTIONS = [
    ("en", "Evening traffic on Rashid Street as the curfew lifts", "Cars and pedestrians on a busy street at dusk"),
    ("fa", "ترافیک عصرگاهی در خیابان رشید پس از پایان منع آمد و شد", "خودروها و عابران در خیابانی شلوغ هنگام غروب"),
    ("ar", "حركة المرور المسائية في شارع الرشيد بعد رفع حظر التجول", ""),
    ("sq", "Trafiku i mbrëmjes në rrugën Rashid", ""),
]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.media.workspace import MediaWorkspace
    from nejat_desk.gui.palette import apply_theme
    from nejat_desk.gui.settings import Settings
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.desk import Desk
    from nejat_desk.services.media import Caption
    from nejat_desk.storage.library import Library

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="media-shots-"))
    src = folder / "photos"
    src.mkdir()
    for i in range(18):
        scene(i).save(src / f"baghdad-{i:02d}.jpg", quality=88)
    library = Library.open(folder / "library", create=True)
    desk = Desk(library)
    ids = desk.media.import_files(sorted(src.iterdir())).media_ids
    chosen = ids[4]
    desk.media.update(chosen, texts={code: Caption(caption, alt) for code, caption, alt in CAPTIONS},
                      credit="Sara Ahmed / Nejat", copyright="© 2026 Nejat", licence="All rights reserved",
                      tags=["Baghdad", "traffic", "curfew"], rating=4)
    for mid in ids[:10]:
        if mid != chosen:
            desk.media.update(mid, texts={"en": Caption(alt_text="Street scene")})
    gid = desk.galleries.create("photo_gallery", {"en": "Baghdad after the curfew",
                                                  "fa": "بغداد پس از منع آمد و شد"})
    desk.galleries.add_items(gid, ids[:8])
    shots = []
    for theme, rtl in (("light", False), ("dark", False), ("light", True)):
        apply_theme(app, theme)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        context = AppContext(library, Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)),
                             TaskRunner())
        ws = MediaWorkspace(context)
        ws.resize(1500, 900)
        ws.show()
        ws.select_media(chosen)
        ws.detail.select_edition("fa" if rtl else "en")
        deadline = time.time() + 5
        while time.time() < deadline:
            app.processEvents()
            time.sleep(0.02)
        name = f"media-grid-{'fa-rtl' if rtl else theme}.png"
        ws.grab().save(str(out / name))
        shots.append(out / name)
        if theme == "light" and not rtl:
            ws.tabs.setCurrentWidget(ws.galleries)
            ws.galleries.reload_list()
            ws.galleries.list_view.setCurrentIndex(ws.galleries.list_model.index(0))
            deadline = time.time() + 2
            while time.time() < deadline:
                app.processEvents()
                time.sleep(0.02)
            ws.grab().save(str(out / "media-gallery-light.png"))
            shots.append(out / "media-gallery-light.png")
        ws.loader.wait()
        ws.detail.previews.wait()
        ws.deleteLater()
        app.processEvents()
    library.close()
    for p in shots:
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
