"""A readable diff of two texts as HTML (unified, by line, with colours), for the revision list."""

from __future__ import annotations

import difflib
import html

from nejat_desk.core.i18n import translate


def diff_html(old: str, new: str, *, old_label: str = "revision", new_label: str = "current",
              dark: bool = False, context: int = 2) -> str:
    removed_bg, added_bg, hunk = ("#5c2326", "#1f4d2b", "#8a8f98") if dark else ("#ffe3e3", "#d3f9d8", "#6b717a")
    lines = list(difflib.unified_diff(old.splitlines(), new.splitlines(), old_label, new_label,
                                      n=context, lineterm=""))
    if not lines:
        same = translate("core.textdiff", "No differences.")
        return f"<p><i>{html.escape(same)}</i></p>"
    out = ['<table width="100%" cellspacing="0" cellpadding="1" style="font-family: monospace;">']
    for line in lines[2:]:
        text = html.escape(line[1:] if line[:1] in "+- " else line) or "&nbsp;"
        if line.startswith("@@"):
            out.append(f'<tr><td style="color: {hunk};">{html.escape(line)}</td></tr>')
        elif line.startswith("+"):
            out.append(f'<tr><td bgcolor="{added_bg}">+ {text}</td></tr>')
        elif line.startswith("-"):
            out.append(f'<tr><td bgcolor="{removed_bg}">− {text}</td></tr>')
        else:
            out.append(f"<tr><td>&nbsp;&nbsp;{text}</td></tr>")
    out.append("</table>")
    return "".join(out)


def diff_counts(old: str, new: str) -> tuple[int, int]:
    """(lines added, lines removed) going from old to new."""
    added = removed = 0
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if line.startswith("+ "):
            added += 1
        elif line.startswith("- "):
            removed += 1
    return added, removed
