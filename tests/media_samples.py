"""Sample media files made on the fly for the media tests and benchmarks (no binary fixtures)."""

from __future__ import annotations

import functools
import io
import shutil
import struct
import subprocess
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw

GPS_IFD = {1: "N", 2: (35.0, 41.0, 30.0), 3: "E", 4: (51.0, 25.0, 10.0)}


@functools.cache
def srgb_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def picture(size: tuple[int, int] = (640, 480), seed: int = 0) -> Image.Image:
    """A picture with structure (so perceptual hashes differ between seeds)."""
    w, h = size
    img = Image.new("RGB", size, ((seed * 53) % 256, (seed * 97) % 256, (seed * 151) % 256))
    draw = ImageDraw.Draw(img)
    for i in range(6):
        k = (seed * 7 + i * 13) % 11
        x0, y0 = (k * w) // 13, ((k * 5 + i) % 9) * h // 11
        draw.rectangle((x0, y0, x0 + w // 4, y0 + h // 5), fill=((i * 40 + seed * 31) % 256, (k * 23) % 256,
                                                                  (255 - i * 30) % 256))
        draw.ellipse((w - x0 - w // 6, h - y0 - h // 6, w - x0, h - y0), fill=((seed * 11 + i * 70) % 256, 30, 200))
    return img


def exif_with_gps(*, orientation: int = 1, serial: str = "SN-1234567", artist: str = "",
                  copyright_: str = "") -> Image.Exif:
    exif = Image.Exif()
    exif[271] = "Nikon"
    exif[272] = "Z 6"
    exif[274] = orientation
    if artist:
        exif[315] = artist
    if copyright_:
        exif[33432] = copyright_
    exif[0x8769] = {0x9003: "2024:03:05 10:20:30", 0x9011: "+03:30", 0xA431: serial, 0xA435: "LENS-99",
                    0x927C: b"maker note with serial " + serial.encode()}
    exif[0x8825] = GPS_IFD
    return exif


XMP_WITH_SECRETS = (
    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
    "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
    "xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/' xmlns:exif='http://ns.adobe.com/exif/1.0/' "
    "xmlns:aux='http://ns.adobe.com/exif/1.0/aux/' photoshop:Credit='Reuters / Sara K.' "
    "aux:SerialNumber='XMP-SERIAL-777' exif:GPSLatitude='35,41.5N'>"
    "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>{caption}</rdf:li></rdf:Alt></dc:description>"
    "<dc:rights><rdf:Alt><rdf:li xml:lang='x-default'>(c) 2024 Nejat</rdf:li></rdf:Alt></dc:rights>"
    "<dc:subject><rdf:Bag><rdf:li>protest</rdf:li><rdf:li>Tehran</rdf:li></rdf:Bag></dc:subject>"
    "</rdf:Description></rdf:RDF></x:xmpmeta>")


def iptc_app13(records: dict[tuple[int, int], str]) -> bytes:
    data = b"\x1c\x01\x5a\x00\x03\x1b\x25\x47"  # 1:90 coded character set: UTF-8
    for (rec, tag), value in records.items():
        raw = value.encode("utf-8")
        data += struct.pack(">BBBH", 0x1C, rec, tag, len(raw)) + raw
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(data)) + data
    if len(data) % 2:
        resource += b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def jpeg_bytes(size: tuple[int, int] = (640, 480), seed: int = 0, *, gps: bool = True, icc: bool = True,
               xmp_caption: str | None = None, iptc: dict[tuple[int, int], str] | None = None,
               orientation: int = 1, quality: int = 85, artist: str = "", copyright_: str = "") -> bytes:
    img = picture(size, seed)
    kwargs: dict = {"quality": quality}
    if gps:
        kwargs["exif"] = exif_with_gps(orientation=orientation, artist=artist, copyright_=copyright_).tobytes()
    if icc:
        kwargs["icc_profile"] = srgb_icc()
    if xmp_caption is not None:
        kwargs["xmp"] = XMP_WITH_SECRETS.format(caption=xmp_caption).encode("utf-8")
    buf = io.BytesIO()
    img.save(buf, "JPEG", **kwargs)
    data = buf.getvalue()
    if iptc:
        data = data[:2] + iptc_app13(iptc) + data[2:]
    return data


def png_bytes(size: tuple[int, int] = (300, 200), seed: int = 1, alpha: bool = False) -> bytes:
    img = picture(size, seed)
    if alpha:
        img = img.convert("RGBA")
        img.putalpha(180)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def png_bomb(width: int = 50_000, height: int = 50_000) -> bytes:
    """A tiny PNG whose header claims a huge picture (the data is a few bytes)."""
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + \
        chunk(b"IEND", b"")


def pdf_bytes(pages: int = 2) -> bytes:
    img = picture((400, 560), 3)
    buf = io.BytesIO()
    img.save(buf, "PDF", save_all=True, append_images=[picture((400, 560), 4)] * (pages - 1),
             title="Newsletter No. 7", author="Nejat Desk")
    return buf.getvalue()


def video_file(path: Path, fmt: str = "mp4", seconds: float = 1.0) -> Path | None:
    ffmpeg = shutil.which("ffmpeg")
    if not ffmpeg:
        return None
    codec = ["-c:v", "libvpx-vp9", "-b:v", "200k"] if fmt == "webm" else ["-c:v", "libx264", "-pix_fmt", "yuv420p"]
    subprocess.run([ffmpeg, "-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                    f"testsrc=size=320x240:rate=10:duration={seconds}", *codec,
                    "-metadata", "location=+35.6892+051.3890/", "-metadata", "title=Street scene", str(path)],
                   check=True, capture_output=True, timeout=120)
    return path
