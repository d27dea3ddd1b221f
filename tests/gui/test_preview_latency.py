"""A keystroke after a pause goes to the renderer at once (the next turn of the event loop), not
after the debounce; keystrokes that follow it are coalesced into one later render."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nejat_desk.gui.articles.page import PageContext
from nejat_desk.gui.articles.preview import PreviewBrowser, PreviewController


def test_the_first_keystroke_after_a_pause_renders_without_waiting(qtbot):
    browser = PreviewBrowser(lambda _sha: None)
    qtbot.addWidget(browser)
    controller = PreviewController(browser)
    text = {"value": "First paragraph."}
    controller.set_text_source(lambda: text["value"])
    controller.context = PageContext(edition="en", title="Title")
    sent: list[str] = []
    request = controller.renderer.request
    controller.renderer.request = lambda body, ctx, at=None: sent.append(body) or request(body, ctx, at)
    try:
        controller.schedule()  # a keystroke after a pause
        QCoreApplication.processEvents()  # one turn of the event loop, no waiting
        QCoreApplication.processEvents()
        assert sent == ["First paragraph."]
        qtbot.waitUntil(lambda: browser.shown_generation >= 1, timeout=3000)
        # A burst right after: coalesced, and the newest text is what is rendered in the end.
        for value in ("First paragraph. A", "First paragraph. AB", "First paragraph. ABC"):
            text["value"] = value
            controller.schedule()
        qtbot.waitUntil(lambda: sent[-1] == "First paragraph. ABC", timeout=3000)
        assert len(sent) <= 3
        qtbot.waitUntil(lambda: "ABC" in browser.toPlainText(), timeout=3000)
    finally:
        controller.stop()
