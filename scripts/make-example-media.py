"""Draw the example library's pictures and PDF issue (resources/examples/media/).

Made for Nejat Desk and dedicated to the public domain (CC0): flat shapes drawn with Pillow, no
photographs, no fonts beyond Pillow's own. Run once; the files are committed (a few KB each).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "examples" / "media"
SIZE = (480, 300)


def sky(draw: ImageDraw.ImageDraw, top: tuple[int, int, int], bottom: tuple[int, int, int], height: int) -> None:
    for y in range(height):
        t = y / max(height - 1, 1)
        draw.line([(0, y), (SIZE[0], y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))


def eram_garden(draw: ImageDraw.ImageDraw) -> None:
    sky(draw, (120, 170, 220), (230, 220, 190), 170)
    draw.rectangle([0, 170, 480, 300], fill=(96, 140, 70))
    draw.polygon([(200, 300), (280, 300), (248, 170), (232, 170)], fill=(110, 170, 210))  # the water channel
    draw.rectangle([190, 100, 290, 170], fill=(214, 190, 150))  # the pavilion
    draw.polygon([(180, 100), (300, 100), (240, 70)], fill=(60, 120, 150))
    for x in (20, 70, 120, 340, 390, 440):  # the cypress avenue
        draw.ellipse([x, 60, x + 26, 200], fill=(34, 82, 48))


def tabriz_books(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle([0, 0, 480, 300], fill=(242, 232, 214))
    colours = [(178, 34, 52), (32, 90, 140), (230, 160, 30), (40, 120, 80), (110, 60, 130), (20, 20, 60)]
    x = 30
    for n in range(16):
        width = 18 + (n * 7) % 14
        top = 70 + (n * 23) % 50
        draw.rectangle([x, top, x + width, 250], fill=colours[n % len(colours)])
        draw.line([(x + 3, top + 20), (x + width - 3, top + 20)], fill=(250, 240, 220), width=2)
        x += width + 6
    draw.rectangle([0, 250, 480, 262], fill=(120, 80, 50))  # the shelf


def babylon_stage(draw: ImageDraw.ImageDraw) -> None:
    sky(draw, (40, 40, 90), (230, 130, 80), 220)
    draw.rectangle([0, 220, 480, 300], fill=(200, 170, 120))
    for x in range(0, 480, 40):  # the city walls
        draw.rectangle([x, 170, x + 30, 220], fill=(170, 120, 70))
    draw.rectangle([150, 200, 330, 240], fill=(60, 50, 50))  # the stage
    for x, colour in ((190, (255, 230, 120)), (240, (255, 200, 200)), (290, (200, 230, 255))):
        draw.polygon([(x, 40), (x - 40, 200), (x + 40, 200)], fill=colour)


def basra_port(draw: ImageDraw.ImageDraw) -> None:
    sky(draw, (150, 190, 230), (220, 230, 240), 180)
    draw.rectangle([0, 180, 480, 300], fill=(40, 90, 130))
    draw.rectangle([0, 170, 300, 190], fill=(120, 120, 120))  # the quay
    for x in (40, 140, 240):  # cranes
        draw.line([(x, 170), (x, 60)], fill=(210, 90, 30), width=6)
        draw.line([(x - 10, 60), (x + 80, 60)], fill=(210, 90, 30), width=5)
    draw.polygon([(320, 200), (470, 200), (450, 235), (335, 235)], fill=(30, 30, 40))  # a ship waiting
    for n, colour in enumerate(((200, 60, 50), (50, 120, 180), (230, 180, 40))):
        draw.rectangle([340 + n * 38, 180, 372 + n * 38, 200], fill=colour)


def tirana_lanes(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle([0, 0, 480, 300], fill=(160, 200, 120))
    draw.polygon([(170, 300), (310, 300), (255, 0), (225, 0)], fill=(90, 90, 95))
    draw.polygon([(300, 300), (350, 300), (262, 0), (256, 0)], fill=(60, 140, 80))  # the green lane
    for y in range(10, 300, 40):
        draw.line([(240, y), (241, y + 18)], fill=(250, 250, 250), width=3)
    draw.ellipse([300, 200, 330, 230], outline=(20, 20, 20), width=4)  # a bicycle
    draw.ellipse([340, 200, 370, 230], outline=(20, 20, 20), width=4)
    draw.line([(315, 215), (335, 195), (355, 215)], fill=(20, 20, 20), width=3)


def issue_cover(size: tuple[int, int] = (420, 594)) -> Image.Image:
    page = Image.new("RGB", size, (250, 248, 242))
    draw = ImageDraw.Draw(page)
    draw.rectangle([0, 0, size[0], 90], fill=(179, 38, 30))
    draw.text((28, 28), "NEJAT WEEKLY", fill=(255, 255, 255), font_size=30)
    draw.text((28, 64), "Issue 1", fill=(255, 230, 225), font_size=16)
    art = Image.new("RGB", SIZE, (0, 0, 0))
    tabriz_books(ImageDraw.Draw(art))
    page.paste(art.resize((364, 228)), (28, 120))
    for n, line in enumerate(("Tabriz book fair opens with 120 publishers",
                              "Shiraz's Eram Garden reopens", "How our four editions plan the week")):
        draw.text((28, 380 + n * 34), line, fill=(31, 35, 40), font_size=15)
    draw.text((28, 560), "An example issue made for Nejat Desk (CC0)", fill=(107, 113, 122), font_size=11)
    return page


def issue_contents(size: tuple[int, int] = (420, 594)) -> Image.Image:
    page = Image.new("RGB", size, (250, 248, 242))
    draw = ImageDraw.Draw(page)
    draw.text((28, 30), "In this issue", fill=(179, 38, 30), font_size=22)
    for n in range(14):
        draw.line([(28, 90 + n * 30), (392, 90 + n * 30)], fill=(200, 200, 205), width=8)
    return page


PICTURES: dict[str, Callable[[ImageDraw.ImageDraw], None]] = {
    "eram-garden.jpg": eram_garden, "tabriz-book-fair.jpg": tabriz_books, "babylon-stage.jpg": babylon_stage,
    "basra-port.jpg": basra_port, "tirana-cycle-lanes.jpg": tirana_lanes,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, draw_scene in PICTURES.items():
        image = Image.new("RGB", SIZE)
        draw_scene(ImageDraw.Draw(image))
        image.save(OUT / name, quality=70, optimize=True)
    cover, contents = issue_cover(), issue_contents()
    cover.save(OUT / "nejat-weekly-1.pdf", save_all=True, append_images=[contents], resolution=72, quality=60)
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
