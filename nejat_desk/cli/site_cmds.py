"""WordPress subcommands: site add|list|test|password|remove, publish, pull, outbox list|retry|cancel|flush|resolve.

A password is read from standard input (--password-stdin) or asked at a prompt, never taken from
the command line, where other users of the machine could read it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime
from typing import Any

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK, err, open_library


class _RefusePassword(argparse.Action):
    """`--password X` would put the secret where `ps` shows it to every user: refuse it by name."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        parser.error("a password is never taken on the command line (other users could read it); use "
                     "--password-stdin or answer the prompt")


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--password", nargs="?", action=_RefusePassword, help=argparse.SUPPRESS)
    secret.add_argument("--password-stdin", action="store_true",
                        help="read the Application Password from the first line of standard input "
                             "(otherwise it is asked for when needed)")

    site = subparsers.add_parser("site", parents=[common], help="WordPress sites: add, list, test, remove",
                                 description="Manage the WordPress sites the desk publishes to. Passwords are "
                                             "Application Passwords, kept in the system keyring.")
    site_sub = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)
    p = site_sub.add_parser("add", parents=[common, secret], help="add a site")
    p.add_argument("name", help="a short name for the site")
    p.add_argument("url", help="the site's address, e.g. https://nejat.example.org")
    p.add_argument("--user", required=True, help="the WordPress user name")
    p.add_argument("--editions", required=True, help="the editions it serves, comma separated (en,ar,fa,sq)")
    p.add_argument("--no-test", action="store_true", help="do not test the connection after adding")
    p.set_defaults(func=cmd_site_add)
    p = site_sub.add_parser("list", parents=[common], help="list the sites")
    p.set_defaults(func=cmd_site_list)
    p = site_sub.add_parser("test", parents=[common, secret], help="test the connection and say what is wrong")
    p.add_argument("name")
    p.set_defaults(func=cmd_site_test)
    p = site_sub.add_parser("password", parents=[common, secret], help="set or replace a site's password")
    p.add_argument("name")
    p.set_defaults(func=cmd_site_password)
    p = site_sub.add_parser("remove", parents=[common], help="remove a site (and forget its password)")
    p.add_argument("name")
    p.set_defaults(func=cmd_site_remove)

    p = subparsers.add_parser("publish", parents=[common, secret], help="send articles to a WordPress site",
                              description="Queue articles (by slug) for a site and send them now. Work that "
                                          "cannot be sent (the site unreachable) stays in the outbox.")
    p.add_argument("slugs", nargs="+", metavar="SLUG")
    p.add_argument("--edition", required=True, help="the articles' edition")
    p.add_argument("--status", required=True, choices=("draft", "pending", "future", "publish", "private"))
    p.add_argument("--at", metavar="WHEN", help="for --status future: the time, ISO 8601 with an offset")
    p.add_argument("--site", help="the site's name (default: the site serving the edition)")
    p.add_argument("--queue-only", action="store_true", help="only queue; send later with 'outbox flush'")
    p.set_defaults(func=cmd_publish)

    p = subparsers.add_parser("pull", parents=[common, secret], help="bring posts from a site into the library")
    p.add_argument("--site", required=True)
    p.add_argument("--edition", help="the edition the posts belong to (needed when the site serves several)")
    p.add_argument("--since", metavar="DATE", help="only posts dated on or after DATE (ISO 8601)")
    p.add_argument("--until", metavar="DATE", help="only posts dated on or before DATE (ISO 8601)")
    p.set_defaults(func=cmd_pull)

    outbox = subparsers.add_parser("outbox", parents=[common], help="work waiting to go to the sites")
    out_sub = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    p = out_sub.add_parser("list", parents=[common], help="list open jobs (all with --all)")
    p.add_argument("--all", action="store_true")
    p.set_defaults(func=cmd_outbox_list)
    p = out_sub.add_parser("retry", parents=[common, secret], help="retry a job now")
    p.add_argument("job", type=int)
    p.add_argument("--queue-only", action="store_true")
    p.set_defaults(func=cmd_outbox_retry)
    p = out_sub.add_parser("cancel", parents=[common], help="cancel a job")
    p.add_argument("job", type=int)
    p.set_defaults(func=cmd_outbox_cancel)
    p = out_sub.add_parser("flush", parents=[common, secret], help="send every job that is due")
    p.set_defaults(func=cmd_outbox_flush)
    p = out_sub.add_parser("resolve", parents=[common, secret], help="settle a conflict")
    p.add_argument("job", type=int)
    p.add_argument("--keep", required=True, choices=("library", "site"),
                   help="library: send the library's version over the site's; site: take the site's")
    p.set_defaults(func=cmd_outbox_resolve)


