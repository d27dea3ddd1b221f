"""Media subcommands: import-media (files and folders into the store) and add-video (hosted elsewhere)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK, err, open_library
from nejat_desk.core.i18n import translate


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "import-media", parents=[common],
        help=translate("cli.media_cmds", "import images, PDFs and videos (files or folders)"),
        description=translate(
            "cli.media_cmds",
            "Copy images (JPEG, PNG, WebP, GIF), PDFs and videos (MP4, WebM) into the library's "
            "content-addressed store, reading their metadata and making thumbnails. A file already "
            "in the library is kept once. Each file gets a line in the report; bad files are "
            "reported and skipped, the rest go on. Exits with 1 when a file failed. Ctrl+C stops "
            "after the files under way; nothing is left half-imported."))
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help=translate("cli.media_cmds", "files and folders to import"))
    p.add_argument("--gallery", metavar="ID_OR_SLUG",
                   help=translate("cli.media_cmds", "also add the imported items to this gallery"))
    p.add_argument("--quiet", "-q", action="store_true",
                   help=translate("cli.media_cmds", "print only problems and the summary"))
    p.set_defaults(func=cmd_import_media)

    p = subparsers.add_parser(
        "add-video", parents=[common],
        help=translate("cli.media_cmds", "add a YouTube, Vimeo or Aparat video as a media item"),
        description=translate("cli.media_cmds",
                              "Add a video hosted elsewhere, by its address, with a title and a poster image."))
    p.add_argument("url", help=translate("cli.media_cmds", "the video's address (YouTube, Vimeo or Aparat)"))
    p.add_argument("--title", default="", help=translate("cli.media_cmds", "the video's title"))
    p.add_argument("--poster", type=Path, help=translate("cli.media_cmds", "an image file to show for the video"))
    p.add_argument("--gallery", metavar="ID_OR_SLUG", help=translate("cli.media_cmds", "also add it to this gallery"))
    p.set_defaults(func=cmd_add_video)


def _gallery_id(library: object, ref: str | None) -> int | None:
    if not ref:
        return None
    from sqlalchemy import select

    from nejat_desk.core.errors import ValidationError
    from nejat_desk.storage.models import Gallery

    with library.session() as session:  # type: ignore[attr-defined]
        if ref.isdigit():
            gallery = session.get(Gallery, int(ref))
        else:
            gallery = session.scalar(select(Gallery).where(Gallery.slug == ref))
        if gallery is None or gallery.deleted_at is not None:
            raise ValidationError(translate("cli.media_cmds", "There is no gallery {gallery} (give its number or "
                                            "slug).").format(gallery=repr(ref)))
        return gallery.id


def cmd_import_media(args: argparse.Namespace) -> int:
    from nejat_desk.services.media_import import IMPORTED, import_media

    cancel = threading.Event()

    def on_interrupt(_sig: int, _frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        err(translate("cli.media_cmds", "stopping after the files under way (press Ctrl+C again to abort at once)"))

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        with open_library(args) as library:
            gallery_id = _gallery_id(library, args.gallery)
            report = import_media(library, args.paths, gallery_id=gallery_id, cancel=cancel)
    finally:
        signal.signal(signal.SIGINT, previous)
    for line in report.lines:
        if not (args.quiet and line.outcome == IMPORTED and not line.notes):
            print(line.text())
    print(report.summary(), file=sys.stderr if args.quiet else sys.stdout)
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_add_video(args: argparse.Namespace) -> int:
    from nejat_desk.services.media import add_remote_video

    with open_library(args) as library:
        gallery_id = _gallery_id(library, args.gallery)
        media_id = add_remote_video(library, args.url, args.title, poster=args.poster, gallery_id=gallery_id)
    print(translate("cli.media_cmds", "added video (media #{id})").format(id=media_id))
    return EXIT_OK
