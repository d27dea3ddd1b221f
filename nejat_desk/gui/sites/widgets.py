"""The buttons and tables the Sites workspace is made of."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView


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