# --- plumbing --------------------------------------------------------------------------------

def _asker(args: argparse.Namespace) -> Any:
    """The password callback: stdin when asked to, else a prompt on a terminal, else nothing."""
    cache: list[str] = []

    def ask(key: Any) -> str | None:
        if cache:
            return cache[0]
        if getattr(args, "password_stdin", False):
            line = sys.stdin.readline().strip()
        elif sys.stdin.isatty():
            line = getpass.getpass(f"Application Password for {key.username} at {key.base_url}: ").strip()
        else:
            return None
        if line:
            cache.append(line)
        return line or None

    return ask


def _services(library: Any, args: argparse.Namespace) -> tuple[Any, Any]:
    from nejat_desk.services.wordpress import watch
    from nejat_desk.services.wordpress.credentials import CredentialStore
    from nejat_desk.services.wordpress.outbox import Outbox
    from nejat_desk.services.wordpress.sites import SiteService

    watch.install(library)
    sites = SiteService(library, CredentialStore(ask=_asker(args)))
    return sites, Outbox(library, sites)


def _when(text: str | None, what: str) -> datetime | None:
    if not text:
        return None
    from nejat_desk.core.errors import ValidationError
    from nejat_desk.core.timeutil import parse_iso_instant

    try:
        if len(text) == 10:
            text += "T00:00:00Z"
        return parse_iso_instant(text)
    except ValueError as exc:
        raise ValidationError(f"{what} {text!r} is not an ISO 8601 date and time with an offset ({exc}).") from None


def _print_flush(report: Any) -> int:
    for job_id, result in report.done:
        print(f"job {job_id}: {'created' if result.created else 'updated'} post {result.remote_id} "
              f"({result.status}) {result.link}")
        for warning in result.warnings:
            print(f"  warning: {warning}")
    for job_id, text in report.retrying:
        print(f"job {job_id}: not sent, will retry: {text}")
    for job_id, text in report.failed:
        print(f"job {job_id}: failed: {text}")
    for job_id in report.conflicts:
        print(f"job {job_id}: conflict: the post changed on the site too; see 'outbox resolve'")
    return EXIT_OK if report.ok else EXIT_FAILURE


# --- site ----------------------------------------------------------------------------------------

