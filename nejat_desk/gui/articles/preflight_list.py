"""The Articles list's pre-flight badge: the ids of articles whose last check found blocking
findings, as the pre-flight service recorded them (one small query, run off the GUI thread when
the editor is built and whenever a check changes them), and a delegate that gives their title
cell the "blocks" icon. Nothing here checks an article: the list stays as fast as it was.
The filter for them is the list panel's "Blocked by pre-flight" (ArticleFilter.preflight_blocked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from nejat_desk.gui.articles.list_model import ARTICLE_ID_ROLE
from nejat_desk.gui.bidi import ContentDirectionDelegate

if TYPE_CHECKING:
    from nejat_desk.gui.context import AppContext


class BlockedArticles(QObject):
    """GUI thread. `ids` is what the service recorded when `reload` last answered."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ids: frozenset[int] = frozenset()

    def reload(self) -> None:
        desk = self.context.desk
        self.context.tasks.run(lambda _h: desk.preflight.blocked_article_ids(), on_success=self._loaded)

    def _loaded(self, ids: frozenset[int]) -> None:
        if ids != self.ids:
            self.ids = ids
            self.changed.emit()


class BlockedBadgeDelegate(ContentDirectionDelegate):
    """The title cell of an article with blocking findings carries the "blocks" icon."""

    def __init__(self, blocked: BlockedArticles, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked = blocked

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(ARTICLE_ID_ROLE) in self.blocked.ids:
            widget = option.widget  # type: ignore[attr-defined]
            if widget is not None:
                option.icon = widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)  # type: ignore[attr-defined]
                option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]


def install_badges(view: object, blocked: BlockedArticles) -> BlockedBadgeDelegate:
    """Give the list view's title column the badge; it repaints when the ids change, and a list
    filtered to blocked articles is queried again."""
    from PySide6.QtWidgets import QAbstractItemView

    assert isinstance(view, QAbstractItemView)
    delegate = BlockedBadgeDelegate(blocked, view)
    view.setItemDelegateForColumn(0, delegate)
    blocked.changed.connect(view.viewport().update)
    model = view.model()

    def refilter() -> None:  # the Blocked filter follows what the checks recorded
        if getattr(getattr(model, "filter", None), "preflight_blocked", False):
            model.reload()  # type: ignore[attr-defined]

    blocked.changed.connect(refilter)
    return delegate
