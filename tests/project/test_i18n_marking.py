"""Every user-visible string in the Qt code is marked for translation, in a form lupdate reads.

An AST scan of nejat_desk/gui/** and nejat_desk/app.py: a string literal (or an f-string with
words in it) passed straight to a call that shows text (setText, setWindowTitle, QLabel(...),
QMessageBox.warning(...), addAction, addMenu, ...) fails the test; so do forms lupdate cannot
read (`tr = QCoreApplication.translate` aliases, `window.tr(...)` on another object, tr() of an
f-string, translate() with a non-literal context). It checks marking only: missing
translations are the release build's business (scripts/check-translations.py).

A line that really must show a fixed text (a sample, a file name) says so with `# i18n: ok`.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = sorted([*(ROOT / "nejat_desk" / "gui").rglob("*.py"), ROOT / "nejat_desk" / "app.py"])

# method name -> positions of its text arguments. A position marked "+" may instead hold an icon,
# the text then following it (addAction(icon, "Text"), addItem(icon, "Text", data)).
TEXT_METHODS: dict[str, tuple[str, ...]] = {
    "setText": ("0",), "setWindowTitle": ("0",), "setToolTip": ("0",), "setStatusTip": ("0",),
    "setWhatsThis": ("0",), "setPlaceholderText": ("0",), "setTitle": ("0",), "setLabelText": ("0",),
    "setInformativeText": ("0",), "setSuffix": ("0",), "setPrefix": ("0",), "setSpecialValueText": ("0",),
    "setAccessibleName": ("0",), "setAccessibleDescription": ("0",), "setHeaderLabels": ("0",),
    "setHorizontalHeaderLabels": ("0",), "setVerticalHeaderLabels": ("0",), "setTabText": ("1",),
    "setTabToolTip": ("1",), "setItemText": ("1",), "addTab": ("1+",), "insertTab": ("2+",), "addItem": ("0+",),
    "addItems": ("0",), "insertItem": ("1+",), "addAction": ("0+",), "addMenu": ("0+",), "addButton": ("0",),
    "addSection": ("0+",), "showMessage": ("0",), "notify": ("0",), "setButtonText": ("1",),
    "setCancelButtonText": ("0",), "setOkButtonText": ("0",), "addRow": ("0",), "insertRow": ("1",),
    "setHeaderData": ("2",), "setIconText": ("0",), "setWindowIconText": ("0",),
    "information": ("1", "2"), "warning": ("1", "2"), "critical": ("1", "2"), "question": ("1", "2"),
    "about": ("1", "2"), "getText": ("1", "2"), "getInt": ("1", "2"), "getItem": ("1", "2"),
    "getMultiLineText": ("1", "2"), "getOpenFileName": ("1", "3"), "getOpenFileNames": ("1", "3"),
    "getSaveFileName": ("1", "3"), "getExistingDirectory": ("1",),
}
# Constructors whose first positional argument is a visible text (keyword `text`/`title` too).
TEXT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolBar", "QDockWidget", "QCommandLinkButton", "QStandardItem", "QListWidgetItem", "QTreeWidgetItem",
    "QTableWidgetItem", "QWidgetAction",
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "statusTip", "placeholderText", "windowTitle", "caption", "filter",
                 "label", "informativeText"}
MESSAGE_BOX_CTOR = "QMessageBox"  # QMessageBox(icon, title, text, ...)
TRANSLATE_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "qsTr"}
LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
NOT_PROSE = re.compile(r"^\s*([a-z][a-z0-9+.-]*://\S*|[\w.+-]+@[\w-]+\.[\w.]+)\s*$", re.IGNORECASE)  # URLs, e-mail
MARKUP = re.compile(r"<[^<>]*>|&#?\w+;")
APP_OBJECTS = {"QCoreApplication", "QApplication", "QGuiApplication"}
OK_MARK = "# i18n: ok"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def _prose(text: str) -> bool:
    text = MARKUP.sub(" ", text)  # <b>, <br/>, &nbsp; are markup, not words
    return bool(LETTERS.search(text)) and not NOT_PROSE.match(text)


def _has_words(node: ast.AST) -> bool:
    """A literal text a person reads: letters outside {placeholders}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _prose(node.value)
    if isinstance(node, ast.JoinedStr):  # the literal parts, {fields} left out
        return _prose(" ".join(str(v.value) for v in node.values if isinstance(v, ast.Constant)))
    if isinstance(node, ast.BinOp):  # "a" + "b", "x %s" % y
        return _has_words(node.left) or (isinstance(node.op, ast.Add) and _has_words(node.right))
    if isinstance(node, ast.List | ast.Tuple):
        return any(_has_words(e) for e in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _has_words(node.func.value)
    if isinstance(node, ast.IfExp):
        return _has_words(node.body) or _has_words(node.orelse)
    return False


def _looks_like_icon(node: ast.AST) -> bool:
    text = ast.unparse(node).lower()
    return "icon" in text or "pixmap" in text


def _is_translate(func: ast.AST) -> bool:
    """QCoreApplication.translate / QApplication.translate (not QPainter.translate)."""
    return (isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name)
            and func.value.id in APP_OBJECTS)