def cmd_site_add(args: argparse.Namespace) -> int:
    editions = [e.strip() for e in args.editions.split(",") if e.strip()]
    with open_library(args) as library:
        sites, _ = _services(library, args)
        from nejat_desk.services.wordpress.client import normalise_base_url
        from nejat_desk.services.wordpress.credentials import SiteKey

        password = _asker(args)(SiteKey(normalise_base_url(args.url), args.user))
        site_id = sites.add(args.name, args.url, args.user, editions, password=password)
        print(f"Added site {args.name!r} ({sites.get(site_id).base_url}).")
        if password and not sites.credentials.secure:
            print("warning: no secure keyring on this system: the password was not stored; commands that "
                  "talk to the site will ask for it (or read it with --password-stdin).", file=sys.stderr)
        if args.no_test or not password:
            return EXIT_OK
        report = sites.test(site_id, password=password)
        print(report.message)
        return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_site_list(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.credentials import SiteKey

    with open_library(args) as library:
        sites, _ = _services(library, args)
        rows = sites.list()
        if not rows:
            print("No sites yet; add one with 'nejat-desk site add'.")
        for s in rows:
            stored = "password stored" if sites.credentials.lookup(SiteKey(s.base_url, s.username)) else "no password stored"
            print(f"{s.name}\t{s.base_url}\t{s.username}\t{','.join(s.editions)}\t{stored}")
    return EXIT_OK


def cmd_site_test(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        sites, _ = _services(library, args)
        report = sites.test(sites.find(args.name).id)
        print(report.message)
        return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_site_password(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.credentials import SiteKey

    with open_library(args) as library:
        sites, _ = _services(library, args)
        site = sites.find(args.name)
        password = _asker(args)(SiteKey(site.base_url, site.username))
        if not password:
            err("no password given (use --password-stdin or run in a terminal).")
            return EXIT_FAILURE
        if sites.set_password(site.id, password):
            print("Password stored in the system keyring.")
        else:
            print("warning: no secure keyring: the password was not stored.", file=sys.stderr)
    return EXIT_OK


def cmd_site_remove(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        sites, _ = _services(library, args)
        site = sites.find(args.name)
        sites.remove(site.id)
        print(f"Removed site {site.name!r} and forgot its password.")
    return EXIT_OK


# --- publish and pull ----------------------------------------------------------------------------

def cmd_publish(args: argparse.Namespace) -> int:
    from nejat_desk.core.errors import ValidationError

    when = _when(args.at, "--at")
    if args.status == "future" and when is None:
        raise ValidationError("--status future needs --at with the date and time.")
    with open_library(args) as library:
        sites, outbox = _services(library, args)
        site = sites.find(args.site) if args.site else sites.site_for_edition(args.edition)
        from nejat_desk.services.articles import ArticleService

        articles = ArticleService(library)
        ids = []
        for slug in args.slugs:
            article_id = articles.find_by_slug(args.edition, slug)
            if article_id is None:
                raise ValidationError(f"There is no article {slug!r} in the {args.edition} edition; nothing was queued.")
            ids.append(article_id)
        jobs = [outbox.enqueue(site.id, "article", aid, status=args.status, date_gmt=when) for aid in ids]
        print(f"Queued {len(jobs)} article(s) for {site.name}: jobs {', '.join(map(str, jobs))}.")
        if args.queue_only:
            return EXIT_OK
        return _print_flush(outbox.flush(job_ids=jobs))


def cmd_pull(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.pull import Puller

    since, until = _when(args.since, "--since"), _when(args.until, "--until")
    with open_library(args) as library:
        sites, _ = _services(library, args)
        site = sites.find(args.site)
        with sites.client(site.id) as client:
            def progress(done: int, total: int) -> None:
                print(f"\rpulled {done}/{total}", end="", file=sys.stderr, flush=True)

            report = Puller(client, library, site.id, args.edition).pull(since=since, until=until,
                                                                         progress=progress)
        print(file=sys.stderr)
        print(f"{len(report.created)} created, {len(report.updated)} updated, {report.unchanged} unchanged, "
              f"{len(report.conflicts)} conflicts, {report.media_created} media records.")
        for line in report.skipped:
            print(f"skipped {line}")
        return EXIT_OK if not report.skipped else EXIT_FAILURE


# --- outbox ----------------------------------------------------------------------------------------

def cmd_outbox_list(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.outbox import OPEN_STATES
    from nejat_desk.services.wordpress.watch import queue_stale_updates

    with open_library(args) as library:
        _, outbox = _services(library, args)
        queue_stale_updates(library)
        jobs = outbox.jobs(None if args.all else OPEN_STATES)
        if not jobs:
            print("The outbox is empty.")
        for j in jobs:
            when = f" next {j.next_attempt_at:%Y-%m-%d %H:%M} UTC" if j.next_attempt_at and j.state == "queued" else ""
            print(f"{j.id}\t{j.state}\t{j.site_name}\t{j.label}\t{j.status or 'as article'}\t"
                  f"attempts {j.attempts}{when}")
            if j.last_error:
                print(f"\t{j.last_error}")
    return EXIT_OK


def cmd_outbox_retry(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        _, outbox = _services(library, args)
        outbox.retry(args.job)
        if args.queue_only:
            print(f"Job {args.job} queued.")
            return EXIT_OK
        return _print_flush(outbox.flush(job_ids=[args.job]))


def cmd_outbox_cancel(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        _, outbox = _services(library, args)
        outbox.cancel(args.job)
        print(f"Job {args.job} cancelled.")
    return EXIT_OK


def cmd_outbox_flush(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.watch import queue_stale_updates

    with open_library(args) as library:
        _, outbox = _services(library, args)
        queue_stale_updates(library)
        report = outbox.flush()
        if not (report.done or report.retrying or report.failed or report.conflicts):
            print("Nothing is due.")
        return _print_flush(report)


def cmd_outbox_resolve(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.conflicts import resolve

    with open_library(args) as library:
        _, outbox = _services(library, args)
        resolve(library, args.job, args.keep)
        if args.keep == "site":
            print(f"Job {args.job}: the site's version was taken into the library.")
            return EXIT_OK
        return _print_flush(outbox.flush(job_ids=[args.job]))
