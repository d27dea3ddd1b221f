"""The perceptual hash made with Pillow alone is ImageHash's phash, bit for bit: the hashes
already stored in libraries stay comparable. The expected values were computed with
ImageHash 4.3.2 (NumPy, SciPy) when it was replaced."""

from __future__ import annotations

import pytest
from PIL import Image, ImageFilter

from nejat_desk.services.perceptual_hash import perceptual_hash
from tests.media_samples import picture

IMAGEHASH_PHASH = {
    "picture-0": (lambda: picture(seed=0), "956d349b4a545bd2"),
    "picture-1": (lambda: picture(seed=1), "9425b1da6a5a4e9b"),
    "picture-7-blurred": (lambda: picture((900, 300), seed=7).filter(ImageFilter.GaussianBlur(3)), "9fa6e1d8590b16b4"),
    # Coefficients that are 0 in exact arithmetic must not pick up bits from rounding noise.
    "flat-grey": (lambda: Image.new("RGB", (50, 50), (128, 128, 128)), "8000000000000000"),
    "gradient": (lambda: Image.linear_gradient("L"), "8000800080008000"),
    "gradient-turned": (lambda: Image.linear_gradient("L").rotate(35), "913c57bc4aa46ad5"),
}


@pytest.mark.parametrize("name", sorted(IMAGEHASH_PHASH))
def test_the_hash_is_imagehash_s_phash(name):
    make, expected = IMAGEHASH_PHASH[name]
    assert perceptual_hash(make()) == expected


def test_a_resized_copy_is_near_and_another_picture_far():
    original = picture((1200, 900), seed=3)
    copy = original.resize((400, 300), Image.Resampling.BILINEAR)
    other = picture((1200, 900), seed=4)

    def distance(a: str, b: str) -> int:
        return bin(int(a, 16) ^ int(b, 16)).count("1")

    assert distance(perceptual_hash(original), perceptual_hash(copy)) <= 2
    assert distance(perceptual_hash(original), perceptual_hash(other)) > 10
