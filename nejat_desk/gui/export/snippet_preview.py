"""Share-snippet previews: one tab per platform, drawn roughly as the reader will see the post,
with copy buttons and the edition's direction (Farsi and Arabic read right to left).

Snippets are computed on the task runner (the article's export record needs a database read and
X's counter); the panel only shows them. Edits are saved as hand-edited snippets, which
regenerating keeps.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import Platform
from nejat_desk.core.snippets import X_MAX_WEIGHT, Snippet
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.writes import write

PLATFORM_LABELS = {
    Platform.FACEBOOK: "Facebook", Platform.X: "X", Platform.PINTEREST: "Pinterest",
    Platform.WHATSAPP: "WhatsApp", Platform.TELEGRAM: "Telegram", Platform.SKYPE: "Skype",
    Platform.EMAIL: "Email",
}
BUBBLE = {  # background, text: a hint of each platform's look, readable in light and dark palettes
    Platform.FACEBOOK: ("#f0f2f5", "#1c1e21"), Platform.X: ("#ffffff", "#0f1419"),
    Platform.PINTEREST: ("#ffffff", "#111111"), Platform.WHATSAPP: ("#dcf8c6", "#111b21"),
    Platform.TELEGRAM: ("#effdde", "#000000"), Platform.SKYPE: ("#e8f4fc", "#1b1b1b"),
    Platform.EMAIL: ("#ffffff", "#202124"),
}


def load_preview(library: Any, article_id: int) -> dict[str, Any]:
    """Worker thread: the article's snippets (hand-edited texts win) and what the preview shows."""
    from nejat_desk.services.export import Selection, load_export_set
    from nejat_desk.services.snippets import generate, stored_texts

    export = load_export_set(library, Selection(article_ids=(article_id,), include_galleries=False,
                                                include_issues=False))
    if not export.articles:
        raise LookupError(f"There is no article with id {article_id} (or it is in the trash).")
    article = export.articles[0]
    generated = generate(export, stored=stored_texts(library, [article_id]))[0]
    image_path = ""
    if article.featured is not None and article.featured.sha256:
        path = library.layout.media_path(article.featured.sha256)
        image_path = str(path) if path.exists() else ""
    return {"article": article, "direction": generated.direction, "snippets": generated.snippets,
            "image_path": image_path,
            "domain": re.sub(r"^https?://([^/]+).*$", r"\1", article.url)}


def whatsapp_rich(text: str) -> str:
    """WhatsApp's *bold* and _italic_ shown as the app shows them."""
    escaped = html.escape(text)
    escaped = re.sub(r"\*([^*\n]+)\*", r"<b>\1</b>", escaped)
    escaped = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"<i>\1</i>", escaped)
    return escaped.replace("\n", "<br>")


