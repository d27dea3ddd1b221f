"""Rendition geometry and file-type sniffing (pure Python)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nejat_desk.core.media_types import JPEG, MP4, PDF, PNG, WEBM, WEBP, parse_remote_video, sniff
from nejat_desk.core.renditions import RENDITIONS, crop_for, focal_crop, normalise_crop, output_size

sizes = st.tuples(st.integers(1, 9000), st.integers(1, 9000))
focals = st.tuples(st.floats(0, 1), st.floats(0, 1))


def contains(rect, point) -> bool:
    x, y, w, h = rect
    return x <= point[0] < x + w and y <= point[1] < y + h


@given(sizes, focals, st.sampled_from(["og", "square", "pinterest"]))
def test_every_crop_keeps_the_focal_point_inside_the_image(size, focal, name):
    spec = RENDITIONS[name]
    rect = focal_crop(size, spec.aspect, focal)
    x, y, w, h = rect
    assert x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1]
    fp = (min(int(focal[0] * size[0]), size[0] - 1), min(int(focal[1] * size[1]), size[1] - 1))
    assert contains(rect, fp)
    if min(size) > 50:
        assert abs(w / h - spec.aspect) < 0.05
        assert w == size[0] or h == size[1]  # the largest crop


@given(sizes, focals, st.tuples(st.integers(-500, 9000), st.integers(-500, 9000), st.integers(1, 9000),
                                st.integers(1, 9000)))
def test_hand_crops_are_made_valid_and_keep_the_focal_point(size, focal, rect):
    aspect = RENDITIONS["og"].aspect
    x, y, w, h = normalise_crop(rect, size, aspect, focal)
    assert x >= 0 and y >= 0 and x + w <= size[0] and y + h <= size[1]
    fp = (min(int(focal[0] * size[0]), size[0] - 1), min(int(focal[1] * size[1]), size[1] - 1))
    assert contains((x, y, w, h), fp)


def test_focal_point_moves_the_crop():
    left = focal_crop((4000, 2000), 1.0, (0.05, 0.5))
    right = focal_crop((4000, 2000), 1.0, (0.95, 0.5))
    assert left == (0, 0, 2000, 2000)
    assert right == (2000, 0, 2000, 2000)
    assert focal_crop((4000, 2000), 1.0, (0.5, 0.5)) == (1000, 0, 2000, 2000)


def test_hand_crop_wins_over_the_focal_crop():
    rect = crop_for("square", (4000, 3000), (0.1, 0.1), {"square": [100, 100, 1000, 1000]})
    assert rect == (100, 100, 1000, 1000)
    # A hand crop that leaves the focal point out is moved just enough to take it in.
    moved = crop_for("square", (4000, 3000), (0.5, 0.5), {"square": [100, 100, 1000, 1000]})
    assert moved == (1001, 501, 1000, 1000)
    assert crop_for("web", (4000, 3000), (0.1, 0.1), {"web": [1, 1, 5, 5]}) == (0, 0, 4000, 3000)


def test_output_sizes():
    assert output_size("web", (6000, 4000)) == (2048, 1365)
    assert output_size("web", (800, 600)) == (800, 600)  # never enlarged
    assert output_size("og", (10, 10)) == (1200, 630)
    assert output_size("pinterest", (999, 1500)) == (1000, 1500)
    with pytest.raises(ValueError):
        output_size("poster", (1, 1))


@pytest.mark.parametrize(("head", "expected"), [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", JPEG), (b"\x89PNG\r\n\x1a\n\x00", PNG), (b"RIFF\x00\x00\x00\x00WEBPVP8 ", WEBP),
    (b"%PDF-1.7\n", PDF), (b"\x00\x00\x00\x18ftypmp42", MP4), (b"\x1a\x45\xdf\xa3\x9f", WEBM),
    (b"<html>", None), (b"", None), (b"MZ\x90\x00", None)])
def test_sniff(head, expected):
    assert sniff(head) == expected


@pytest.mark.parametrize(("url", "provider", "vid"), [
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", "youtube", "dQw4w9WgXcQ"),
    ("https://youtu.be/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
    ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"),
    ("https://vimeo.com/76979871", "vimeo", "76979871"),
    ("https://player.vimeo.com/video/76979871", "vimeo", "76979871"),
    ("https://www.aparat.com/v/abc12", "aparat", "abc12"),
    ("https://www.aparat.com/video/video/embed/videohash/xyz99/vt/frame", "aparat", "xyz99"),
])
def test_remote_video_urls(url, provider, vid):
    remote = parse_remote_video(url)
    assert remote is not None and (remote.provider, remote.video_id) == (provider, vid)


@pytest.mark.parametrize("url", ["https://example.com/watch?v=dQw4w9WgXcQ", "ftp://youtube.com/watch?v=x",
                                 "not a url", "https://www.youtube.com/watch?v=short", "https://vimeo.com/about"])
def test_other_urls_are_not_remote_videos(url):
    assert parse_remote_video(url) is None
