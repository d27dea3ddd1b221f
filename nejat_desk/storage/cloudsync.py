"""Detect folders kept in sync by a cloud tool: they copy a live SQLite file and its
-wal/-shm side files separately, which can corrupt the library."""

from __future__ import annotations

from pathlib import Path

# Folder names the tools create by default (matched case-insensitively on any path component).
_NAMES = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive", "googledrive": "Google Drive",  # i18n: ok
    "my drive": "Google Drive", "icloud drive": "iCloud Drive", "mobile documents": "iCloud Drive",  # i18n: ok
    "icloudrive": "iCloud Drive", "pcloud drive": "pCloud", "pclouddrive": "pCloud", "nextcloud": "Nextcloud",  # i18n: ok
    "owncloud": "ownCloud", "mega": "MEGA", "megasync": "MEGA", "box": "Box", "box sync": "Box",  # i18n: ok
    "seafile": "Seafile", "sync.com": "Sync.com", "yandex.disk": "Yandex Disk", "syncthing": "Syncthing",  # i18n: ok
}
# Marker files a tool leaves in the synced folder's root.
_MARKERS = {
    ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox", ".nextcloudsync.log": "Nextcloud",
    ".owncloudsync.log": "ownCloud", ".sync_journal.db": "Nextcloud/ownCloud", ".stfolder": "Syncthing",
    ".sync": "Resilio Sync", ".megaignore": "MEGA", ".tresorit": "Tresorit",  # i18n: ok
}


def cloud_sync_tool(path: Path) -> str | None:
    """The name of the sync tool that appears to manage `path`, or None."""
    path = path.expanduser().absolute()
    for folder in (path, *path.parents):
        for marker, tool in _MARKERS.items():
            try:
                if (folder / marker).exists():
                    return tool
            except OSError:
                continue
        name = folder.name.lower()
        named = _NAMES.get(name) or next((t for n, t in _NAMES.items() if name.startswith(n + " -")), None)
        if named and folder != Path(folder.anchor):
            return named
    return None