def plain_rich(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class PlatformCard(QWidget):
    """One platform: the preview, the editable text, and copy buttons."""

    edited = Signal(object, str)  # platform, text
    reset_requested = Signal(object)

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.snippet: Snippet | None = None
        background, ink = BUBBLE[platform]
        self.frame = QFrame()
        self.frame.setObjectName("bubble")
        self.frame.setStyleSheet(f"QFrame#bubble {{ background: {background}; border: 1px solid #d0d4d9; "
                                 f"border-radius: 10px; }} QFrame#bubble QLabel {{ color: {ink}; "
                                 "background: transparent; }")
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("background: #c9ced6; color: #3c4043; border-radius: 6px;")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setOpenExternalLinks(False)
        self.link_card = QLabel()
        self.link_card.setWordWrap(True)
        self.link_card.setStyleSheet("color: #5f6368; font-size: 11px;")
        frame_layout = QVBoxLayout(self.frame)
        # Pinterest shows the pin's image first; the others show the text, then the link's preview.
        order = ((self.image, self.heading, self.body, self.link_card) if platform is Platform.PINTEREST
                 else (self.heading, self.body, self.image, self.link_card))
        for widget in order:
            frame_layout.addWidget(widget)

        self.measure = QLabel()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4ce; color: #4d3b00; padding: 6px; border-radius: 4px;")
        self.notice.hide()
        self.editor = QPlainTextEdit()
        self.editor.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Keep My Text"))
        self.save_button.setToolTip(self.tr("Save this text as edited: generating again keeps it."))
        self.reset_button = QPushButton(self.tr("Use Generated Text"))
        self.copy_text = QPushButton(self.tr("Copy Text"))
        self.copy_link = QPushButton(self.tr("Copy Link"))
        self.copy_share = QPushButton(self.tr("Copy Share Link"))
        self.save_button.clicked.connect(lambda: self.edited.emit(self.platform, self.editor.toPlainText()))
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.platform))
        self.copy_text.clicked.connect(lambda: self._copy(self.editor.toPlainText()))
        self.copy_link.clicked.connect(lambda: self._copy(self.snippet.link if self.snippet else ""))
        self.copy_share.clicked.connect(lambda: self._copy(self.snippet.share_url or "" if self.snippet else ""))
        buttons = QHBoxLayout()
        for button in (self.copy_text, self.copy_link, self.copy_share):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.frame)
        layout.addWidget(self.measure)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def set_direction(self, direction: str) -> None:
        rtl = direction == "rtl"
        layout_dir = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        for widget in (self.frame, self.editor, self.heading, self.body):
            widget.setLayoutDirection(layout_dir)
        self.link_card.setLayoutDirection(layout_dir)
        for label in (self.heading, self.body, self.link_card):
            # Leading edge: Qt mirrors it for a right-to-left widget (AlignRight would be mirrored too).
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        option = QTextOption(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setTextDirection(layout_dir)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.document().setDefaultTextOption(option)

    def show_snippet(self, snippet: Snippet, *, direction: str, domain: str, pixmap: QPixmap | None,
                     title: str) -> None:
        self.snippet = snippet
        self.set_direction(direction)
        self.editor.setPlainText(snippet.text)
        self.copy_share.setEnabled(snippet.share_url is not None)
        self.copy_share.setToolTip("" if snippet.share_url else self.tr("Skype has no share link any more."))
        self.reset_button.setEnabled(bool(snippet.measure.get("edited")))
        p = self.platform
        image_size = {Platform.PINTEREST: (200, 300)}.get(p, (400, 210))
        show_image = p in (Platform.FACEBOOK, Platform.X, Platform.PINTEREST, Platform.WHATSAPP, Platform.TELEGRAM)
        self.image.setVisible(show_image)
        if show_image:
            self.image.setFixedSize(*image_size)
            if pixmap is not None and not pixmap.isNull():
                scaled = pixmap.scaled(*image_size, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                       Qt.TransformationMode.SmoothTransformation)
                x = (scaled.width() - image_size[0]) // 2
                y = (scaled.height() - image_size[1]) // 2
                self.image.setPixmap(scaled.copy(x, y, *image_size))
            else:
                self.image.setPixmap(QPixmap())
                ratio = "2:3" if p is Platform.PINTEREST else "1200 × 630"
                self.image.setText(self.tr("Image %1").replace("%1", ratio) if snippet.image
                                   else self.tr("No image"))
        self.heading.setVisible(p in (Platform.PINTEREST, Platform.EMAIL))
        if p is Platform.PINTEREST:
            self.heading.setText(snippet.title)
        elif p is Platform.EMAIL:
            self.heading.setText(self.tr("Subject: %1").replace("%1", snippet.title))
        if p is Platform.TELEGRAM:
            self.body.setText(snippet.text.replace("\n", "<br>"))  # Telegram's own HTML subset
        elif p is Platform.WHATSAPP:
            self.body.setText(whatsapp_rich(snippet.text))
        elif p is Platform.X:  # X shows a link shortened, without its scheme
            self.body.setText(plain_rich(re.sub(r"https?://(\S{1,24})\S*", lambda m: m.group(1) + "…"
                                                if len(m.group(0)) - m.group(0).find("//") - 2 > 24
                                                else m.group(1), snippet.text)))
        else:
            self.body.setText(plain_rich(snippet.text))
        self.link_card.setVisible(p is Platform.FACEBOOK)
        self.link_card.setText(f"{domain.upper()}<br><b>{html.escape(title)}</b>")
        self.link_card.setTextFormat(Qt.TextFormat.RichText)
        if p is Platform.X:
            weight = snippet.measure.get("x_weight", 0)
            self.measure.setText(self.tr("%1 of %2 by X's counting (links count 23)")
                                 .replace("%1", str(weight)).replace("%2", str(X_MAX_WEIGHT)))
        elif p is Platform.TELEGRAM:
            self.measure.setText(self.tr("Message %1 of 4,095 characters; as a photo caption %2 of 1,023")
                                 .replace("%1", str(snippet.measure.get("message", 0)))
                                 .replace("%2", str(snippet.measure.get("caption", 0))))
        elif p is Platform.PINTEREST:
            self.measure.setText(self.tr("Title %1 of 100, description %2 of 500; 2:3 image")
                                 .replace("%1", str(snippet.measure.get("title", 0)))
                                 .replace("%2", str(snippet.measure.get("description", 0))))
        else:
            self.measure.setText("")
        self.measure.setVisible(bool(self.measure.text()))
        self.notice.setVisible(bool(snippet.notice))
        if snippet.notice:
            self.notice.setText(QCoreApplication.translate(
                "SnippetPreview", "Consumer Skype was retired in May 2025 and its web share link with it: there "
                "is no share link for Skype any more. Copy the message and paste it into Teams or any chat."))


class SnippetPreviewPanel(QWidget):
    """The seven platform cards of one article."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.article_id: int | None = None
        self.data: dict[str, Any] | None = None
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.tabs = QTabWidget()
        self.cards: dict[Platform, PlatformCard] = {}
        for platform in Platform:
            card = PlatformCard(platform)
            card.edited.connect(self._save_edit)
            card.reset_requested.connect(self._reset)
            self.cards[platform] = card
            self.tabs.addTab(card, PLATFORM_LABELS[platform])
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_article(self, article_id: int) -> None:
        self.article_id = article_id
        self.status.setText(self.tr("Preparing the snippets…"))
        library = self.context.library
        self.context.tasks.run(lambda handle: load_preview(library, article_id), label=self.tr("Snippets…"),
                               on_success=self._show, on_failure=self._failed)

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        article = data["article"]
        direction = data["direction"]
        self.title_label.setText(article.title)
        self.title_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if direction == "rtl"
                                            else Qt.LayoutDirection.LeftToRight)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        pixmap = QPixmap(data["image_path"]) if data["image_path"] else None
        for platform, card in self.cards.items():
            card.show_snippet(data["snippets"][platform], direction=direction, domain=data["domain"],
                              pixmap=pixmap, title=article.title)
        self.status.setText("")
        self.loaded.emit()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.status.setText(str(exc))

    def _save_edit(self, platform: Platform, text: str) -> None:
        from nejat_desk.services.snippets import save_edited_text

        article_id = self.article_id
        if article_id is None:
            return

        def kept(_result: object) -> None:
            self.context.notify(self.tr("Your text is kept: generating again will not replace it."))
            self.show_article(article_id)

        write(self.context, lambda: save_edited_text(self.context.library, article_id, platform, text), done=kept)

    def _reset(self, platform: Platform) -> None:
        from nejat_desk.services.snippets import reset_to_generated

        article_id = self.article_id
        if article_id is None:
            return
        write(self.context, lambda: reset_to_generated(self.context.library, article_id, platform),
              done=lambda _r: self.show_article(article_id))


class SnippetPreviewDialog(QDialog):
    """File > Share Snippets…: the current article's snippets, or any article by its id."""

    def __init__(self, context: AppContext, article_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share Snippets"))
        self.resize(720, 680)
        self.panel = SnippetPreviewPanel(context)
        self.article_edit = QLineEdit()
        self.article_edit.setPlaceholderText(self.tr("Article id"))
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self._show_typed)
        self.article_edit.returnPressed.connect(self._show_typed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Article:")))
        top.addWidget(self.article_edit)
        top.addWidget(show)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        if article_id is not None:
            self.article_edit.setText(str(article_id))
            self.panel.show_article(article_id)

    def _show_typed(self) -> None:
        text = self.article_edit.text().strip()
        if text.isdigit():
            self.panel.show_article(int(text))
