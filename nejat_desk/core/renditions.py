"""Rendition geometry: the sizes each platform needs and crops that keep the focal point in frame.

Pure arithmetic on integers and fractions; the imaging happens in services/renditions.py.
A crop is (x, y, w, h) in source pixels, after the EXIF orientation has been applied.
"""

from __future__ import annotations

from dataclasses import dataclass

Rect = tuple[int, int, int, int]


@dataclass(frozen=True)
class RenditionSpec:
    name: str
    width: int  # for "longest side" renditions: the longest side
    height: int
    crop: bool  # False: scale to fit the longest side, no crop

    @property
    def aspect(self) -> float:
        return self.width / self.height


RENDITIONS: dict[str, RenditionSpec] = {
    "web": RenditionSpec("web", 2048, 2048, crop=False),
    "og": RenditionSpec("og", 1200, 630, crop=True),
    "square": RenditionSpec("square", 1080, 1080, crop=True),
    "pinterest": RenditionSpec("pinterest", 1000, 1500, crop=True),
}


def rendition(name: str) -> RenditionSpec:
    try:
        return RENDITIONS[name]
    except KeyError:
        raise ValueError(f"unknown rendition {name!r}; known: {', '.join(RENDITIONS)}") from None


def clamp_focal(fx: float, fy: float) -> tuple[float, float]:
    return min(max(fx, 0.0), 1.0), min(max(fy, 0.0), 1.0)


def focal_pixel(size: tuple[int, int], focal: tuple[float, float]) -> tuple[int, int]:
    """The focal point in pixels, inside the image (the last column and row included)."""
    w, h = size
    fx, fy = clamp_focal(*focal)
    return min(int(fx * w), w - 1), min(int(fy * h), h - 1)


def crop_extent(size: tuple[int, int], aspect: float) -> tuple[int, int]:
    """The largest (w, h) of the given aspect ratio that fits inside the image."""
    w, h = size
    if w / h > aspect:
        cw, ch = max(1, round(h * aspect)), h
    else:
        cw, ch = w, max(1, round(w / aspect))
    return min(cw, w), min(ch, h)


def _place(start: int, length: int, total: int, must_contain: int) -> int:
    """Move a span [start, start+length) inside [0, total) so that it contains `must_contain`."""
    start = min(max(start, 0), total - length)
    if must_contain < start:
        start = must_contain
    elif must_contain >= start + length:
        start = must_contain - length + 1
    return min(max(start, 0), total - length)


def focal_crop(size: tuple[int, int], aspect: float, focal: tuple[float, float]) -> Rect:
    """The largest crop of `aspect`, centred on the focal point as far as the edges allow."""
    w, h = size
    cw, ch = crop_extent(size, aspect)
    px, py = focal_pixel(size, focal)
    x = _place(round(px - cw / 2), cw, w, px)
    y = _place(round(py - ch / 2), ch, h, py)
    return x, y, cw, ch


def normalise_crop(rect: Rect, size: tuple[int, int], aspect: float, focal: tuple[float, float]) -> Rect:
    """A hand-drawn crop made valid: the aspect ratio fixed (keeping its centre and width where it
    can), shrunk to fit the image, and moved so the focal point stays in frame."""
    w, h = size
    x, y, cw, ch = rect
    cw = max(1, min(cw, w))
    ch = max(1, round(cw / aspect))
    if ch > h:
        ch = h
        cw = max(1, round(h * aspect))
    if cw > w:
        cw, ch = crop_extent(size, aspect)
    cx, cy = x + rect[2] / 2, y + rect[3] / 2
    px, py = focal_pixel(size, focal)
    nx = _place(round(cx - cw / 2), cw, w, px)
    ny = _place(round(cy - ch / 2), ch, h, py)
    return nx, ny, cw, ch


def crop_for(name: str, size: tuple[int, int], focal: tuple[float, float],
             hand_crops: dict[str, list[int]] | None = None) -> Rect:
    """The crop a rendition uses: the hand-adjusted one when set, else the focal crop."""
    spec = rendition(name)
    if not spec.crop:
        return 0, 0, size[0], size[1]
    hand = (hand_crops or {}).get(name)
    if hand and len(hand) == 4:
        x, y, cw, ch = (int(v) for v in hand)
        return normalise_crop((x, y, cw, ch), size, spec.aspect, focal)
    return focal_crop(size, spec.aspect, focal)


def output_size(name: str, crop_size: tuple[int, int]) -> tuple[int, int]:
    """Final pixel size: exact for cropped renditions; the longest side capped (never enlarged) for web."""
    spec = rendition(name)
    if spec.crop:
        return spec.width, spec.height
    w, h = crop_size
    longest = max(w, h)
    if longest <= spec.width:
        return w, h
    scale = spec.width / longest
    return max(1, round(w * scale)), max(1, round(h * scale))


def fit_within(size: tuple[int, int], box: int) -> tuple[int, int]:
    """Scale (w, h) so the longest side is at most `box` (thumbnails); never enlarges."""
    w, h = size
    longest = max(w, h)
    if longest <= box:
        return w, h
    scale = box / longest
    return max(1, round(w * scale)), max(1, round(h * scale))


def oriented_size(size: tuple[int, int], orientation: int | None) -> tuple[int, int]:
    """(w, h) as displayed: EXIF orientations 5-8 swap the sides."""
    w, h = size
    return (h, w) if orientation in (5, 6, 7, 8) else (w, h)
