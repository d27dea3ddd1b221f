"""Every sentence the Qt-free layers show a person goes through core.i18n.translate.

An AST scan of nejat_desk/{core,storage,services,exporters,cli}: a string literal (or the literal
part of an f-string) that reads as words fails the test unless it is
  - inside translate("<module context>", "...") or QT_TRANSLATE_NOOP(...), with a literal text
    and the module's own dotted context, so lupdate files it where a translator can find it;
  - a docstring, or the message of a log call (the log is for whoever fixes bugs: English);
  - the message of a builtin programming error (ValueError, TypeError, ...) or an assert;
  - SQL, markup, a URL, or a format with no words in it;
  - on a line marked `# i18n: ok`, which says the text is not for the user's language
    (a protocol value, content in an edition's own language, a product name).

Text written into exports for readers is the edition's language, not the interface's, and
says so with the mark.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.project.test_i18n_marking import OK_MARK, Finding

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "nejat_desk"
LAYERS = ("core", "storage", "services", "exporters", "cli")
SCANNED = sorted(p for layer in LAYERS for p in (PACKAGE / layer).rglob("*.py")
                 if "migrations" not in p.parts and "__pycache__" not in p.parts)
# Whole files of content rather than interface: the invented example articles are written in
# each edition's own language, and the words exported pages show readers (core/site_words.py)
# are in the edition's language whatever the interface speaks.
CONTENT_FILES = {"services/example_content.py", "core/site_words.py"}

LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
LOG_OBJECTS = {"log", "logger", "LOG", "_log", "_logger", "logging"}
PROGRAMMING_ERRORS = {"ValueError", "TypeError", "KeyError", "RuntimeError", "AssertionError",
                      "NotImplementedError", "LookupError", "IndexError", "AttributeError"}
NOT_WORDS = re.compile(r"\{[^{}]*\}|%\(?\w*\)?[sdrf]|<[^<>]*>|&#?\w+;|https?://\S+|\S+@\S+\.\S+")
WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
TECHNICAL_KEYWORDS = {"cascade", "order_by", "server_default", "sqlite_where", "back_populates"}
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|REPLACE|VACUUM)\b|"
                 r"\b(FROM|WHERE|VALUES|JOIN|ORDER BY|GROUP BY|SET|COLLATE)\b|^bm25\(")
CSS = re.compile(r"^\s*(:root\s*\{|[a-z-]+:[^;]*;)")  # a style sheet or inline style
TYPE_HINT = re.compile(r"^[\w.\[\], ]+( \| [\w.\[\], ]+)+$")  # "str | None" in a string annotation


def module_context(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def reads_as_words(text: str) -> bool:
    """Two or more words with a space between: something a person reads."""
    if SQL.search(text) or CSS.match(text) or TYPE_HINT.match(text):
        return False
    stripped = NOT_WORDS.sub(" ", text)
    return len(WORD.findall(stripped)) >= 2 and " " in stripped.strip()


def _name(node: ast.AST | None) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


class Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.rel = str(path.relative_to(PACKAGE))
        self.context = module_context(path)
        self.lines = source.splitlines()
        self.findings: list[Finding] = []
        self.exempt: set[int] = set()  # id() of nodes whose strings are not for the user

    def marked_ok(self, node: ast.AST) -> bool:
        first = getattr(node, "lineno", 0)
        last = getattr(node, "end_lineno", first) or first
        return any(OK_MARK in self.lines[i - 1] for i in range(first, last + 1) if 0 < i <= len(self.lines))

    def exempt_tree(self, node: ast.AST) -> None:
        for child in ast.walk(node):
            self.exempt.add(id(child))

    def report(self, node: ast.AST, problem: str) -> None:
        self.findings.append(Finding(self.rel, getattr(node, "lineno", 0), problem))

    # --- what is exempt -------------------------------------------------------------------
    def _docstring(self, node: ast.AST) -> None:
        body = getattr(node, "body", None)
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            self.exempt.add(id(body[0].value))

    def visit_Module(self, node: ast.Module) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Assert(self, node: ast.Assert) -> None:
        self.exempt_tree(node)

    def visit_Raise(self, node: ast.Raise) -> None:
        if isinstance(node.exc, ast.Call) and _name(node.exc.func) in PROGRAMMING_ERRORS:
            self.exempt_tree(node)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = _name(func)
        if (isinstance(func, ast.Attribute) and name in LOG_METHODS
                and _name(func.value) in LOG_OBJECTS):
            self.exempt_tree(node)
            return
        if name == "QT_TRANSLATE_NOOP" or (name == "translate" and (
                isinstance(func, ast.Name) or _name(getattr(func, "value", None)) in ("i18n", "core_i18n"))):
            self.check_translate(node)
            self.exempt_tree(node)
            return
        if name == "translate":  # str.translate, a QTranslator's own lookup
            self.exempt_tree(node)
            return
        for keyword in node.keywords:  # SQLAlchemy relationship options, not prose
            if keyword.arg in TECHNICAL_KEYWORDS:
                self.exempt_tree(keyword.value)
        if name in ("execute", "executemany", "executescript", "text", "compile", "match", "search",
                    "fullmatch", "sub", "split", "findall", "finditer"):
            self.exempt_tree(node)  # SQL and regular expressions
            return
        self.generic_visit(node)

    def check_translate(self, node: ast.Call) -> None:
        args = node.args
        if len(args) < 2:
            self.report(node, "translate() needs a context and a text")
            return
        context, text = args[0], args[1]
        if self.marked_ok(node):
            return
        if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
            self.report(node, "translate(): the context must be a literal lupdate can read")
        elif context.value != self.context:
            self.report(node, f"translate(): context {context.value!r}, expected {self.context!r}")
        # A name is fine (a QT_TRANSLATE_NOOP constant looked up where it is shown); a text
        # built at run time is not, since no catalogue can hold it.
        if isinstance(text, (ast.JoinedStr, ast.BinOp, ast.Call)):
            self.report(node, "translate(): the text must be one literal (values go in through .format)")

    # --- the strings ----------------------------------------------------------------------
    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if id(node) in self.exempt:
            return
        # a formatted value counts as one token of no letters: f"nejat_desk_{lang}.qm" is a name
        literal = "".join(str(v.value) if isinstance(v, ast.Constant) else "0" for v in node.values)
        if reads_as_words(literal) and not self.marked_ok(node):
            self.report(node, f"untranslated f-string {literal.strip()[:60]!r}")
        # its parts are handled here; the formatted values may still hold calls
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value.value)

    def visit_Constant(self, node: ast.Constant) -> None:
        if id(node) in self.exempt or not isinstance(node.value, str):
            return
        if reads_as_words(node.value) and not self.marked_ok(node):
            self.report(node, f"untranslated text {node.value.strip()[:60]!r}")


def scan(path: Path) -> list[Finding]:
    source = path.read_text(encoding="utf-8")
    scanner = Scanner(path, source)
    tree = ast.parse(source)
    # Exemptions are collected on the way down, before the strings under them are visited.
    scanner.visit(tree)
    return scanner.findings


def findings() -> list[Finding]:
    found: list[Finding] = []
    for path in SCANNED:
        if str(path.relative_to(PACKAGE)) in CONTENT_FILES:
            continue
        found += scan(path)
    return found


def test_every_sentence_of_the_core_is_translatable() -> None:
    found = findings()
    assert not found, "untranslated user-visible text:\n" + "\n".join(map(str, found))


# --- the scanner itself ---------------------------------------------------------------------

def _scan_text(source: str, tmp_path: Path, module: str = "services/sample.py") -> list[str]:
    fake = PACKAGE / module
    scanner = Scanner(fake, source)
    scanner.visit(ast.parse(source))
    return [f.problem for f in scanner.findings]


def test_scanner_flags_plain_messages(tmp_path: Path) -> None:
    source = (
        "from nejat_desk.core.errors import ValidationError\n"
        "def f(path):\n"
        "    raise ValidationError(f'Could not read {path}: not an image')\n"
        "def g():\n"
        "    print('Nothing to do here.')\n"
        "def h(parser):\n"
        "    parser.add_argument('--x', help='the folder to read')\n"
    )
    problems = _scan_text(source, tmp_path)
    assert len(problems) == 3, problems


def test_scanner_accepts_translated_and_technical_text(tmp_path: Path) -> None:
    source = (
        "'''Module docstring with many words.'''\n"
        "from nejat_desk.core.i18n import translate\n"
        "def f(path, log, db):\n"
        "    '''Docstring with words.'''\n"
        "    log.warning('could not read %s from disk', path)\n"
        "    db.execute('SELECT id FROM article WHERE title = ?')\n"
        "    raise ValueError('programming error with words')\n"
        "def g(path):\n"
        "    return translate('services.sample', 'Could not read {path}.').format(path=path)\n"
        "def h():\n"
        "    return 'Nejat Desk export'  # i18n: ok\n"
        "def k(x):\n"
        "    return f'{x}: {x}'\n"
    )
    assert _scan_text(source, tmp_path) == []


def test_scanner_checks_the_translate_call(tmp_path: Path) -> None:
    source = (
        "from nejat_desk.core.i18n import translate\n"
        "def f(x):\n"
        "    a = translate('services.other', 'Some words here')\n"
        "    b = translate('services.sample', f'Some {x} words')\n"
        "    return a, b\n"
    )
    problems = _scan_text(source, tmp_path)
    assert any("expected 'services.sample'" in p for p in problems)
    assert any("one literal" in p for p in problems)
