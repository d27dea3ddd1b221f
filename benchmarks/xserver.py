"""A private Xvfb display for the start-up benchmarks, and a watcher that timestamps the moment a
top-level window is mapped (X MapNotify events on the root window, read through libX11 with
ctypes: exact, and no polling that would steal CPU from the process being measured)."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19


def _xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if not name:
        raise RuntimeError("libX11 is not installed")
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
# Xlib's default error handler exits the process (e.g. a window destroyed before we asked about it).
_ignore_errors = _ERROR_HANDLER(lambda _display, _event: 0)


class MapWatcher:
    """Reports when a top-level window at least `min_size` pixels on each side gets mapped."""

    def __init__(self, display: str) -> None:
        self._x = _xlib()
        self._x.XSetErrorHandler(_ignore_errors)
        self._dpy = self._x.XOpenDisplay(display.encode())
        if not self._dpy:
            raise RuntimeError(f"cannot open X display {display}")
        root = self._x.XDefaultRootWindow(self._dpy)
        self._x.XSelectInput(self._dpy, root, SUBSTRUCTURE_NOTIFY_MASK)
        self._x.XFlush(self._dpy)
        self._fd = self._x.XConnectionNumber(self._dpy)

    def drain(self) -> None:
        event = (ctypes.c_long * 24)()
        while self._x.XPending(self._dpy):
            self._x.XNextEvent(self._dpy, ctypes.byref(event))

    def wait_for_map(self, timeout: float, min_size: int = 200) -> float | None:
        """Wall-clock time (time.time()) of the first qualifying map, or None on timeout."""
        deadline = time.monotonic() + timeout
        event = (ctypes.c_long * 24)()
        attributes = (ctypes.c_int * 64)()
        while True:
            while self._x.XPending(self._dpy):
                self._x.XNextEvent(self._dpy, ctypes.byref(event))
                seen = time.time()
                if ctypes.c_int.from_buffer(event).value != MAP_NOTIFY:
                    continue
                # XMapEvent: type, serial, send_event, display, event, window, override_redirect
                window, override_redirect = event[5], ctypes.c_int.from_buffer(event, 6 * 8).value
                if override_redirect:
                    continue  # tooltips, menus, splash-less popups
                if self._x.XGetWindowAttributes(self._dpy, window, ctypes.byref(attributes)):
                    width, height = attributes[2], attributes[3]
                    if width >= min_size and height >= min_size:
                        return seen
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            select.select([self._fd], [], [], min(remaining, 0.5))

    def close(self) -> None:
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None


def _free_display() -> int:
    for number in range(90, 200):
        if not os.path.exists(f"/tmp/.X{number}-lock") and not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def xvfb(size: str = "1600x1000x24") -> Iterator[str]:
    """Start a private Xvfb; yields its display name (":93") and stops it afterwards."""
    if not shutil.which("Xvfb"):
        raise RuntimeError("Xvfb is not installed (bash scripts/bootstrap.sh --bench installs it)")
    number = _free_display()
    display = f":{number}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 15
        x = _xlib()
        while True:
            dpy = x.XOpenDisplay(display.encode())
            if dpy:
                x.XCloseDisplay(dpy)
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb {display} did not start")
            time.sleep(0.05)
        yield display
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
