"""The metadata side panel: title, slug, category, tags, byline, source, excerpt, featured
image and attachments, status workflow. It only emits what the writer changed; the editor
hands changes to the autosaver and shows the service's verdict next to the field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QSize, QStringListModel, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITIONS, RTL_EDITIONS, ArticleStatus
from nejat_desk.core.errors import NejatError, ValidationError
from nejat_desk.core.slugs import slugify
from nejat_desk.gui.dates import format_datetime, use_interface_calendar
from nejat_desk.gui.palette import Tone, tint

if TYPE_CHECKING:
    from nejat_desk.services.articles import ArticleDetail
    from nejat_desk.services.desk import Desk

EDITION_NAMES = {e.code: e.native_name for e in EDITIONS}  # each edition named in its own language


class TagCompleter(QCompleter):
    """Completes the last comma-separated tag only."""

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt override)
        widget = self.widget()
        done = widget.text().rsplit(",", 1)[0] + ", " if isinstance(widget, QLineEdit) and "," in widget.text() \
            else ""
        return done + str(index.data())

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        return [path.rsplit(",", 1)[-1].strip()]


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    tint(label, Tone.ERROR)
    label.hide()
    return label


class MetadataPanel(QScrollArea):
    title_edited = Signal(str)
    title_finished = Signal()  # Return in the title: the writer goes on to the body
    excerpt_edited = Signal(str)
    meta_edited = Signal(dict)  # field -> value, in the service's update_meta names
    status_requested = Signal(str, object)  # status, scheduled datetime (aware) or None
    pick_featured_requested = Signal()
    add_attachment_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.article_id: int | None = None
        self.edition = "en"
        self._loading = False
        self._slug_by_hand = False
        self._status = ArticleStatus.DRAFT.value
        self._attachment_ids: list[int] = []
        self.errors: dict[str, QLabel] = {}
        inner = QWidget(self)
        outer = QVBoxLayout(inner)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height goes below the form, not between its rows
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_text_fields(inner, form)
        self._build_media_fields(inner, form)
        self._build_status_fields(inner, form)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields shrink instead
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the fields, never to the frame around them
        self._connect_fields()

    def _build_text_fields(self, inner: QWidget, form: QFormLayout) -> None:
        """Edition, title, slug, category, tags, byline, author, source and excerpt."""
        self.edition_label = QLabel(inner)
        form.addRow(self.tr("Edition"), self.edition_label)
        self.title_edit = QLineEdit(inner)
        self.title_edit.setObjectName("title")
        form.addRow(self.tr("Title"), self.title_edit)
        self.slug_edit = QLineEdit(inner)
        self.slug_edit.setToolTip(self.tr("Made from the title until you edit it; unique in the edition"))
        self.slug_auto = QCheckBox(self.tr("From the title"), inner)
        row = QHBoxLayout()
        row.addWidget(self.slug_edit, 1)
        row.addWidget(self.slug_auto)
        form.addRow(self.tr("Slug"), row)
        self._add_error(form, "slug")
        self.category_edit = QLineEdit(inner)
        self.category_edit.setPlaceholderText(self.tr("World/Iraq"))
        self.category_model = QStringListModel(self)
        completer = QCompleter(self.category_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.category_edit.setCompleter(completer)
        form.addRow(self.tr("Category"), self.category_edit)
        self._add_error(form, "category_path")
        self.tags_edit = QLineEdit(inner)
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated"))
        self.tag_model = QStringListModel(self)
        tag_completer = TagCompleter(self.tag_model, self)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(tag_completer)
        form.addRow(self.tr("Tags"), self.tags_edit)
        self._add_error(form, "tags")
        self.byline_edit = QLineEdit(inner)
        form.addRow(self.tr("Byline"), self.byline_edit)
        self.author_edit = QLineEdit(inner)
        self.author_edit.setToolTip(self.tr("The site user who publishes the post"))
        form.addRow(self.tr("Author"), self.author_edit)
        self.source_name_edit = QLineEdit(inner)
        form.addRow(self.tr("Source"), self.source_name_edit)
        self.source_url_edit = QLineEdit(inner)
        self.source_url_edit.setPlaceholderText("https://")
        form.addRow(self.tr("Source URL"), self.source_url_edit)
        self._add_error(form, "source_url")
        self.excerpt_edit = QPlainTextEdit(inner)
        self.excerpt_edit.setMaximumHeight(70)
        self.excerpt_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Excerpt"), self.excerpt_edit)

    def _build_media_fields(self, inner: QWidget, form: QFormLayout) -> None:
        """The featured image and the attachments."""
        self.featured_label = QLabel(self.tr("None"), inner)
        self.featured_label.setWordWrap(True)
        self.featured_pick = QPushButton(self.tr("Choose…"), inner)
        self.featured_clear = QPushButton(self.tr("Clear"), inner)
        # The name on its own line above the buttons: a long file name wraps instead of being cut.
        buttons = QHBoxLayout()
        buttons.addWidget(self.featured_pick)
        buttons.addWidget(self.featured_clear)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.featured_label)
        column.addLayout(buttons)
        form.addRow(self.tr("Featured image"), column)
        self._add_error(form, "featured_media_id")
        self.attachments_list = QListWidget(inner)
        self.attachments_list.setMaximumHeight(70)
        self.attachment_add = QPushButton(self.tr("Add…"), inner)
        self.attachment_remove = QPushButton(self.tr("Remove"), inner)
        column = QVBoxLayout()
        column.addWidget(self.attachments_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attachment_add)
        buttons.addWidget(self.attachment_remove)
        buttons.addStretch(1)
        column.addLayout(buttons)
        form.addRow(self.tr("Attachments"), column)

    def _build_status_fields(self, inner: QWidget, form: QFormLayout) -> None:
        """The status, the scheduled date and the publication date."""
        self.status_combo = QComboBox(inner)
        self.status_names = {
            ArticleStatus.DRAFT: self.tr("Draft"), ArticleStatus.IN_REVIEW: self.tr("In review"),
            ArticleStatus.READY: self.tr("Ready"), ArticleStatus.SCHEDULED: self.tr("Scheduled"),
            ArticleStatus.PUBLISHED: self.tr("Published"), ArticleStatus.ARCHIVED: self.tr("Archived"),
        }
        for status, name in self.status_names.items():
            self.status_combo.addItem(name, status.value)
        form.addRow(self.tr("Status"), self.status_combo)
        self.schedule_check = QCheckBox(self.tr("Date"), inner)
        self.schedule_edit = QDateTimeEdit(inner)
        self.schedule_edit.setCalendarPopup(True)
        self.schedule_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        use_interface_calendar(self.schedule_edit)  # Solar Hijri in Farsi, as every date shown
        self.schedule_edit.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.schedule_check)
        row.addWidget(self.schedule_edit, 1)
        form.addRow(self.tr("Scheduled for"), row)
        self.published_label = QLabel(inner)
        form.addRow(self.tr("Published"), self.published_label)
        self._add_error(form, "status")

    def _connect_fields(self) -> None:
        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.returnPressed.connect(self.title_finished)
        self.slug_edit.textEdited.connect(self._slug_edited)
        self.slug_auto.toggled.connect(self._slug_auto_toggled)
        self.category_edit.editingFinished.connect(
            lambda: self._emit("category_path", self.category_edit.text().strip()))
        self.tags_edit.editingFinished.connect(lambda: self._emit("tags", self.tags()))
        self.byline_edit.textEdited.connect(lambda t: self._emit("byline", t))
        self.author_edit.textEdited.connect(lambda t: self._emit("author", t))
        self.source_name_edit.textEdited.connect(lambda t: self._emit("source_name", t))
        self.source_url_edit.textEdited.connect(self._source_url_edited)
        self.excerpt_edit.textChanged.connect(self._excerpt_changed)
        self.featured_pick.clicked.connect(self.pick_featured_requested)
        self.featured_clear.clicked.connect(self.clear_featured)
        self.attachment_add.clicked.connect(self.add_attachment_requested)
        self.attachment_remove.clicked.connect(self._remove_attachment)
        self.status_combo.activated.connect(self._status_chosen)
        self.schedule_check.toggled.connect(self.schedule_edit.setEnabled)

    def _add_error(self, form: QFormLayout, name: str) -> None:
        label = _error_label()
        form.addRow(label)  # spans the row; hidden until there is something to say
        self.errors[name] = label

    # --- loading ------------------------------------------------------------------------------

    def load(self, article: ArticleDetail) -> None:
        """Fill from the article as ArticleService.get returns it."""
        self._loading = True
        try:
            self.article_id = article.id
            self.edition = article.edition_code
            rtl = self.edition in RTL_EDITIONS
            for widget in (self.title_edit, self.byline_edit, self.excerpt_edit, self.category_edit,
                           self.tags_edit, self.source_name_edit):
                widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            self.edition_label.setText(EDITION_NAMES.get(self.edition, self.edition))
            self.title_edit.setText(article.title)
            self.slug_edit.setText(article.slug)
            self._slug_by_hand = bool(article.title) and article.slug != slugify(article.title) \
                and not article.slug.startswith(slugify(article.title) + "-")
            self.slug_auto.setChecked(not self._slug_by_hand)
            self.category_edit.setText(article.category_path)
            self.tags_edit.setText(", ".join(article.tags))
            self.byline_edit.setText(article.byline)
            self.author_edit.setText(article.author)
            self.source_name_edit.setText(article.source_name)
            self.source_url_edit.setText(article.source_url)
            self.excerpt_edit.setPlainText(article.excerpt)
            self._attachment_ids = [a.media_id for a in article.attachments]
            self.attachments_list.clear()
            for attachment in article.attachments:
                self.attachments_list.addItem(attachment.label)
            featured = article.featured
            self.featured_label.setText((featured.title or featured.filename) if featured
                                        else (article.featured_image_ref or self.tr("None")))
            self.set_status(article.status, article.scheduled_at, article.published_at)
            for label in self.errors.values():
                label.hide()
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)  # a long title, slug or URL shows its start, not its end
            self.updateGeometry()  # the splitter asks minimumSizeHint again: new texts may need more room
            self._load_completions()
        finally:
            self._loading = False

    def _load_completions(self) -> None:
        try:
            self.category_model.setStringList(self.desk.article_list.category_paths(self.edition))
            self.tag_model.setStringList(self.desk.article_list.tag_names(self.edition))
        except NejatError:
            pass  # completion is a convenience; the fields still work

    def set_status(self, status: str, scheduled_at: datetime | None, published_at: datetime | None) -> None:
        self._status = status
        index = self.status_combo.findData(status)
        self.status_combo.setCurrentIndex(max(index, 0))
        self.schedule_check.setChecked(scheduled_at is not None)
        when = scheduled_at or (datetime.now(UTC) + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
        self.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone()))
        self.published_label.setText(format_datetime(published_at) if published_at
                                     else self.tr("Not yet"))

    # --- values -------------------------------------------------------------------------------

    def tags(self) -> list[str]:
        return [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the form needs, so no field or button is cut (the scroll bar is vertical only)."""
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def fields_in_reading_order(self) -> list[QWidget]:
        """The panel's focusable fields top to bottom, each row's start first (mirrored in right-to-left)."""
        return [self.title_edit, self.slug_edit, self.slug_auto, self.category_edit, self.tags_edit,
                self.byline_edit, self.author_edit, self.source_name_edit, self.source_url_edit, self.excerpt_edit,
                self.featured_pick, self.featured_clear, self.attachments_list, self.attachment_add,
                self.attachment_remove, self.status_combo, self.schedule_check, self.schedule_edit]

    def title(self) -> str:
        return self.title_edit.text()

    def excerpt(self) -> str:
        return self.excerpt_edit.toPlainText()

    def scheduled_at(self) -> datetime | None:
        if not self.schedule_check.isChecked():
            return None
        return datetime.fromtimestamp(self.schedule_edit.dateTime().toSecsSinceEpoch(), UTC)

    # --- reactions -------------------------------------------------------------------------

    def _emit(self, name: str, value: object) -> None:
        if self._loading:
            return
        self.show_error(name, "")
        self.meta_edited.emit({name: value})

    def show_error(self, name: str, message: str) -> None:
        label = self.errors.get(name)
        if label is None:
            return
        label.setText(message)
        label.setVisible(bool(message))

    def _title_edited(self, title: str) -> None:
        self.title_edited.emit(title)
        if not self._slug_by_hand:
            slug = self._free_slug(slugify(title)) if title.strip() else self.slug_edit.text()
            if slug != self.slug_edit.text():
                self.slug_edit.setText(slug)
                self._emit("slug", slug)

    def _free_slug(self, base: str) -> str:
        try:
            return self.desk.articles.free_slug(self.edition, base, exclude_id=self.article_id)
        except NejatError:
            return base

    def _slug_edited(self, text: str) -> None:
        from nejat_desk.services.articles import validate_slug

        self._slug_by_hand = True
        self.slug_auto.setChecked(False)
        try:
            slug = validate_slug(text)
        except ValidationError as exc:
            self.show_error("slug", str(exc))
            return
        if self._free_slug(slug) != slug:
            self.show_error("slug", self.tr("The slug %s is already used in this edition.") % slug)
            return
        self._emit("slug", slug)

    def _slug_auto_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self._slug_by_hand = not on
        if on and self.title_edit.text().strip():
            slug = self._free_slug(slugify(self.title_edit.text()))
            self.slug_edit.setText(slug)
            self._emit("slug", slug)

    def _source_url_edited(self, text: str) -> None:
        from nejat_desk.services.articles import validate_source_url

        try:
            validate_source_url(text)
        except ValidationError as exc:
            self.show_error("source_url", str(exc))
            return
        self._emit("source_url", text.strip())

    def _excerpt_changed(self) -> None:
        if not self._loading:
            self.excerpt_edited.emit(self.excerpt_edit.toPlainText())

    def set_featured(self, media_id: int | None, label: str) -> None:
        self.featured_label.setText(label if media_id is not None else self.tr("None"))
        self._emit("featured_media_id", media_id)

    def clear_featured(self) -> None:
        self.set_featured(None, "")

    def add_attachment(self, media_id: int, label: str) -> None:
        if media_id in self._attachment_ids:
            return
        self._attachment_ids.append(media_id)
        self.attachments_list.addItem(label)
        self._emit("attachment_ids", list(self._attachment_ids))

    def _remove_attachment(self) -> None:
        row = self.attachments_list.currentRow()
        if 0 <= row < len(self._attachment_ids):
            del self._attachment_ids[row]
            self.attachments_list.takeItem(row)
            self._emit("attachment_ids", list(self._attachment_ids))

    def _status_chosen(self, index: int) -> None:
        status = self.status_combo.itemData(index)
        self.show_error("status", "")
        if status == ArticleStatus.SCHEDULED.value and not self.schedule_check.isChecked():
            self.show_error("status", self.tr("A scheduled article needs a date and time: tick Date and set it."))
            self.status_combo.setCurrentIndex(self.status_combo.findData(self._status))
            return
        self.status_requested.emit(status, self.scheduled_at())

    def status_refused(self, message: str) -> None:
        self.show_error("status", message)
        self.status_combo.setCurrentIndex(self.status_combo.findData(self._status))
