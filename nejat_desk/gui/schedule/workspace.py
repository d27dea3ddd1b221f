"""The Schedule workspace: month, week and agenda views, filters, warnings, due and missed items.

Moves made by dragging go through `MoveItemCommand` on the workspace's QUndoStack. A drop
on a wall time that the user's zone skips or repeats (a daylight-saving night) asks which
instant is meant (`time_chooser`, replaceable in tests); it is never shifted silently.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import Platform
from nejat_desk.core.scheduling import ItemKind, LocalTimeKind, check_local, system_zone_name
from nejat_desk.gui import dates as ui_dates
from nejat_desk.gui.bidi import ContentDirectionDelegate
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.labels import platform_label
from nejat_desk.gui.schedule import calendars
from nejat_desk.gui.schedule.commands import MoveItemCommand
from nejat_desk.gui.schedule.due import ensure_due_watcher
from nejat_desk.gui.schedule.model import (
    EDITION_COLOURS,
    KEY_ROLE,
    AttentionModel,
    ScheduleModel,
    WarningsModel,
    kind_label,
)
from nejat_desk.gui.schedule.notice_bar import NoticeBar
from nejat_desk.gui.schedule.time_choice import TimeChooser, ask_time_choice
from nejat_desk.gui.schedule.views import MonthView
from nejat_desk.gui.schedule.week_view import WeekView
from nejat_desk.gui.tasks import TaskHandle
from nejat_desk.gui.workspace import Workspace
from nejat_desk.gui.writes import write
from nejat_desk.services.schedule import DueNotice, ScheduleService


class ScheduleWorkspace(Workspace):
    workspace_id = "schedule"
    icon_name = "mdi6.calendar-month-outline"

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 service: ScheduleService | None = None, watch: bool = True) -> None:
        super().__init__(context, parent)
        from nejat_desk.gui import settings as opt

        self.service = service or context.desk.schedule
        zone_name = context.settings.get(opt.USER_TIME_ZONE) or system_zone_name()
        self.model = ScheduleModel(self.service, zone_name, self)
        self.warnings_model = WarningsModel(self.model, self)
        self.attention_model = AttentionModel(self.service, zone_name, self)
        self.undo = QUndoStack(self)
        self.time_chooser: TimeChooser = ask_time_choice(self)
        self.last_error = ""
        self.anchor = date.today()
        language = self.locale().name().split("_")[0]
        self.system = "jalali" if language == "fa" else "islamic-civil" if language == "ar" else "gregorian"
        self._build_views()
        self._build_toolbar()
        self.notice_bar = NoticeBar(self)
        self.notice_bar.done_clicked.connect(self.mark_done)
        self._build_side_panel()
        self._lay_out()
        self.model.modelReset.connect(self._update_labels)
        self.attention_model.modelReset.connect(self._update_labels)
        context.schedule_changed.connect(self.refresh)
        context.articles_changed.connect(lambda _ids: self.refresh())
        context.galleries_changed.connect(lambda _ids: self.refresh())
        context.library_replaced.connect(self.refresh)

        self.watcher = ensure_due_watcher(context, self.service, start=False)
        self.notifier = self.watcher.notifier
        self.notifier.in_window_notice.connect(self.notice_bar.show_notice)
        self.watcher.notices_surfaced.connect(lambda _n: self.attention_model.reload())
        self.watcher.missed_found.connect(self._missed_found)
        self.set_view("month")
        if watch and not self.watcher.timer.isActive():
            self.watcher.start()
        self.attention_model.reload()
        self._update_labels()

    def _build_views(self) -> None:
        """The month, week and agenda views, one shown at a time."""
        self.month_view = MonthView(self.model, self)
        self.week_view = WeekView(self.model, self)
        self.week_scroll = QScrollArea(self)
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setWidget(self.week_view)
        self.agenda_view = QTableView(self)
        self.agenda_view.setModel(self.model)
        self.agenda_view.setItemDelegate(ContentDirectionDelegate(self.agenda_view))  # titles in both directions
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.verticalHeader().hide()
        self.agenda_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.stack = QStackedWidget(self)
        for widget in (self.month_view, self.week_scroll, self.agenda_view):
            self.stack.addWidget(widget)
        for view in (self.month_view, self.week_view):
            view.move_requested.connect(self.request_move)
            view.item_activated.connect(self._open_item)

    def _build_side_panel(self) -> None:
        """Due and missed items with their buttons, then the warnings, which fold away."""
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.attention_label = QLabel(self.tr("Due and missed"), side)
        self.attention_view = QListView(side)
        self.attention_view.setModel(self.attention_model)
        self.attention_view.setWordWrap(True)
        self.attention_buttons = QWidget(side)
        buttons = QHBoxLayout(self.attention_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        done = QPushButton(self.tr("Mark done"), side)
        dismiss = QPushButton(self.tr("Dismiss"), side)
        done.clicked.connect(lambda: self._settle_selected(done=True))
        dismiss.clicked.connect(lambda: self._settle_selected(done=False))
        buttons.addWidget(done)
        buttons.addWidget(dismiss)
        # The warnings fold away under their heading (a long list of gaps need not fill the panel).
        self.warnings_label = QToolButton(side)
        self.warnings_label.setCheckable(True)
        self.warnings_label.setChecked(True)
        self.warnings_label.setAutoRaise(True)
        self.warnings_label.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.warnings_label.setArrowType(Qt.ArrowType.DownArrow)
        self.warnings_label.setToolTip(self.tr("Show or hide the warnings"))
        self.warnings_label.toggled.connect(self.set_warnings_shown)
        self.warnings_view = QListView(side)
        self.warnings_view.setModel(self.warnings_model)
        self.warnings_view.setWordWrap(True)
        self.warnings_view.clicked.connect(self._warning_clicked)
        side_layout.addWidget(self.attention_label)
        side_layout.addWidget(self.attention_view, 1)
        side_layout.addWidget(self.attention_buttons)
        side_layout.addWidget(self.warnings_label)
        side_layout.addWidget(self.warnings_view, 2)
        side_layout.addStretch(0)  # takes the room of folded lists
        self.side_panel = side

    def _lay_out(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.side_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.notice_bar)
        layout.addWidget(splitter, 1)

    # --- Workspace hooks ----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Schedule")

    def undo_stack(self) -> QUndoStack:
        return self.undo

    def on_activated(self) -> None:
        self.refresh()

    def new_actions(self) -> list[QAction]:
        action = QAction(self.tr("Publication issue…"), self)
        action.triggered.connect(self.new_issue)
        return [action]

    def menus(self) -> list[QMenu]:
        menu = QMenu(self.tr("&Schedule"), self)
        menu.addAction(self.tr("New publication issue…"), self.new_issue)
        menu.addAction(self.tr("Export iCalendar…"), self.export_ics)
        menu.addSeparator()
        menu.addAction(self.go_to_action)
        return [menu]

    def _focus_go_to(self) -> None:
        self.go_to_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.go_to_edit.selectAll()

    # --- toolbar -----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        top = self._build_navigation_row()
        bar = QHBoxLayout()
        self._add_filter_buttons(bar)
        self._add_display_choices(bar)
        top.addWidget(self.zone_label)
        self.toolbar = QVBoxLayout()
        self.toolbar.addLayout(top)
        self.toolbar.addLayout(bar)

    def _build_navigation_row(self) -> QHBoxLayout:
        """Month, week or agenda; previous, today, next; go to a date; the period shown."""
        bar = QHBoxLayout()
        self.view_group = QButtonGroup(self)
        self.view_buttons: dict[str, QToolButton] = {}
        for name, text in (("month", self.tr("Month")), ("week", self.tr("Week")), ("agenda", self.tr("Agenda"))):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, n=name: self.set_view(n))
            self.view_group.addButton(button)
            self.view_buttons[name] = button
            bar.addWidget(button)
        bar.addSpacing(8)
        previous = QToolButton(self)
        previous.setText("‹")
        previous.setToolTip(self.tr("Previous"))
        previous.clicked.connect(lambda: self.step(-1))
        today = QToolButton(self)
        today.setText(self.tr("Today"))
        today.clicked.connect(lambda: self.go_to(date.today()))
        following = QToolButton(self)
        following.setText("›")
        following.setToolTip(self.tr("Next"))
        following.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel(self)
        font = self.period_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.period_label.setFont(font)
        # "Go to date": a field the keyboard reaches with Ctrl+G; Return (or a pick) shows that day.
        self.go_to_edit = QDateEdit(self)
        self.go_to_edit.setCalendarPopup(True)
        ui_dates.set_display_format(self.go_to_edit, "yyyy/MM/dd")
        self.go_to_edit.setCalendar(calendars.calendar(self.system))
        self.go_to_edit.setDate(date.today())
        self.go_to_edit.setToolTip(self.tr("Go to date (Ctrl+G)"))
        self.go_to_edit.editingFinished.connect(lambda: self.go_to(self.go_to_edit.date().toPython()))
        self.go_to_action = QAction(self.tr("&Go to Date…"), self)
        self.go_to_action.setShortcut(QKeySequence("Ctrl+G"))
        self.go_to_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.go_to_action.triggered.connect(self._focus_go_to)
        self.addAction(self.go_to_action)
        for widget in (previous, today, following, self.go_to_edit, self.period_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _add_filter_buttons(self, bar: QHBoxLayout) -> None:
        """One button per edition, the kinds and platforms menus."""
        self.edition_buttons: dict[str, QToolButton] = {}
        for info in self.model.edition_info.values():
            button = QToolButton(self)
            button.setText(info.native_name)
            button.setToolTip(self.tr("Show the {name} edition").format(name=info.name))
            button.setCheckable(True)
            button.setChecked(True)
            colour = EDITION_COLOURS.get(info.code, "#868e96")
            button.setStyleSheet(f"QToolButton:checked {{ border-bottom: 3px solid {colour}; }}")
            button.toggled.connect(self._filters_changed)
            self.edition_buttons[info.code] = button
            bar.addWidget(button)

        self.kind_button = QToolButton(self)
        self.kind_button.setText(self.tr("Kinds"))
        # The arrow in its own part beside the text (an instant pop-up draws it over the text);
        # the text part opens the menu too.
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.kind_button.clicked.connect(self.kind_button.showMenu)
        kind_menu = QMenu(self.kind_button)
        self.kind_actions: dict[str, QAction] = {}
        for kind in ItemKind:
            action = kind_menu.addAction(kind_label(kind))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._filters_changed)
            self.kind_actions[kind.value] = action
        self.kind_button.setMenu(kind_menu)
        self.platform_button = QToolButton(self)
        self.platform_button.setText(self.tr("Platforms"))
        # The arrow in its own part beside the text (an instant pop-up draws it over the text);
        # the text part opens the menu too.
        self.platform_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.platform_button.clicked.connect(self.platform_button.showMenu)
        platform_menu = QMenu(self.platform_button)
        self.platform_actions: dict[str, QAction] = {}
        for platform in Platform:
            action = platform_menu.addAction(platform_label(platform.value))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._filters_changed)
            self.platform_actions[platform.value] = action
        self.platform_button.setMenu(platform_menu)
        bar.addWidget(self.kind_button)
        bar.addWidget(self.platform_button)

    def _add_display_choices(self, bar: QHBoxLayout) -> None:
        """Colours, the calendars shown; the zone label, which the caller places."""
        self.colour_combo = QComboBox(self)
        self.colour_combo.addItem(self.tr("Colour by edition"), "edition")
        self.colour_combo.addItem(self.tr("Colour by platform"), "platform")
        self.colour_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_colour_mode(self.colour_combo.currentData()))
        self.calendar_combo = QComboBox(self)
        self.calendar_combo.addItem(self.tr("Gregorian"), "gregorian")
        self.calendar_combo.addItem(self.tr("Solar Hijri"), "jalali")
        self.calendar_combo.addItem(self.tr("Islamic civil"), "islamic-civil")
        self.calendar_combo.setCurrentIndex(self.calendar_combo.findData(self.system))
        self.calendar_combo.currentIndexChanged.connect(
            lambda _i: self.set_calendar_system(self.calendar_combo.currentData()))
        self.second_combo = QComboBox(self)
        self.second_combo.addItem(self.tr("No second calendar"), None)
        self.second_combo.addItem(self.tr("+ Gregorian"), "gregorian")
        self.second_combo.addItem(self.tr("+ Solar Hijri"), "jalali")
        self.second_combo.addItem(self.tr("+ Islamic civil"), "islamic-civil")
        self.second_combo.currentIndexChanged.connect(
            lambda _i: self.set_secondary_system(self.second_combo.currentData()))
        self.edition_calendar_check = QCheckBox(self.tr("Edition calendars"), self)
        self.edition_calendar_check.setToolTip(self.tr(
            "Show the Farsi edition's dates in the Solar Hijri calendar and the Arabic edition's in the "
            "Islamic civil calendar"))
        self.edition_calendar_check.setChecked(self.model.edition_calendars)
        self.edition_calendar_check.toggled.connect(self.set_edition_calendars)
        self.zone_label = QLabel(self)
        bar.addStretch(1)
        for widget in (self.colour_combo, self.calendar_combo, self.second_combo, self.edition_calendar_check):
            bar.addWidget(widget)

    # --- navigation and filters -----------------------------------------------------------------

    def current_view(self) -> str:
        return {0: "month", 1: "week", 2: "agenda"}[self.stack.currentIndex()]

    def set_view(self, name: str) -> None:
        self.stack.setCurrentIndex({"month": 0, "week": 1, "agenda": 2}[name])
        self.view_buttons[name].setChecked(True)
        self._apply_range()

    def set_calendar_system(self, system: str) -> None:
        self.system = system
        self.go_to_edit.setCalendar(calendars.calendar(system))  # the date typed in the calendar shown
        index = self.calendar_combo.findData(system)
        if index != self.calendar_combo.currentIndex():
            self.calendar_combo.setCurrentIndex(index)
        self._apply_range()

    def set_secondary_system(self, system: str | None) -> None:
        self.month_view.secondary_system = system
        self.week_view.secondary_system = system
        index = self.second_combo.findData(system)
        if index != self.second_combo.currentIndex():
            self.second_combo.setCurrentIndex(index)
        self.month_view.update()
        self.week_view.update()

    def set_edition_calendars(self, on: bool) -> None:
        """Edition times of fa and ar items in their own calendars (agenda, tooltips)."""
        self.model.edition_calendars = on
        self.model.reload()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self._apply_range()

    def step(self, direction: int) -> None:
        if self.current_view() == "week":
            self.go_to(self.anchor + timedelta(days=7 * direction))
        else:
            self.go_to(calendars.add_months(self.anchor, direction, self.system))

    def _apply_range(self) -> None:
        view = self.current_view()
        if view == "week":
            first, last = self.week_view.set_week(self.anchor, self.system)
            self.period_label.setText(self.tr("Week of {date}").format(
                date=calendars.format_date(first, self.system, self.locale() if self.system == "gregorian"
                                           else None)))
        else:
            first, last = self.month_view.set_month(self.anchor, self.system)
            if view == "agenda":
                first = calendars.month_start(self.anchor, self.system)
                last = calendars.add_months(self.anchor, 1, self.system) - timedelta(days=1)
            self.period_label.setText(calendars.month_title(
                self.anchor, self.system, self.locale() if self.system == "gregorian" else None))
        self.model.set_range(first, last)

    def _filters_changed(self, *_args: object) -> None:
        editions = frozenset(code for code, b in self.edition_buttons.items() if b.isChecked())
        kinds = frozenset(k for k, a in self.kind_actions.items() if a.isChecked())
        platforms = frozenset(p for p, a in self.platform_actions.items() if a.isChecked())
        # "All checked" means no filter, so new editions or platforms are not hidden by default.
        self.model.set_filters(
            editions=frozenset() if len(editions) == len(self.edition_buttons) else editions or frozenset({"-"}),
            kinds=frozenset() if len(kinds) == len(self.kind_actions) else kinds or frozenset(),
            platforms=frozenset() if len(platforms) == len(self.platform_actions) else platforms or
            frozenset({"-"}))

    def set_edition_filter(self, editions: set[str]) -> None:
        for code, button in self.edition_buttons.items():
            button.blockSignals(True)
            button.setChecked(code in editions)
            button.blockSignals(False)
        self._filters_changed()

    def refresh(self) -> None:
        self.model.reload()
        self.attention_model.reload()

    def _update_labels(self) -> None:
        self.zone_label.setText(self.tr("Times in {zone}").format(zone=self.model.user_zone))
        self.warnings_label.setText(self.tr("Warnings ({n})").format(
            n=ui_dates.format_number(self.warnings_model.rowCount())))
        pending = self.attention_model.rowCount()
        self.attention_label.setText(self.tr("Due and missed ({n})").format(n=ui_dates.format_number(pending))
                                     if pending
                                     else self.tr("Nothing due or missed"))
        self.attention_view.setVisible(bool(pending))
        self.attention_buttons.setVisible(bool(pending))

    # --- moving ----------------------------------------------------------------------------------

    def resolve_local(self, local: datetime) -> datetime | None:
        """The UTC instant for a wall time in the user's zone; asks when DST makes it unclear."""
        zone_name = self.model.user_zone
        check = check_local(local, zone_name)
        if check.kind is LocalTimeKind.OK:
            return check.candidates[0]
        choice = self.time_chooser(check, local, zone_name)
        if check.kind is LocalTimeKind.AMBIGUOUS and choice in ("earlier", "later"):
            return check.candidates[0 if choice == "earlier" else 1]
        if check.kind is LocalTimeKind.NONEXISTENT and choice == "shift-forward" and check.first_valid:
            return check.first_valid.astimezone(UTC)
        return None  # cancelled: nothing moves

    def request_move(self, key: str, local: datetime) -> bool:
        """Move `key` to the naive wall time `local` (user's zone) as one undoable step."""
        row = self.model.row_of(key)
        if row is None:
            return False
        item = self.model.item_at(row)
        when = self.resolve_local(local)
        if when is None:
            return False
        when = when.astimezone(UTC)
        if when == item.when:
            return False
        if key.startswith("article:"):  # the pre-flight gate, at the time it would go out
            from nejat_desk.gui.articles.preflight_gate import clear_to_go

            if not clear_to_go(self.context.desk.preflight, [item.record_id], when, self):
                return False
        elif key.startswith(("gallery:", "issue:")):
            from nejat_desk.gui.articles.preflight_gate import clear_object_to_go

            if not clear_object_to_go(self.context.desk.preflight, key.split(":", 1)[0], item.record_id,
                                      action="schedule", when=when, parent=self):
                return False
        self.undo.push(MoveItemCommand(self.service, key, item.title, item.when, when,
                                       on_changed=self._after_change, on_error=self._show_error))
        return True

    def _after_change(self) -> None:
        self.refresh()
        self.context.schedule_changed.emit()

    def _show_error(self, text: str) -> None:
        self.last_error = text
        self.context.notify(text, 8000)

    # --- due and missed ----------------------------------------------------------------------------

    def _missed_found(self, notices: list[DueNotice]) -> None:
        self.attention_model.reload()
        self.side_panel.show()
        self._update_labels()
        self.context.notify(self.tr("{n} scheduled items were missed while Nejat Desk was closed.").format(
            n=ui_dates.format_number(len(notices))), 10000)

    def mark_done(self, entry_id: int) -> TaskHandle:
        """Settle a due item (on the writer); the calendar reloads when it is written."""
        return self._settle(entry_id, done=True)

    def _settle_selected(self, *, done: bool) -> TaskHandle | None:
        index = self.attention_view.currentIndex()
        if not index.isValid():
            return None
        return self._settle(self.attention_model.notice_at(index.row()).entry_id, done=done)

    def _settle(self, entry_id: int, *, done: bool) -> TaskHandle:
        settle = self.service.mark_done if done else self.service.dismiss

        def written(_result: object) -> None:
            self.refresh()
            self._update_labels()

        def refused(exc: BaseException) -> None:
            self._show_error(str(exc))
            written(None)

        return write(self.context, lambda: settle(entry_id), done=written, failed=refused)

    def set_warnings_shown(self, shown: bool) -> None:
        self.warnings_view.setVisible(shown)
        self.warnings_label.setArrowType(Qt.ArrowType.DownArrow if shown else self._folded_arrow())
        if self.warnings_label.isChecked() != shown:
            self.warnings_label.setChecked(shown)

    def _folded_arrow(self) -> Qt.ArrowType:
        # A folded list points the way the text runs.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Qt.ArrowType.LeftArrow if rtl else Qt.ArrowType.RightArrow

    def _warning_clicked(self, index: QModelIndex) -> None:
        keys = index.data(KEY_ROLE) or []
        if keys:
            self.month_view.select(keys[0])
            self.week_view.select(keys[0])
            row = self.model.row_of(keys[0])
            if row is not None:
                self.agenda_view.selectRow(row)

    def _open_item(self, key: str) -> None:
        kind, _, record = key.partition(":")
        if kind == "article":
            self.context.open_requested.emit("articles", int(record))
        elif kind == "issue":
            self.edit_issue(int(record))

    # --- publications and export ------------------------------------------------------------------

    def new_issue(self) -> None:
        self.edit_issue(None)

    def edit_issue(self, issue_id: int | None) -> None:
        from nejat_desk.gui.articles.preflight_dialog import add_issue_check
        from nejat_desk.gui.schedule.issue_editor import IssueEditor

        editor = IssueEditor(self.context.desk.publications, issue_id, self)
        add_issue_check(editor, self.context)  # "Pre-flight…" beside Save
        if editor.exec():
            self._after_change()

    def export_ics(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export iCalendar"), "schedule.ics",
                                                  self.tr("iCalendar (*.ics)"))
            if not path:
                return
        flt = self.model.current_filter()
        service = self.service

        def work(_handle: object) -> int:
            return service.export_ics(Path(path), flt)

        self.context.tasks.run(
            work, label=self.tr("Exporting the calendar"),
            on_success=lambda n: self.context.notify(self.tr("{n} events written to {path}").format(
                n=n, path=path)),
            on_failure=lambda exc, _tb: self._show_error(str(exc)))

    def save_state(self) -> None:
        pass  # the watcher belongs to the application, not to this workspace

