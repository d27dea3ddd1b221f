"""The 64-bit perceptual hash of a picture (pHash), with Pillow and plain Python.

The same hash as ImageHash's `phash` (which the library's stored hashes came from): the picture
in greyscale, resized to 32 x 32 with Lanczos, the 2-D DCT-II of its pixels, and one bit per
coefficient of the top-left 8 x 8 (the lowest frequencies): 1 where it is above their median,
row by row, written as 16 hex digits. ImageHash needs NumPy and SciPy (75 MB of the bundle,
~0.3 s of import) for that one small transform; only 8 x 8 of the 32 x 32 coefficients are
used, so computing just those here is 10,240 multiplications: well under a millisecond.
"""

from __future__ import annotations

import math
from functools import cache
from operator import mul

from PIL import Image

SIZE = 32  # the picture is reduced to SIZE x SIZE before the transform
BITS = 8  # the hash keeps BITS x BITS low-frequency coefficients


@cache
def _cosines() -> tuple[tuple[float, ...], ...]:
    """DCT-II basis rows k < BITS: cos(pi * k * (2n + 1) / (2 * SIZE)) for n < SIZE.

    (The transform's constant factor of 2 per axis is left out: it scales every coefficient
    alike, so it cannot change which are above the median.)"""
    return tuple(tuple(math.cos(math.pi * k * (2 * n + 1) / (2 * SIZE)) for n in range(SIZE)) for k in range(BITS))


def perceptual_hash(img: Image.Image) -> str:
    """The picture's pHash as 16 hex digits (equal pictures, resized or re-encoded, differ in a few bits)."""
    small = img.convert("L").resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    pixels = small.tobytes()  # one byte per pixel, row by row
    cosines = _cosines()
    columns = [pixels[x::SIZE] for x in range(SIZE)]  # columns[x][y]
    # Along the columns first (axis 0), then along the rows: only the low frequencies of each.
    vertical = [[sum(map(mul, basis, column)) for column in columns] for basis in cosines]  # [k][x]
    # Rounded: a coefficient that is 0 in exact arithmetic (a flat picture, a plain gradient) must
    # come out as 0, as SciPy's FFT gives it, not as +-1e-13 of rounding noise that sets bits at random.
    low = [round(sum(map(mul, basis, row)), 6) for row in vertical for basis in cosines]  # row-major [k][l]
    ordered = sorted(low)
    median = (ordered[len(low) // 2 - 1] + ordered[len(low) // 2]) / 2
    value = 0
    for coefficient in low:
        value = (value << 1) | (coefficient > median)
    return f"{value:0{BITS * BITS // 4}x}"
