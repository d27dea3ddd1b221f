"""Markdown with YAML front matter: the foundation's interchange format, one file per article.

The text is `render_document(article_to_document(article))`, the very form `nejat-desk import`
reads, so a round trip gives the same articles and exporting again gives the same bytes.
"""

from __future__ import annotations

from nejat_desk.exporters.common import safe_filename


def markdown_path(edition: str, slug: str) -> str:
    """Relative path inside the export folder: one folder per edition."""
    return f"{edition}/{safe_filename(slug + '.md')}"
