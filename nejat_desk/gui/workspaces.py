"""The workspaces the main window shows, in order.

A workspace appears here only when its feature is built. Modules are imported when the
workspace is first shown, so start-up pays only for the first one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class WorkspaceEntry:
    workspace_id: str
    module: str
    class_name: str
    title: str  # translated in the "Workspaces" context
    icon_name: str  # qtawesome


WORKSPACES: tuple[WorkspaceEntry, ...] = (
    WorkspaceEntry("articles", "nejat_desk.gui.articles.workspace", "ArticlesWorkspace",
                   QT_TRANSLATE_NOOP("Workspaces", "Articles"), "mdi6.file-document-edit-outline"),
    WorkspaceEntry("media", "nejat_desk.gui.media.workspace", "MediaWorkspace",
                   QT_TRANSLATE_NOOP("Workspaces", "Media"), "mdi6.image-multiple-outline"),
    WorkspaceEntry("schedule", "nejat_desk.gui.schedule.workspace", "ScheduleWorkspace",
                   QT_TRANSLATE_NOOP("Workspaces", "Schedule"), "mdi6.calendar-month-outline"),
    WorkspaceEntry("sites", "nejat_desk.gui.sites.workspace", "SitesWorkspace",
                   QT_TRANSLATE_NOOP("Workspaces", "Sites"), "mdi6.web-sync"),
)
