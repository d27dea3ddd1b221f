"""Renditions (web, og, square, pinterest) and clean copies: every image that leaves the app.

What leaves is stripped of GPS, camera and lens serial numbers, maker notes and the original XMP
and IPTC blocks; it keeps the ICC colour profile, the orientation (applied to the pixels for
renditions, kept as the tag for clean copies, which are not re-oriented), and credit and
copyright, written fresh from the library's fields into EXIF and a minimal XMP packet.
Pillow does the imaging; the geometry is in core/renditions.py. No Qt.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from PIL import Image, ImageOps

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.renditions import crop_for, output_size, rendition
from nejat_desk.services.media_files import clean_dir, renditions_dir
from nejat_desk.services.media_probe import (
    IFD_EXIF,
    TAG_ARTIST,
    TAG_COPYRIGHT,
    TAG_DATETIME_ORIGINAL,
    TAG_DESCRIPTION,
    TAG_MAKE,
    TAG_MODEL,
    TAG_OFFSET_ORIGINAL,
    TAG_ORIENTATION,
    open_image,
)
from nejat_desk.services.media_records import get_media

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nejat_desk.storage.library import Library
    from nejat_desk.storage.models import MediaItem

JPEG_QUALITY = 88
# What survives from the source's EXIF: nothing that locates the photographer or identifies the camera body.
KEEP_IFD0 = (TAG_MAKE, TAG_MODEL, TAG_DESCRIPTION, 306)  # 306 = DateTime
KEEP_EXIF_IFD = (TAG_DATETIME_ORIGINAL, TAG_OFFSET_ORIGINAL, 0x9004, 0xA001)  # DateTimeDigitized, ColorSpace


def export_extension(kind: str, mime_type: str | None, original_name: str = "") -> str:
    """The extension of the file an export writes for a media item, which is what its content is:
    JPEG photos stay JPEG; every other image (PNG, GIF, WebP, TIFF...) goes out as PNG, which keeps
    transparency and loses nothing; videos are re-muxed into MP4 (WebM stays WebM); PDFs are PDFs.
    Anything else keeps its original extension ("" when it has none)."""
    if kind == MediaKind.IMAGE.value:
        return "jpg" if mime_type == "image/jpeg" else "png"
    if kind == MediaKind.VIDEO.value:
        return "webm" if mime_type == "video/webm" else "mp4"
    if kind == MediaKind.PDF.value:
        return "pdf"
    name = original_name.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name.strip(".") else ""


def clean_exif(source: Image.Exif, *, credit: str, copyright_: str, orientation: int | None) -> Image.Exif:
    out = Image.Exif()
    for tag in KEEP_IFD0:
        if tag in source:
            out[tag] = source[tag]
    if orientation and orientation != 1:
        out[TAG_ORIENTATION] = orientation
    if credit:
        out[TAG_ARTIST] = credit
    if copyright_:
        out[TAG_COPYRIGHT] = copyright_
    sub = source.get_ifd(IFD_EXIF)
    kept = {tag: sub[tag] for tag in KEEP_EXIF_IFD if tag in sub}
    if kept:
        out[IFD_EXIF] = kept
    return out


def clean_xmp(*, credit: str, copyright_: str) -> bytes:
    """A fresh XMP packet with only the rights fields (never the source's, which can hold GPS and serials)."""
    parts = []
    if copyright_:
        parts.append(f"<dc:rights><rdf:Alt><rdf:li xml:lang='x-default'>{escape(copyright_)}</rdf:li></rdf:Alt>"
                     "</dc:rights>")
    if credit:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(credit)}</rdf:li></rdf:Seq></dc:creator>"
                     f"<photoshop:Credit>{escape(credit)}</photoshop:Credit>")
    if not parts:
        return b""
    body = "".join(parts)
    return ("<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
            f"xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'>{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
            "<?xpacket end='w'?>").encode()


def _has_alpha(img: Image.Image) -> bool:
    return img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)


def _save(img: Image.Image, dest: Path, *, fmt: str, exif: Image.Exif, xmp: bytes, icc: bytes | None,
          keep_jpeg_tables: bool = False) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.part")
    kwargs: dict[str, Any] = {"exif": exif.tobytes()}
    if icc:
        kwargs["icc_profile"] = icc
    try:
        if fmt == "JPEG":
            if keep_jpeg_tables:
                kwargs.update(quality="keep", subsampling="keep")
            else:
                kwargs.update(quality=JPEG_QUALITY, optimize=True, progressive=True)
            if xmp:
                kwargs["xmp"] = xmp
            img.save(tmp, "JPEG", **kwargs)
        elif fmt == "PNG":
            from PIL import PngImagePlugin

            info = PngImagePlugin.PngInfo()
            if xmp:
                info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"))
            img.save(tmp, "PNG", pnginfo=info, optimize=False, **kwargs)
        else:
            raise ValueError(fmt)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _source_item(session: Session, media_id: int) -> tuple[MediaItem, MediaItem, str]:
    """The item, the image its renditions are made from (a hosted video's poster), and that file's hash."""
    item = get_media(session, media_id)
    source = item
    if item.kind == MediaKind.REMOTE_VIDEO.value and item.poster_media_id:
        source = get_media(session, item.poster_media_id)
    if source.kind != MediaKind.IMAGE.value or not source.sha256:
        raise ValidationError(translate("services.renditions",
                                        "Renditions are made from images (or a remote video's poster)."))
    return item, source, source.sha256


