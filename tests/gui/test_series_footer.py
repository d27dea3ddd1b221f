"""Issue #18: a Newsletter series' footer (sender, postal address, unsubscribe line) is edited in the
window, from the issue editor, and printed at the foot of the issue's email."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from nejat_desk.exporters.newsletter import render_newsletter
from nejat_desk.gui.schedule.issue_editor import IssueEditor
from nejat_desk.services.publications import PublicationService, SeriesFooter
from tests.schedule_data import plan_week


def test_the_issue_editor_edits_the_series_footer(qtbot: Any, library: Any, tmp_path: Path) -> None:
    week = plan_week(library)
    service = PublicationService(library)
    editor = IssueEditor(service, week.issue)
    qtbot.addWidget(editor)
    assert editor.footer_button.isEnabled()
    dialog = editor.footer_dialog()
    assert dialog is not None and dialog.sender_edit.text() == ""
    dialog.sender_edit.setText("Nejat Newsroom")
    dialog.address_edit.setPlainText("12 Harbour Road\n\nBasra")
    dialog.unsubscribe_edit.setText("x" * 1001)
    dialog.save()  # refused: the rest of the form stays as typed, nothing stored
    assert "1000" in dialog.error_label.text() and not dialog.error_label.isHidden()
    assert next(s for s in service.series() if s.id == week.series).footer == SeriesFooter()
    dialog.unsubscribe_edit.setText("Reply STOP to unsubscribe")
    with qtbot.waitSignal(dialog.finished, timeout=2000) as finished:
        dialog.save()
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    stored = next(s for s in service.series() if s.id == week.series).footer
    assert stored == SeriesFooter("Nejat Newsroom", "12 Harbour Road\nBasra", "Reply STOP to unsubscribe")
    again = editor.footer_dialog()
    assert again is not None and again.address_edit.toPlainText() == "12 Harbour Road\nBasra"
    text = render_newsletter(library, week.issue).text
    assert "Sent by Nejat Newsroom\n12 Harbour Road\nBasra\nReply STOP to unsubscribe" in text

    books = service.create_series("books", "fa", "کتاب‌ها")
    book = IssueEditor(service, service.save_issue(series_id=books, number=1))
    qtbot.addWidget(book)
    assert not book.footer_button.isEnabled()  # only Newsletters go out by email