def _call_name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, source: str) -> None:
        self.path = str(path.relative_to(ROOT))
        self.lines = source.splitlines()
        self.findings: list[Finding] = []

    def report(self, node: ast.AST, problem: str) -> None:
        line = getattr(node, "lineno", 0)
        end = getattr(node, "end_lineno", line) or line
        if any(OK_MARK in self.lines[i - 1] for i in range(line, end + 1) if 0 < i <= len(self.lines)):
            return
        self.findings.append(Finding(self.path, line, problem))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast API
        params = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
        for call in ast.walk(node):
            if not isinstance(call, ast.Call):
                continue
            name = _call_name(call.func)
            index = 1 if _is_translate(call.func) else 0 if name == "tr" else None
            if index is not None and len(call.args) > index and isinstance(call.args[index], ast.Name) \
                    and call.args[index].id in params:
                self.report(node, f"{node.name}() passes its argument to {name}(): lupdate cannot see the strings "
                                  "given to such a wrapper; call self.tr() or QCoreApplication.translate() "
                                  "with the literal text instead")
                break
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:  # noqa: N802 - ast API
        if _is_translate(node.value):
            self.report(node, "aliased translate(): lupdate cannot read calls through an alias; "
                              "call QCoreApplication.translate(\"Context\", \"text\") directly")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        name = _call_name(node.func)
        if name == "tr" and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                self.report(node, "tr() called on another object: lupdate files it under the variable's "
                                  "name, Qt looks it up under the object's class; use self.tr() or "
                                  "QCoreApplication.translate(\"Context\", ...)")
        if name == "translate" and not _is_translate(node.func):
            name = "translate()"  # QPainter.translate and the like: not a text call
        if name in ("tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP") and node.args:
            text_index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
            if name in ("translate", "QT_TRANSLATE_NOOP") and not (
                    isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                self.report(node, f"{name}() needs a literal context string for lupdate")
            if len(node.args) > text_index and isinstance(node.args[text_index], ast.JoinedStr | ast.BinOp):
                self.report(node, f"{name}() of an f-string or concatenation: lupdate cannot extract it and "
                                  "the lookup never matches; translate a fixed text with %1 placeholders")
            return  # a translated call's arguments are fine as they are
        positions: tuple[str, ...] = ()
        if name in TEXT_METHODS and isinstance(node.func, ast.Attribute):
            positions = TEXT_METHODS[name]
        elif name in TEXT_CONSTRUCTORS:
            positions = ("0+",)
        elif name == MESSAGE_BOX_CTOR:
            positions = ("1", "2")
        for position in positions:
            index = int(position.rstrip("+"))
            if position.endswith("+") and index < len(node.args) and _looks_like_icon(node.args[index]):
                index += 1
            if index < len(node.args) and _has_words(node.args[index]):
                self.report(node.args[index], f"untranslated text passed to {name}(): wrap it in self.tr() or "
                                              "QCoreApplication.translate()")
        if name in TEXT_METHODS or name in TEXT_CONSTRUCTORS or name == MESSAGE_BOX_CTOR:
            for keyword in node.keywords:
                if keyword.arg in TEXT_KEYWORDS and _has_words(keyword.value):
                    self.report(keyword.value, f"untranslated text passed as {keyword.arg}= to {name}()")
        self.generic_visit(node)


def scan_source(path: Path, source: str) -> list[Finding]:
    scanner = Scanner(path, source)
    scanner.visit(ast.parse(source, filename=str(path)))
    return scanner.findings


def scan_tree() -> list[Finding]:
    findings: list[Finding] = []
    for path in SCANNED:
        findings.extend(scan_source(path, path.read_text(encoding="utf-8")))
    return findings


def test_every_visible_string_is_marked_for_translation():
    findings = scan_tree()
    assert not findings, "strings not marked for translation (or not readable by lupdate):\n" + "\n".join(
        str(f) for f in findings)


# --- the scanner itself catches what it should, and lets through what it should ---------------

def _scan(code: str) -> list[str]:
    return [f.problem for f in scan_source(ROOT / "nejat_desk" / "gui" / "probe.py", code)]


def test_scanner_flags_plain_literals_in_widgets_and_dialogs():
    code = '''
from PySide6.QtWidgets import QLabel, QMessageBox
class W:
    def build(self):
        QLabel("Headline", self)
        self.button.setText("Publish now")
        self.setWindowTitle(f"Article {self.id}")
        QMessageBox.warning(self, "Oops", self.tr("Fine"))
        self.menu.addAction("Export…")
        self.model.setHorizontalHeaderLabels(["Title", self.tr("Status")])
        self.label = QLabel(text="Byline")
'''
    problems = _scan(code)
    assert len(problems) == 7, problems


def test_scanner_flags_forms_lupdate_cannot_read():
    code = '''
from PySide6.QtCore import QCoreApplication
tr = QCoreApplication.translate
def f(window, context, name):
    window.tr("Library check")
    QCoreApplication.translate(context, "Hello")
    return QCoreApplication.translate("Ctx", f"Hello {name}")
def _tr(text):
    return QCoreApplication.translate("Ctx", text)
'''
    problems = _scan(code)
    assert len(problems) == 5, problems


def test_scanner_accepts_marked_and_non_verbal_strings():
    code = '''
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel
NAMES = (QT_TRANSLATE_NOOP("Labels", "Draft"),)
class W:
    def build(self, n):
        QLabel(self.tr("Headline"), self)
        self.button.setText(self.tr("Published %1").replace("%1", str(n)))
        self.setWindowTitle(QCoreApplication.translate("Window", "Nejat Desk"))
        self.count.setText(f"{n}")
        self.sep.setText("—")
        self.card.setText(f"<br><b>{n}</b>")
        self.button.setText("")
        self.sample.setText("Lorem ipsum")  # i18n: ok
        self.setObjectName("headlineEdit")
'''
    assert _scan(code) == []
