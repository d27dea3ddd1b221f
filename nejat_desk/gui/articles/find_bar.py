"""Find and replace in the source editor: plain or regular expression; Replace All is one
undo step."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton, QWidget

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.find_replace import (
    codepoint_offset,
    compile_pattern,
    plan_replace_all,
    replacement_for,
    utf16_offset,
)


class FindReplaceBar(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.regex_check = QCheckBox(self.tr("Regular expression"), self)
        self.case_check = QCheckBox(self.tr("Match case"), self)
        self.message = QLabel(self)
        buttons = []
        for text, slot in ((self.tr("Previous"), self.find_previous), (self.tr("Next"), self.find_next),
                           (self.tr("Replace"), self.replace_one), (self.tr("Replace All"), self.replace_all),
                           ("✕", self.close_bar)):
            button = QToolButton(self)
            button.setText(text)
            button.clicked.connect(slot)
            buttons.append(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.find_edit, 2)
        for button in buttons[:2]:
            layout.addWidget(button)
        layout.addWidget(self.replace_edit, 2)
        for button in buttons[2:4]:
            layout.addWidget(button)
        layout.addWidget(self.regex_check)
        layout.addWidget(self.case_check)
        layout.addWidget(self.message, 1)
        layout.addWidget(buttons[4])
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.hide()

    def open(self, replace: bool = False) -> None:
        self.show()
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def _pattern(self):
        try:
            return compile_pattern(self.find_edit.text(), regex=self.regex_check.isChecked(),
                                   case_sensitive=self.case_check.isChecked())
        except ValidationError as exc:
            self.message.setText(str(exc))
            return None

    def _select(self, text: str, start: int, end: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    def find_next(self, backwards: bool = False) -> bool:
        pattern = self._pattern()
        if pattern is None:
            return False
        text = self.editor.toPlainText()
        cursor = self.editor.textCursor()
        matches = [m for m in pattern.finditer(text) if m.end() > m.start()]
        if not matches:
            self.message.setText(self.tr("Not found"))
            return False
        if backwards:
            here = codepoint_offset(text, cursor.selectionStart())
            before = [m for m in matches if m.start() < here]
            match = before[-1] if before else matches[-1]
        else:
            here = codepoint_offset(text, cursor.selectionEnd())
            after = [m for m in matches if m.start() >= here]
            match = after[0] if after else matches[0]
        self._select(text, match.start(), match.end())
        self.message.setText(self.tr("%n match(es)", "", len(matches)))
        return True

    def find_previous(self) -> bool:
        return self.find_next(backwards=True)

    def replace_one(self) -> bool:
        pattern = self._pattern()
        if pattern is None:
            return False
        text = self.editor.toPlainText()
        cursor = self.editor.textCursor()
        start = codepoint_offset(text, cursor.selectionStart())
        end = codepoint_offset(text, cursor.selectionEnd())
        match = pattern.fullmatch(text, start, end) if end > start else None
        if match is None:
            return self.find_next()
        try:
            new = replacement_for(match, self.replace_edit.text(), regex=self.regex_check.isChecked())
        except ValidationError as exc:
            self.message.setText(str(exc))
            return False
        cursor.insertText(new)
        self.find_next()
        return True

    def replace_all(self) -> int:
        pattern = self._pattern()
        if pattern is None:
            return 0
        text = self.editor.toPlainText()
        try:
            edits = plan_replace_all(text, pattern, self.replace_edit.text(), regex=self.regex_check.isChecked())
        except ValidationError as exc:
            self.message.setText(str(exc))
            return 0
        if not edits:
            self.message.setText(self.tr("Not found"))
            return 0
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()  # one step for undo
        for edit in reversed(edits):
            cursor.setPosition(utf16_offset(text, edit.start))
            cursor.setPosition(utf16_offset(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(edit.replacement)
        cursor.endEditBlock()
        self.message.setText(self.tr("Replaced %n match(es)", "", len(edits)))
        return len(edits)
