"""Re-implementations, for tests, of the rules of WordPress importer's three WXR parsers.

Written from reading wordpress-importer's src/parsers (the line/regex parser, the SimpleXML one
and the expat "XML parser" one); not their code. Each returns the importer's view of a file:
{"version", "base_url", "authors", "posts", "categories", "tags", "terms"} or raises ParseError.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from typing import Any

from lxml import etree


class ParseError(Exception):
    pass


# --- the line-based regex parser -----------------------------------------------------------

MULTILINE = {"item": "posts", "wp:category": "categories", "wp:tag": "tags", "wp:term": "terms"}
LINE_LIMIT = 8191  # fgets($fp, 8192) reads at most 8191 bytes


def _lines(data: bytes) -> list[str]:
    """fgets with a length: long lines come back in pieces, each then rtrim()med."""
    out: list[str] = []
    for raw in data.split(b"\n"):
        raw += b"\n"
        while raw:
            piece, raw = raw[:LINE_LIMIT], raw[LINE_LIMIT:]
            out.append(piece.decode("utf-8", errors="replace").rstrip())
        # the final empty remainder after the last newline is dropped
    return out


def _get_tag(text: str, tag: str) -> str:
    m = re.search(rf"<{re.escape(tag)}.*?>(.*?)</{re.escape(tag)}>", text, re.I | re.S)
    if not m:
        return ""
    value = m.group(1)
    if value.startswith("<![CDATA["):
        if "]]]]><![CDATA[>" in value:
            return "".join(re.findall(r"<!\[CDATA\[(.*?)\]\]>", value, re.S))
        return re.sub(r"^<!\[CDATA\[(.*)\]\]>$", r"\1", value, flags=re.S)
    return value


def _meta(text: str, tag: str) -> list[dict[str, str]]:
    return [{"key": _get_tag(m, "wp:meta_key"), "value": _get_tag(m, "wp:meta_value")}
            for m in re.findall(rf"<{tag}>(.+?)</{tag}>", text, re.I | re.S)]


def _regex_post(post: str) -> dict[str, Any]:
    fields = ("wp:post_id", "title", "wp:post_date", "wp:post_date_gmt", "wp:comment_status", "wp:ping_status",
              "wp:status", "wp:post_name", "wp:post_parent", "wp:menu_order", "wp:post_type", "wp:post_password",
              "wp:is_sticky", "guid", "dc:creator", "excerpt:encoded", "content:encoded")
    data = {f: _get_tag(post, f) for f in fields}
    if _get_tag(post, "wp:attachment_url"):
        data["wp:attachment_url"] = _get_tag(post, "wp:attachment_url")
    data["terms"] = [{"domain": d, "slug": s, "name": n.replace("<![CDATA[", "").replace("]]>", "")}
                     for d, s, n in re.findall(r'<category domain="([^"]+?)" nicename="([^"]+?)">(.+?)</category>',
                                               post, re.I | re.S)]
    data["postmeta"] = _meta(post, "wp:postmeta")
    return data


def regex_parse(data: bytes) -> dict[str, Any]:
    result: dict[str, Any] = {"authors": {}, "posts": [], "categories": [], "tags": [], "terms": [],
                              "base_url": "", "version": None}
    in_multiline: str | None = None
    content = ""
    for line in _lines(data):
        is_tag_line = False
        if result["version"] is None:
            m = re.search(r"<wp:wxr_version>(\d+\.\d+)</wp:wxr_version>", line)
            if m:
                result["version"] = m.group(1)
        if "<wp:base_site_url>" in line:
            m = re.search(r"<wp:base_site_url>(.*?)</wp:base_site_url>", line, re.I | re.S)
            result["base_url"] = m.group(1) if m else ""
            continue
        if "<wp:author>" in line:
            m = re.search(r"<wp:author>(.*?)</wp:author>", line, re.I | re.S)
            if m:
                login = _get_tag(m.group(1), "wp:author_login")
                result["authors"][login] = {"login": login,
                                            "display_name": _get_tag(m.group(1), "wp:author_display_name")}
            continue
        for tag, bucket in MULTILINE.items():
            pos = line.find(f"<{tag}>")
            pos_closing = line.find(f"</{tag}>")
            m = re.search(rf"<{tag}>(.*?)</{tag}>", line, re.I | re.S)
            if m:
                result[bucket].append(_handle(tag, m.group(1)))
            elif pos != -1:
                content = line[pos + len(tag) + 2:].strip()
                in_multiline = tag
                is_tag_line = True
            elif pos_closing != -1:
                in_multiline = None
                content += line[:pos_closing].strip()
                result[bucket].append(_handle(tag, content))
        if in_multiline and not is_tag_line:
            content += line + "\n"
    if not result["version"]:
        raise ParseError("missing/invalid WXR version number")
    return result


def _handle(tag: str, text: str) -> dict[str, Any]:
    if tag == "item":
        return _regex_post(text)
    if tag == "wp:category":
        return {"term_id": _get_tag(text, "wp:term_id"), "name": _get_tag(text, "wp:cat_name"),
                "slug": _get_tag(text, "wp:category_nicename"), "parent": _get_tag(text, "wp:category_parent")}
    if tag == "wp:tag":
        return {"term_id": _get_tag(text, "wp:term_id"), "name": _get_tag(text, "wp:tag_name"),
                "slug": _get_tag(text, "wp:tag_slug")}
    return {"term_id": _get_tag(text, "wp:term_id"), "taxonomy": _get_tag(text, "wp:term_taxonomy"),
            "slug": _get_tag(text, "wp:term_slug"), "parent": _get_tag(text, "wp:term_parent"),
            "name": _get_tag(text, "wp:term_name"), "description": _get_tag(text, "wp:term_description")}


# --- the SimpleXML parser -----------------------------------------------------------------------

DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"


def simplexml_parse(data: bytes) -> dict[str, Any]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"There was an error when reading this WXR file: {exc}") from None
    if root.getroottree().docinfo.doctype:
        raise ParseError("There was an error when reading this WXR file (DOCTYPE)")
    ns = {k: v for k, v in root.nsmap.items() if k}
    if "wp" not in ns:
        raise ParseError("missing/invalid WXR version number")  # the xpath on wp: finds nothing
    version = root.xpath("/rss/channel/wp:wxr_version", namespaces=ns)
    if not version or not re.match(r"^\d+\.\d+$", (version[0].text or "").strip()):
        raise ParseError("missing/invalid WXR version number")
    wp = ns["wp"]
    excerpt = ns.get("excerpt", "http://wordpress.org/export/1.1/excerpt/")

    def child(el: Any, uri: str, name: str) -> str:
        found = el.find(f"{{{uri}}}{name}")
        return (found.text or "") if found is not None else ""

    result: dict[str, Any] = {"version": version[0].text.strip(), "authors": {}, "posts": [], "categories": [],
                              "tags": [], "terms": [],
                              "base_url": (root.xpath("/rss/channel/wp:base_site_url", namespaces=ns)[0].text
                                           or "").strip()}
    for a in root.xpath("/rss/channel/wp:author", namespaces=ns):
        login = child(a, wp, "author_login")
        result["authors"][login] = {"login": login, "display_name": child(a, wp, "author_display_name")}
    for t in root.xpath("/rss/channel/wp:category", namespaces=ns):
        result["categories"].append({"term_id": child(t, wp, "term_id"), "name": child(t, wp, "cat_name"),
                                     "slug": child(t, wp, "category_nicename"),
                                     "parent": child(t, wp, "category_parent")})
    for t in root.xpath("/rss/channel/wp:tag", namespaces=ns):
        result["tags"].append({"term_id": child(t, wp, "term_id"), "name": child(t, wp, "tag_name"),
                               "slug": child(t, wp, "tag_slug")})
    for t in root.xpath("/rss/channel/wp:term", namespaces=ns):
        result["terms"].append({"term_id": child(t, wp, "term_id"), "taxonomy": child(t, wp, "term_taxonomy"),
                                "slug": child(t, wp, "term_slug"), "parent": child(t, wp, "term_parent"),
                                "name": child(t, wp, "term_name"),
                                "description": child(t, wp, "term_description")})
    channel = root.find("channel")
    for item in channel.findall("item") if channel is not None else []:
        post: dict[str, Any] = {
            "title": item.findtext("title") or "", "guid": item.findtext("guid") or "",
            "dc:creator": child(item, DC, "creator"), "content:encoded": child(item, CONTENT, "encoded"),
            "excerpt:encoded": child(item, excerpt, "encoded"),
        }
        for name in ("post_id", "post_date", "post_date_gmt", "comment_status", "ping_status", "post_name",
                     "status", "post_parent", "menu_order", "post_type", "post_password", "is_sticky"):
            post[f"wp:{name}"] = child(item, wp, name)
        if item.find(f"{{{wp}}}attachment_url") is not None:
            post["wp:attachment_url"] = child(item, wp, "attachment_url")
        post["terms"] = [{"name": c.text or "", "slug": c.get("nicename"), "domain": c.get("domain")}
                         for c in item.findall("category") if c.get("nicename") is not None]
        post["postmeta"] = [{"key": child(m, wp, "meta_key"), "value": child(m, wp, "meta_value")}
                            for m in item.findall(f"{{{wp}}}postmeta")]
        result["posts"].append(post)
    return result


# --- the expat parser (literal qualified names, no namespace processing) ---------------------------

WP_TAGS = {"wp:post_id", "wp:post_date", "wp:post_date_gmt", "wp:comment_status", "wp:ping_status",
           "wp:attachment_url", "wp:status", "wp:post_name", "wp:post_parent", "wp:menu_order", "wp:post_type",
           "wp:post_password", "wp:is_sticky", "wp:term_id", "wp:category_nicename", "wp:category_parent",
           "wp:cat_name", "wp:tag_slug", "wp:tag_name", "wp:term_taxonomy", "wp:term_parent", "wp:term_name",
           "wp:term_description", "wp:author_login", "wp:author_display_name"}


def expat_parse(data: bytes) -> dict[str, Any]:
    state: dict[str, Any] = {"posts": [], "categories": [], "tags": [], "terms": [], "authors": {},
                             "version": None, "data": None, "in_tag": None, "cdata": "", "sub": None,
                             "in_post": False}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag in WP_TAGS:
            state["in_tag"] = tag
        elif tag == "category" and "domain" in attrs and "nicename" in attrs:
            state["sub"] = {"domain": attrs["domain"], "slug": attrs["nicename"]}
        elif tag == "item":
            state["in_post"] = True
        elif tag == "title" and state["in_post"]:
            state["in_tag"] = "title"
        elif tag in ("guid", "dc:creator", "content:encoded", "excerpt:encoded", "wp:term_slug"):
            state["in_tag"] = tag
        elif tag in ("wp:meta_key", "wp:meta_value"):
            state["in_sub"] = tag

    def chars(text: str) -> None:
        if not text.strip():
            return
        state["cdata"] += text if (state["in_tag"] or state.get("in_sub")) else text.strip()

    def end(tag: str) -> None:
        data = state["data"]
        if tag == "category" and state["sub"]:
            state["sub"]["name"] = state["cdata"]
            (data := data if data is not None else {}).setdefault("terms", []).append(state["sub"])
            state["data"] = data
            state["sub"] = None
        elif tag == "wp:postmeta":
            meta = state.pop("meta", {})
            (data := data if data is not None else {}).setdefault("postmeta", []).append(meta)
            state["data"] = data
        elif tag == "item":
            state["posts"].append(data or {})
            state["data"] = None
            state["in_post"] = False
        elif tag in ("wp:category", "wp:tag", "wp:term"):
            state[{"wp:category": "categories", "wp:tag": "tags", "wp:term": "terms"}[tag]].append(data or {})
            state["data"] = None
        elif tag == "wp:author":
            if data and data.get("wp:author_login"):
                state["authors"][data["wp:author_login"]] = data
            state["data"] = None
        elif tag == "wp:wxr_version":
            state["version"] = state["cdata"]
        elif state.get("in_sub"):
            state.setdefault("meta", {})["key" if state["in_sub"] == "wp:meta_key" else "value"] = state["cdata"]
            state["in_sub"] = None
        elif state["in_tag"]:
            state["data"] = data if data is not None else {}
            state["data"][state["in_tag"]] = state["cdata"]
            state["in_tag"] = None
        state["cdata"] = ""

    parser = xml.parsers.expat.ParserCreate("UTF-8")
    parser.buffer_text = True  # libxml hands over a CDATA section whole
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise ParseError(f"XML_parse_error: {exc}") from None
    if not state["version"] or not re.match(r"^\d+\.\d+$", state["version"]):
        raise ParseError("missing/invalid WXR version number")
    return {k: state[k] for k in ("posts", "categories", "tags", "terms", "authors", "version")}
