"""Render the Articles workspace to PNG (offscreen) in English and Farsi, light and dark.

    .venv/bin/python scripts/screenshot_articles.py [OUT_DIR]   # default: docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EN_BODY = """The river that feeds Basra's old canals has fallen to its lowest level in a decade, and \
farmers along the Shatt al-Arab say the salt line has moved **twenty kilometres** upstream since spring.

> "We used to water the date palms twice a week. Now we wait for the tanker," said one grower.

The council has promised three measures:

1. a desalination unit at the northern pumping station,
2. emergency deliveries to the worst-hit districts,
3. a review of the upstream dam releases.

## What comes next

The ministry's report is due next month. Read the [full statement](https://example.org/statement) \
or download the attached PDF."""

FA_BODY = """رودخانه‌ای که کانال‌های قدیمی بصره را سیراب می‌کند به پایین‌ترین سطح خود در ده سال گذشته رسیده \
است و کشاورزان می‌گویند خط شوری از بهار تاکنون **۲۰ کیلومتر** به بالادست رفته است.

> «ما هفته‌ای دو بار نخل‌ها را آب می‌دادیم. حالا منتظر تانکر می‌مانیم.»

شورای شهر سه اقدام را وعده داده است:

1. یک دستگاه آب‌شیرین‌کن در ایستگاه پمپاژ شمالی،
2. ارسال اضطراری آب به محله‌های آسیب‌دیده،
3. بازنگری در رهاسازی آب سدهای بالادست (UN-Habitat).

## گام بعدی

گزارش وزارتخانه ماه آینده منتشر می‌شود."""


def featured_image(library, folder: Path) -> int | None:  # type: ignore[no-untyped-def]
    """A drawn picture (sky, palms, river) imported like a user's photo, with captions."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPolygonF

    from nejat_desk.services.media_import import import_media
    from nejat_desk.storage.models import MediaText

    image = QImage(1200, 560, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(0, 0, 0, 560)
    sky.setColorAt(0, QColor("#f4a261"))
    sky.setColorAt(0.55, QColor("#e9c46a"))
    sky.setColorAt(0.56, QColor("#2a9d8f"))
    sky.setColorAt(1, QColor("#264653"))
    painter.fillRect(image.rect(), sky)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#3d2c1e"))
    for x in (140, 320, 930, 1080):
        painter.drawRect(x, 170, 14, 150)
        for dx, dy in ((-70, -10), (70, -10), (-50, 25), (50, 25), (0, -40)):
            painter.drawPolygon(QPolygonF([QPointF(x + 7, 170), QPointF(x + 7 + dx, 170 + dy + 18),
                                           QPointF(x + 7 + dx * 0.8, 170 + dy + 28)]))
    painter.end()
    path = folder / "basra-river.png"
    image.save(str(path))
    report = import_media(library, [path])
    ids = report.media_ids
    if not ids:
        return None
    with library.session() as session:
        session.merge(MediaText(media_id=ids[0], edition_code="en", caption="The Shatt al-Arab at dusk.",
                                alt_text="Palm trees along a wide river under an orange sky"))
        session.merge(MediaText(media_id=ids[0], edition_code="fa", caption="اروندرود هنگام غروب.",
                                alt_text="نخل‌ها در کنار رودخانه‌ای پهن زیر آسمان نارنجی"))
    return ids[0]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from nejat_desk.gui.articles.workspace import ArticlesWorkspace
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.palette import apply_theme
    from nejat_desk.gui.settings import Settings
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.storage.library import Library

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="shots-"))
    library = Library.open(folder / "library", create=True)
    try:
        from nejat_desk.services.example_content import load_example_content

        load_example_content(library)
    except Exception as exc:  # the examples are decoration here
        print("examples not loaded:", exc)
    service = ArticleService(library)
    en = service.create("en", "Basra's canals run dry as the salt line moves upstream", EN_BODY,
                        category_path="World/Iraq", tags=["water", "Basra", "farming"], byline="Sara Ahmed",
                        source_name="Nejat desk", source_url="https://example.org/basra",
                        excerpt="Farmers along the Shatt al-Arab wait for tankers.")
    media_id = featured_image(library, folder)
    if media_id is not None:
        service.update_meta(en, featured_media_id=media_id)
    fa = service.create_translation(en, "fa")
    service.save_text(fa, title="کانال‌های بصره با پیشروی خط شوری خشک می‌شوند", body_md=FA_BODY)
    service.update_meta(fa, category_path="جهان/عراق", tags=["آب", "بصره"], byline="سارا احمد")
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        for edition, article_id in (("en", en), ("fa", fa)):
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if edition == "fa"
                                   else Qt.LayoutDirection.LeftToRight)
            context = AppContext(library, Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)),
                                 TaskRunner())
            workspace = ArticlesWorkspace(context)
            workspace.resize(1600, 900)
            workspace.show()
            workspace.editor.open_article(article_id)
            workspace.list_panel.model.wait_until_complete()
            workspace.list_panel.select_article(article_id)
            deadline = 50
            while workspace.editor.preview.shown_generation == 0 and deadline:
                app.processEvents()
                import time

                time.sleep(0.05)
                deadline -= 1
            app.processEvents()
            path = out / f"articles-{edition}-{theme}.png"
            workspace.grab().save(str(path))
            print(path)
            workspace.shutdown()
            workspace.deleteLater()
            app.processEvents()
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
