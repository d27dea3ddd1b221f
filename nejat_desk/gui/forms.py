"""Qt Designer forms from `ui/` (installed as the package `nejat_desk.ui`), loaded at run time."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def form_bytes(name: str) -> bytes:
    return (resources.files("nejat_desk.ui") / name).read_bytes()


def load_form(name: str, parent: QWidget | None = None, *, custom_widgets: Iterable[type[QWidget]] = ()) -> QWidget:
    """The form's top-level widget. `custom_widgets` are classes the form names that QUiLoader
    does not make by itself (Designer's "promoted" widgets, e.g. a QTabBar)."""
    from PySide6.QtUiTools import QUiLoader

    buffer = QBuffer()
    buffer.setData(QByteArray(form_bytes(name)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    loader = QUiLoader()
    for widget_class in custom_widgets:
        loader.registerCustomWidget(widget_class)
    widget = loader.load(buffer, parent)
    buffer.close()
    if widget is None:
        raise RuntimeError(f"the form {name} could not be loaded")
    return widget


def form_child(form: QWidget, kind: type[W], name: str) -> W:
    """The form's widget `name`, which must be a `kind`: a form that lost it fails here, by name."""
    child = form.findChild(kind, name)
    if child is None:
        raise RuntimeError(f"the form has no {kind.__name__} named {name!r}")
    return child
