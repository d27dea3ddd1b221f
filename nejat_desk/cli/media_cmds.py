"""Media subcommands: import-media (files and folders into the store) and add-video (hosted elsewhere)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK, err, open_desk
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


def cmd_import_media(args: argparse.Namespace) -> int:
    from nejat_desk.services.media_import import IMPORTED

    cancel = threading.Event()

    def on_interrupt(_sig: int, _frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        err(translate("cli.media_cmds", "stopping after the files under way (press Ctrl+C again to abort at once)"))

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        with open_desk(args) as desk:
            gallery_id = desk.galleries.find(args.gallery) if args.gallery else None
            report = desk.media.import_files(args.paths, gallery_id=gallery_id, cancel=cancel)
    finally:
        signal.signal(signal.SIGINT, previous)
    for line in report.lines:
        if not (args.quiet and line.outcome == IMPORTED and not line.notes):
            print(line.text())
    print(report.summary(), file=sys.stderr if args.quiet else sys.stdout)
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_add_video(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        gallery_id = desk.galleries.find(args.gallery) if args.gallery else None
        media_id = desk.media.add_remote_video(args.url, args.title, poster=args.poster,
                                               gallery_id=gallery_id)
    print(translate("cli.media_cmds", "added video (media #{id})").format(id=media_id))
    return EXIT_OK
