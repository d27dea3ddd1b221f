"""What to install when Qt cannot load a library of the operating system.

The bundle carries Qt but not the desktop's graphics and input libraries (libGL, libEGL,
xkbcommon, fontconfig): they must match the machine's drivers. Where one is missing, importing
PySide6.QtGui raises ImportError naming the file; the window cannot open, so the person is told
in a sentence which package brings it, instead of a traceback.
"""

from __future__ import annotations

import re

from nejat_desk.core.i18n import translate

# A shared library's file name as the dynamic loader reports it ("libGL.so.1").
_LIBRARY = re.compile(r"(lib[\w.+-]*?\.so(?:\.\d+)*)")

# file -> (Debian and Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libGL.so.1": ("libgl1", "mesa-libGL"),
    "libEGL.so.1": ("libegl1", "mesa-libEGL"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
}


def missing_library(error: BaseException) -> str | None:
    """The system library an ImportError says could not be loaded, or None for any other error."""
    if not isinstance(error, ImportError):
        return None
    found = _LIBRARY.search(str(error))
    return found.group(1) if found else None


def what_to_install(library: str) -> str:
    """One sentence naming the missing library and the package that brings it."""
    packages = PACKAGES.get(library)
    if packages is None:
        return translate("core.system_libraries",
                         "Nejat Desk cannot open its window: the system library {library} is missing or cannot be "
                         "loaded. Install the package of your distribution that provides {library}, then start "
                         "Nejat Desk again.").format(library=library)
    debian, fedora = packages
    return translate("core.system_libraries",
                     "Nejat Desk cannot open its window: the system library {library} is missing or cannot be "
                     "loaded. Install it (on Debian or Ubuntu: sudo apt install {debian}; on Fedora: sudo dnf "
                     "install {fedora}), then start Nejat Desk again.").format(library=library, debian=debian,
                                                                             fedora=fedora)
