"""What a media file really is, told from its first bytes (never from its name), and the
remote video hosts we know. Pure Python."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class FileType:
    kind: MediaKind
    mime: str
    label: str  # English, marked for the catalogue; shown through type_label(): "JPEG image"
    extensions: tuple[str, ...]


JPEG = FileType(MediaKind.IMAGE, "image/jpeg", QT_TRANSLATE_NOOP("core.media_types", "JPEG image"),
                (".jpg", ".jpeg", ".jpe", ".jfif"))
PNG = FileType(MediaKind.IMAGE, "image/png", QT_TRANSLATE_NOOP("core.media_types", "PNG image"), (".png",))
GIF = FileType(MediaKind.IMAGE, "image/gif", QT_TRANSLATE_NOOP("core.media_types", "GIF image"), (".gif",))
WEBP = FileType(MediaKind.IMAGE, "image/webp", QT_TRANSLATE_NOOP("core.media_types", "WebP image"),
                (".webp",))
PDF = FileType(MediaKind.PDF, "application/pdf", QT_TRANSLATE_NOOP("core.media_types", "PDF document"),
               (".pdf",))
MP4 = FileType(MediaKind.VIDEO, "video/mp4", QT_TRANSLATE_NOOP("core.media_types", "MP4 video"),
               (".mp4", ".m4v", ".mov"))
WEBM = FileType(MediaKind.VIDEO, "video/webm", QT_TRANSLATE_NOOP("core.media_types", "WebM video"),
                (".webm", ".mkv"))

KNOWN_TYPES = (JPEG, PNG, GIF, WEBP, PDF, MP4, WEBM)
SUPPORTED_EXTENSIONS = frozenset(ext for t in KNOWN_TYPES for ext in t.extensions)
SNIFF_BYTES = 64


def type_label(file_type: FileType) -> str:
    """The type's name in the interface language, for reports ("JPEG image")."""
    return translate("core.media_types", file_type.label)


def sniff(head: bytes) -> FileType | None:
    """The type named by the file's magic bytes, or None when it is none we accept."""
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    # PDF readers accept the header within the first 1024 bytes; we ask for it at the start
    # or after a short byte-order mark or whitespace, which is what real files have.
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return PDF
    if head[4:8] == b"ftyp":
        return MP4
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return WEBM
    return None


def type_for_extension(suffix: str) -> FileType | None:
    suffix = suffix.lower()
    for t in KNOWN_TYPES:
        if suffix in t.extensions:
            return t
    return None


# --- videos hosted elsewhere ---------------------------------------------------------------

@dataclass(frozen=True)
class RemoteVideo:
    provider: str  # "youtube", "vimeo", "aparat"
    video_id: str
    url: str  # canonical watch URL

    @property
    def embed_url(self) -> str:
        return {
            "youtube": f"https://www.youtube.com/embed/{self.video_id}",
            "vimeo": f"https://player.vimeo.com/video/{self.video_id}",
            "aparat": f"https://www.aparat.com/video/video/embed/videohash/{self.video_id}/vt/frame",
        }[self.provider]


_YT_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_APARAT_ID = re.compile(r"^[A-Za-z0-9]{3,20}$")


def parse_remote_video(url: str) -> RemoteVideo | None:
    """YouTube, Vimeo or Aparat URL -> provider and id; None for anything else."""
    try:
        parts = urlparse(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.").removeprefix("m.")
    segments = [s for s in parts.path.split("/") if s]
    if host in ("youtube.com", "youtube-nocookie.com", "music.youtube.com"):
        vid = parse_qs(parts.query).get("v", [""])[0]
        if not vid and len(segments) >= 2 and segments[0] in ("embed", "shorts", "live", "v"):
            vid = segments[1]
        if _YT_ID.match(vid):
            return RemoteVideo("youtube", vid, f"https://www.youtube.com/watch?v={vid}")
    elif host == "youtu.be" and segments and _YT_ID.match(segments[0]):
        return RemoteVideo("youtube", segments[0], f"https://www.youtube.com/watch?v={segments[0]}")
    elif host in ("vimeo.com", "player.vimeo.com"):
        ids = [s for s in segments if s.isdigit()]
        if ids:
            return RemoteVideo("vimeo", ids[0], f"https://vimeo.com/{ids[0]}")
    elif host == "aparat.com":
        vid = ""
        if len(segments) >= 2 and segments[0] == "v":
            vid = segments[1]
        elif "videohash" in segments:
            i = segments.index("videohash")
            vid = segments[i + 1] if i + 1 < len(segments) else ""
        if _APARAT_ID.match(vid):
            return RemoteVideo("aparat", vid, f"https://www.aparat.com/v/{vid}")
    return None
