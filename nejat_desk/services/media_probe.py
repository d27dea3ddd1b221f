"""Looking inside one media file: check it decodes, read what it says about itself, and make
its thumbnail and perceptual hash. Pillow for images, pypdfium2 for PDFs, ffprobe/ffmpeg for videos.

Every function here is safe to call from worker threads (Pillow releases the GIL while decoding;
pdfium is not thread-safe, so its calls are serialised by a lock). Failures raise ProbeError
with a sentence for the import report.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import shutil
import subprocess
import threading
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PIL import Image, ImageFile, ImageOps, IptcImagePlugin

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.i18n import translate
from nejat_desk.core.media_types import FileType, type_label
from nejat_desk.core.renditions import fit_within
from nejat_desk.services.perceptual_hash import perceptual_hash

log = logging.getLogger(__name__)

# A 24-megapixel photo is ~24M pixels and large panoramas reach ~100M; a picture claiming more is
# treated as a decompression bomb (decoding 50,000 x 50,000 would take 7.5 GB of memory).
MAX_PIXELS = 150_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.simplefilter("error", Image.DecompressionBombWarning)

THUMB_BOX = 320  # longest side of grid thumbnails (the grid shows them at up to 160 px, HiDPI x2)
FFMPEG_TIMEOUT_S = 60

_pdfium_lock = threading.Lock()

# EXIF tags used here (numbers from the EXIF 2.32 standard).
TAG_DESCRIPTION, TAG_MAKE, TAG_MODEL, TAG_ORIENTATION, TAG_ARTIST, TAG_COPYRIGHT = 270, 271, 272, 274, 315, 33432
IFD_EXIF, IFD_GPS = 0x8769, 0x8825
TAG_DATETIME_ORIGINAL, TAG_OFFSET_ORIGINAL, TAG_BODY_SERIAL, TAG_LENS_SERIAL = 0x9003, 0x9011, 0xA431, 0xA435


class ProbeError(Exception):
    """The file cannot be used; the message says why, in words for the report."""


@dataclass
class Probe:
    kind: MediaKind
    mime: str
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    taken_at: datetime | None = None
    camera: str = ""
    orientation: int | None = None
    has_gps: bool = False
    phash: str = ""
    title: str = ""
    caption: str = ""
    credit: str = ""
    copyright: str = ""
    keywords: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    thumbnail: Image.Image | None = None  # RGB, longest side <= THUMB_BOX, orientation applied
    warnings: list[str] = field(default_factory=list)


def probe_file(path: Path, file_type: FileType, *, thumb_box: int = THUMB_BOX) -> Probe:
    if file_type.kind is MediaKind.IMAGE:
        return probe_image(path, file_type, thumb_box=thumb_box)
    if file_type.kind is MediaKind.PDF:
        return probe_pdf(path, thumb_box=thumb_box)
    return probe_video(path, file_type, thumb_box=thumb_box)


# --- images ----------------------------------------------------------------------------------

def _check_pixels(size: tuple[int, int]) -> None:
    w, h = size
    if w <= 0 or h <= 0:
        raise ProbeError(translate("services.media_probe", "the image says it has no pixels"))
    if w * h > MAX_PIXELS:
        raise ProbeError(translate("services.media_probe",
                                   "the image claims {width} x {height} pixels, more than the {limit} megapixels "
                                   "allowed (a decompression bomb?); not imported")
                         .format(width=f"{w:,}", height=f"{h:,}", limit=MAX_PIXELS // 1_000_000))


def _bomb_message() -> str:
    return translate("services.media_probe", "the image claims more than the {limit} megapixels that can be "
                     "decoded safely (a decompression bomb?); not imported").format(limit=MAX_PIXELS // 1_000_000)


def _damaged_message(exc: object) -> str:
    return translate("services.media_probe", "the file is damaged: {reason}").format(reason=exc)


def open_image(path: Path | io.BytesIO) -> ImageFile.ImageFile:
    """Open (header only) with the pixel limit enforced; raises ProbeError."""
    try:
        img = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ProbeError(_bomb_message()) from None
    except Image.UnidentifiedImageError:
        raise ProbeError(translate("services.media_probe", "the file is damaged: no readable image in it")) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ProbeError(_damaged_message(exc)) from None
    try:
        _check_pixels(img.size)
    except ProbeError:
        img.close()
        raise
    return img


def decode_scaled(img: Image.Image, box: int) -> Image.Image:
    """Decode at the smallest size >= box (JPEG draft mode: a 1/8 DCT decode is ~20x cheaper),
    apply the EXIF orientation, and return RGB no larger than box."""
    if img.format == "JPEG":
        img.draft("RGB", (box, box))
    try:
        img.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ProbeError(_bomb_message()) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        text = str(exc)
        if "truncated" in text or isinstance(exc, EOFError):
            raise ProbeError(translate("services.media_probe",
                                       "the file is truncated (it ends before the image does); not imported")) from None
        raise ProbeError(_damaged_message(text)) from None
    out = ImageOps.exif_transpose(img) or img
    out = flatten_to_rgb(out)
    if max(out.size) > box:
        out = out.resize(fit_within(out.size, box), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return out


def flatten_to_rgb(img: Image.Image) -> Image.Image:
    """Alpha over white (thumbnails and JPEG outputs have no transparency)."""
    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        back = Image.new("RGB", rgba.size, (255, 255, 255))
        back.paste(rgba, mask=rgba.getchannel("A"))
        return back
    return img.convert("RGB")


def warm_up() -> None:
    """Build the perceptual hash's tables and Pillow's resampling ahead of a batch."""
    perceptual_hash(Image.new("RGB", (32, 32)))


def probe_image(path: Path, file_type: FileType, *, thumb_box: int = THUMB_BOX) -> Probe:
    img = open_image(path)
    with img:
        expected = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP"}
        if img.format != expected.get(file_type.mime, img.format):
            raise ProbeError(translate("services.media_probe", "the file starts like a {type} but is not one; "
                                       "not imported").format(type=type_label(file_type)))
        probe = Probe(MediaKind.IMAGE, file_type.mime)
        read_image_metadata(img, probe)
        frames = getattr(img, "n_frames", 1)
        probe.raw.update({"format": img.format, "mode": img.mode, "frames": frames,
                          "icc_profile": bool(img.info.get("icc_profile"))})
        small = decode_scaled(img, thumb_box)
        # An image's last frames can be damaged while the first decodes: check them all.
        if frames > 1:
            _check_frames(img, frames)
    w, h = probe.raw.pop("_size")
    probe.width, probe.height = (h, w) if probe.orientation in (5, 6, 7, 8) else (w, h)
    probe.thumbnail = small
    probe.phash = perceptual_hash(small)
    return probe


def _check_frames(img: Image.Image, frames: int) -> None:
    try:
        for i in range(1, frames):
            img.seek(i)
            img.load()
    except (OSError, EOFError, ValueError) as exc:
        raise ProbeError(translate("services.media_probe", "the file is truncated or damaged after frame {frame} "
                                   "({reason}); not imported").format(frame=i, reason=exc)) from None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            value = value.decode("latin-1")
    return str(value).replace("\x00", "").strip()


def _exif_datetime(value: str, offset: str | None) -> datetime | None:
    try:
        naive = datetime.strptime(value.strip()[:19], "%Y:%m:%d %H:%M:%S")
    except (ValueError, AttributeError):
        return None
    tz: timezone = UTC
    if offset and len(offset) >= 6 and offset[0] in "+-":
        try:
            hours, minutes = int(offset[1:3]), int(offset[4:6])
            sign = 1 if offset[0] == "+" else -1
            tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
        except ValueError:
            pass
    # Without an offset the camera's clock zone is unknown: taken as UTC (the raw text is kept).
    return naive.replace(tzinfo=tz).astimezone(UTC)


def read_image_metadata(img: ImageFile.ImageFile, probe: Probe) -> None:
    probe.raw["_size"] = img.size
    exif = img.getexif()
    orientation = exif.get(TAG_ORIENTATION)
    probe.orientation = int(orientation) if isinstance(orientation, int) and 1 <= orientation <= 8 else None
    probe.camera = " ".join(dict.fromkeys(t for t in (_text(exif.get(TAG_MAKE)), _text(exif.get(TAG_MODEL)))
                                          if t))[:200]
    exif_ifd = exif.get_ifd(IFD_EXIF)
    original = exif_ifd.get(TAG_DATETIME_ORIGINAL)
    if original:
        probe.raw["exif_datetime_original"] = _text(original)
        probe.taken_at = _exif_datetime(_text(original), _text(exif_ifd.get(TAG_OFFSET_ORIGINAL)) or None)
    probe.has_gps = bool(exif.get_ifd(IFD_GPS))
    probe.raw["camera_serial_present"] = bool(exif_ifd.get(TAG_BODY_SERIAL) or exif_ifd.get(TAG_LENS_SERIAL))
    probe.caption = _text(exif.get(TAG_DESCRIPTION))
    probe.credit = _text(exif.get(TAG_ARTIST))
    probe.copyright = _text(exif.get(TAG_COPYRIGHT))
    # IPTC (JPEG APP13): caption 2:120, by-line 2:80, credit 2:110, copyright 2:116, keywords 2:25, title 2:105.
    try:
        iptc = IptcImagePlugin.getiptcinfo(img) or {}
    except Exception:  # a damaged IPTC block must not stop the import of a good picture
        iptc = {}
        probe.warnings.append(translate("services.media_probe", "its IPTC block is damaged and was ignored"))
    if iptc:
        probe.caption = _text(iptc.get((2, 120))) or probe.caption
        probe.credit = _text(iptc.get((2, 110))) or _text(iptc.get((2, 80))) or probe.credit
        probe.copyright = _text(iptc.get((2, 116))) or probe.copyright
        probe.title = _text(iptc.get((2, 105)))
        keywords = iptc.get((2, 25))
        if keywords:
            probe.keywords = [_text(k) for k in (keywords if isinstance(keywords, list) else [keywords]) if _text(k)]
    xmp = xmp_packet(img)
    if xmp:
        fields = parse_xmp(xmp)
        probe.caption = fields.get("description") or probe.caption
        probe.title = fields.get("title") or probe.title
        probe.credit = fields.get("credit") or fields.get("creator") or probe.credit
        probe.copyright = fields.get("rights") or probe.copyright
        probe.keywords = probe.keywords or fields.get("subject_list", [])
        probe.has_gps = probe.has_gps or bool(fields.get("gps"))
        probe.raw["camera_serial_present"] = probe.raw["camera_serial_present"] or bool(fields.get("serial"))
    probe.caption, probe.credit, probe.copyright = probe.caption[:5000], probe.credit[:500], probe.copyright[:500]


def xmp_packet(img: Image.Image) -> bytes:
    for key in ("xmp", "XML:com.adobe.xmp"):
        value = img.info.get(key)
        if value:
            return value if isinstance(value, bytes) else str(value).encode("utf-8")
    return b""


NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "exifEX": "http://cipa.jp/exif/1.0/",
    "aux": "http://ns.adobe.com/exif/1.0/aux/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
}
SERIAL_NAMES = {"SerialNumber", "LensSerialNumber", "BodySerialNumber", "CameraSerialNumber"}


def parse_xmp(packet: bytes) -> dict[str, Any]:
    """The few XMP fields we use; a malformed packet gives {} (never an exception)."""
    from defusedxml import ElementTree

    start = packet.find(b"<x:xmpmeta")
    if start < 0:
        start = packet.find(b"<rdf:RDF")
    end = max(packet.rfind(b"</x:xmpmeta>") + len(b"</x:xmpmeta>"), packet.rfind(b"</rdf:RDF>") + len(b"</rdf:RDF>"))
    if start < 0 or end <= start:
        return {}
    try:
        root = ElementTree.fromstring(packet[start:end])
    except Exception:
        return {}
    out: dict[str, Any] = {}

    def values(ns: str, name: str) -> list[str]:
        tag = f"{{{NS[ns]}}}{name}"
        found: list[str] = []
        for desc in root.iter(f"{{{NS['rdf']}}}Description"):
            if tag in desc.attrib:
                found.append(desc.attrib[tag])
            for el in desc.findall(tag):
                items = list(el.iter(f"{{{NS['rdf']}}}li"))
                found.extend((li.text or "").strip() for li in items) if items else found.append(
                    (el.text or "").strip())
        return [v for v in found if v]

    for key, ns, name in (("description", "dc", "description"), ("title", "dc", "title"),
                          ("rights", "dc", "rights"), ("credit", "photoshop", "Credit"),
                          ("creator", "dc", "creator")):
        vals = values(ns, name)
        if vals:
            out[key] = "; ".join(dict.fromkeys(vals)) if key == "creator" else vals[0]
    subjects = values("dc", "subject")
    if subjects:
        out["subject_list"] = subjects
    out["gps"] = any(
        (el.tag.startswith(f"{{{NS['exif']}}}GPS")) or any(a.startswith(f"{{{NS['exif']}}}GPS") for a in el.attrib)
        for el in root.iter())
    out["serial"] = any(el.tag.split("}")[-1] in SERIAL_NAMES or
                        any(a.split("}")[-1] in SERIAL_NAMES for a in el.attrib) for el in root.iter())
    return out


# --- PDFs ------------------------------------------------------------------------------------

def probe_pdf(path: Path, *, thumb_box: int = THUMB_BOX) -> Probe:
    import pypdfium2 as pdfium

    probe = Probe(MediaKind.PDF, "application/pdf")
    with _pdfium_lock:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            text = str(exc)
            if "password" in text.lower():
                raise ProbeError(translate("services.media_probe",
                                           "the PDF is protected by a password; not imported")) from None
            raise ProbeError(translate("services.media_probe", "the PDF is damaged or truncated ({reason}); "
                                       "not imported").format(reason=text)) from None
        try:
            pages = len(pdf)
            if pages == 0:
                raise ProbeError(translate("services.media_probe", "the PDF has no pages; not imported"))
            meta = {k: _text(v) for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
            page = pdf[0]
            try:
                w_pt, h_pt = page.get_size()
                scale = thumb_box / max(w_pt, h_pt)
                bitmap = page.render(scale=scale)
                thumb = bitmap.to_pil().convert("RGB")
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise ProbeError(translate("services.media_probe", "the PDF's first page cannot be drawn ({reason}); "
                                       "not imported").format(reason=exc)) from None
        finally:
            pdf.close()
    probe.width, probe.height = round(w_pt), round(h_pt)  # points
    probe.title = meta.get("Title", "")[:1000]
    probe.credit = meta.get("Author", "")[:500]
    probe.raw = {"pages": pages, "page_size_pt": [round(w_pt, 1), round(h_pt, 1)]}
    probe.thumbnail = thumb
    return probe


# --- videos ----------------------------------------------------------------------------------

def ffmpeg_tools() -> tuple[str | None, str | None]:
    return shutil.which("ffprobe"), shutil.which("ffmpeg")


def probe_video(path: Path, file_type: FileType, *, thumb_box: int = THUMB_BOX) -> Probe:
    probe = Probe(MediaKind.VIDEO, file_type.mime)
    ffprobe, ffmpeg = ffmpeg_tools()
    if not ffprobe:
        probe.warnings.append(translate("services.media_probe", "ffprobe is not installed: the video was stored "
                                        "without its size or a poster frame"))
        return probe
    try:
        done = subprocess.run([ffprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                               "--", str(path)], capture_output=True, timeout=FFMPEG_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise ProbeError(translate("services.media_probe", "reading the video took too long; not imported")) from None
    try:
        info = json.loads(done.stdout or b"{}")
    except ValueError:
        info = {}
    video = next((s for s in info.get("streams", []) if s.get("codec_type") == "video"), None)
    if done.returncode != 0 or video is None:
        reason = (done.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        if reason:
            raise ProbeError(translate("services.media_probe", "the video is damaged or truncated: no playable "
                                       "picture in it ({reason}); not imported").format(reason=reason[-1][:200]))
        raise ProbeError(translate("services.media_probe", "the video is damaged or truncated: no playable picture "
                                   "in it; not imported"))
    fmt = info.get("format", {})
    tags = {k.lower(): v for k, v in (fmt.get("tags") or {}).items()}
    probe.width, probe.height = video.get("width"), video.get("height")
    try:
        probe.duration_s = float(fmt.get("duration") or video.get("duration"))
    except (TypeError, ValueError):
        probe.duration_s = None
    probe.title = _text(tags.get("title"))[:1000]
    probe.copyright = _text(tags.get("copyright"))[:500]
    probe.credit = _text(tags.get("artist"))[:500]
    probe.has_gps = any("location" in k for k in tags)
    created = tags.get("creation_time")
    if created:
        with contextlib.suppress(ValueError):
            probe.taken_at = datetime.fromisoformat(created.replace("Z", "+00:00")).astimezone(UTC)
    probe.raw = {"codec": video.get("codec_name", ""), "format": fmt.get("format_name", "")}
    if ffmpeg:
        probe.thumbnail = poster_frame(ffmpeg, path, probe.duration_s, thumb_box)
        if probe.thumbnail is None:
            probe.warnings.append(translate("services.media_probe", "no poster frame could be taken from the video"))
        else:
            probe.phash = perceptual_hash(probe.thumbnail)
    else:
        probe.warnings.append(translate("services.media_probe",
                                        "ffmpeg is not installed: the video has no poster frame"))
    return probe


def poster_frame(ffmpeg: str, path: Path, duration: float | None, box: int) -> Image.Image | None:
    at = min(1.0, (duration or 0) / 3)
    cmd = [ffmpeg, "-v", "error", "-nostdin", "-ss", f"{at:.2f}", "-i", str(path), "-frames:v", "1",
           "-vf", f"scale='min({box},iw)':-2", "-f", "image2pipe", "-vcodec", "png", "-"]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=FFMPEG_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0 or not done.stdout:
        return None
    try:
        img = Image.open(io.BytesIO(done.stdout))
        img.load()
    except (OSError, ValueError):
        return None
    return flatten_to_rgb(img)