def export_rendition(library: Library, media_id: int, name: str) -> Path:
    """The rendition file (made, or reused when nothing changed since); safe to upload or share."""
    spec = rendition(name)
    with library.session() as session:
        item, source, sha = _source_item(session, media_id)
        focal, crops = (item.focal_x, item.focal_y), dict(item.crops or {})
        source_mime = source.mime_type
        credit, copyright_ = item.credit or source.credit, item.copyright or source.copyright
    path = library.layout.media_path(sha)
    key = hashlib.sha256(repr((sha, focal, crops.get(name), credit, copyright_, 3)).encode()).hexdigest()[:12]
    folder = renditions_dir(library.layout)
    existing = list(folder.glob(f"{media_id}-{name}-{key}.*")) if folder.is_dir() else []
    if existing:
        return existing[0]
    img = open_image(path)
    with img:
        exif_src = img.getexif()
        icc = img.info.get("icc_profile")
        if img.format == "JPEG" and not spec.crop:
            img.draft("RGB", (spec.width, spec.width))
        upright = ImageOps.exif_transpose(img) or img
        if getattr(img, "n_frames", 1) > 1:
            upright = upright.copy()
        alpha = _has_alpha(upright)
        upright = upright.convert("RGBA" if alpha else "RGB")
    box = crop_for(name, upright.size, focal, crops)
    x, y, w, h = box
    cropped = upright.crop((x, y, x + w, y + h))
    out = cropped.resize(output_size(name, (w, h)), Image.Resampling.LANCZOS, reducing_gap=3.0)
    exif = clean_exif(exif_src, credit=credit, copyright_=copyright_, orientation=None)
    xmp = clean_xmp(credit=credit, copyright_=copyright_)
    # The web rendition keeps the source's kind (a PNG screenshot stays PNG, see export_extension);
    # cropped renditions are photos for social sites: JPEG unless transparent.
    png = alpha or (not spec.crop and export_extension(MediaKind.IMAGE.value, source_mime) == "png")
    fmt, ext = ("PNG", "png") if png else ("JPEG", "jpg")
    for old in folder.glob(f"{media_id}-{name}-*") if folder.is_dir() else []:
        old.unlink(missing_ok=True)
    return _save(out, folder / f"{media_id}-{name}-{key}.{ext}", fmt=fmt, exif=exif, xmp=xmp, icc=icc)


def clean_copy(library: Library, media_id: int) -> Path:
    """The full-size file as it may leave the laptop: images re-saved without GPS, serials, maker
    notes or source XMP/IPTC (JPEG keeps its quantisation tables, so no visible loss); videos
    re-muxed without metadata by ffmpeg; PDFs as stored."""
    with library.session() as session:
        item = get_media(session, media_id)
        kind, sha, mime = item.kind, item.sha256, item.mime_type
        credit, copyright_ = item.credit, item.copyright
    if not sha:
        raise ValidationError(translate("services.renditions", "A video hosted elsewhere has no file to copy."))
    path = library.layout.media_path(sha)
    if not path.exists():
        raise ValidationError(translate("services.renditions", "The stored file of media #{id} is missing from "
                                        "the library folder.").format(id=media_id))
    key = hashlib.sha256(repr((sha, credit, copyright_, 2)).encode()).hexdigest()[:12]
    folder = clean_dir(library.layout)
    if kind == MediaKind.PDF.value:
        return path
    if kind == MediaKind.VIDEO.value:
        ext = export_extension(kind, mime)
        dest = folder / f"{media_id}-{key}.{ext}"
        if not dest.exists():
            _strip_video(path, dest)
        return dest
    existing = list(folder.glob(f"{media_id}-{key}.*")) if folder.is_dir() else []
    if existing:
        return existing[0]
    img = open_image(path)
    with img:
        exif = clean_exif(img.getexif(), credit=credit, copyright_=copyright_,
                          orientation=img.getexif().get(TAG_ORIENTATION))
        icc = img.info.get("icc_profile")
        xmp = clean_xmp(credit=credit, copyright_=copyright_)
        for old in folder.glob(f"{media_id}-*") if folder.is_dir() else []:
            old.unlink(missing_ok=True)
        if img.format == "JPEG":
            img.load()
            return _save(img, folder / f"{media_id}-{key}.jpg", fmt="JPEG", exif=exif, xmp=xmp, icc=icc,
                         keep_jpeg_tables=True)
        img.seek(0)
        frame = img.convert("RGBA" if _has_alpha(img) else "RGB")
    return _save(frame, folder / f"{media_id}-{key}.png", fmt="PNG", exif=exif, xmp=xmp, icc=icc)


def _strip_video(source: Path, dest: Path) -> None:
    ffmpeg = shutil.which("ffmpeg")
    if not ffmpeg:
        raise ValidationError(translate("services.renditions", "ffmpeg is not installed, so the video's location "
                                        "and camera data cannot be removed; it was not exported."))
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{uuid.uuid4().hex[:8]}{dest.suffix}")
    try:
        done = subprocess.run([ffmpeg, "-v", "error", "-nostdin", "-y", "-i", str(source), "-map", "0",
                               "-map_metadata", "-1", "-map_chapters", "-1", "-c", "copy", str(tmp)],
                              capture_output=True, timeout=600, check=False)
        if done.returncode != 0:
            raise ValidationError(translate("services.renditions", "ffmpeg could not re-write the video without "
                                            "its metadata: {reason}").format(
                reason=done.stderr.decode("utf-8", "replace").strip()[-200:]))
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
