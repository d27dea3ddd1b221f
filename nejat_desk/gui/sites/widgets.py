"""The buttons and tables the Sites workspace is made of."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView

from nejat_desk.gui.empty_state import EmptyHint


def action_button(text: str, icon_name: str, slot: Callable[[], Any]) -> QPushButton:
    button = QPushButton(text)
    try:
        from nejat_desk.gui.icons import icon

        button.setIcon(icon(icon_name))
    except Exception:  # icons are a nicety; a missing font must not break the workspace
        pass
    button.clicked.connect(lambda _checked=False: slot())
    return button


def record_table(model: QAbstractItemModel) -> QTableView:
    """One row per record, one selected at a time."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    return view


def keep_room_for(hint: EmptyHint) -> None:
    """While its table has no rows, the table keeps the height the hint's sentence and button
    need; with rows it takes what the layout gives it."""
    view = hint.view

    def fit() -> None:
        empty = view.model().rowCount() == 0
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + hint.sizeHint().height() if empty else 0)

    view.model().modelReset.connect(fit)
    fit()
