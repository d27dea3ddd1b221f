"""WordPress subcommands: site add|list|test|password|remove, publish, pull, outbox list|retry|cancel|flush|resolve.

A password is read from standard input (--password-stdin) or asked at a prompt, never taken from
the command line, where other users of the machine could read it. It goes over plain http:// to
another computer only after --allow-insecure-http, which is then remembered for the site.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from nejat_desk.cli.common import EXIT_FAILURE, EXIT_OK, err, open_desk
from nejat_desk.cli.terminal import REDRAW
from nejat_desk.core.i18n import translate

if TYPE_CHECKING:
    from nejat_desk.services.desk import Desk


class _RefusePassword(argparse.Action):
    """`--password X` would put the secret where `ps` shows it to every user: refuse it by name."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        parser.error(translate("cli.site_cmds", "a password is never taken on the command line (other users could "
                               "read it); use --password-stdin or answer the prompt"))


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--password", nargs="?", action=_RefusePassword, help=argparse.SUPPRESS)
    secret.add_argument("--password-stdin", action="store_true",
                        help=translate("cli.site_cmds", "read the Application Password from the first line of "
                                       "standard input (otherwise it is asked for when needed)"))
    insecure = argparse.ArgumentParser(add_help=False)
    insecure.add_argument("--allow-insecure-http", action="store_true",
                        help=translate("cli.site_cmds", "allow sending the password over plain http:// to another "
                                       "computer, where anyone on the way can read it (remembered for the site)"))
    _register_site(subparsers, common, secret, insecure)
    _register_publish_and_pull(subparsers, common, secret, insecure)
    _register_outbox(subparsers, common, secret)


def _register_site(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,
                   secret: argparse.ArgumentParser, insecure: argparse.ArgumentParser) -> None:
    site = subparsers.add_parser(
        "site", parents=[common], help=translate("cli.site_cmds", "WordPress sites: add, list, test, remove"),
        description=translate("cli.site_cmds", "Manage the WordPress sites the desk publishes to. Passwords are "
                              "Application Passwords, kept in the system keyring."))
    site_sub = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)
    p = site_sub.add_parser("add", parents=[common, secret, insecure], help=translate("cli.site_cmds", "add a site"))
    p.add_argument("name", help=translate("cli.site_cmds", "a short name for the site"))
    p.add_argument("url", help=translate("cli.site_cmds", "the site's address, e.g. https://nejat.example.org"))
    p.add_argument("--user", required=True, help=translate("cli.site_cmds", "the WordPress user name"))
    p.add_argument("--editions", required=True,
                   help=translate("cli.site_cmds", "the editions it serves, comma separated (en,ar,fa,sq)"))
    p.add_argument("--no-test", action="store_true",
                   help=translate("cli.site_cmds", "do not test the connection after adding"))
    p.set_defaults(func=cmd_site_add)
    p = site_sub.add_parser("list", parents=[common], help=translate("cli.site_cmds", "list the sites"))
    p.set_defaults(func=cmd_site_list)
    p = site_sub.add_parser("test", parents=[common, secret, insecure],
                            help=translate("cli.site_cmds", "test the connection and say what is wrong"))
    p.add_argument("name")
    p.set_defaults(func=cmd_site_test)
    p = site_sub.add_parser("password", parents=[common, secret],
                            help=translate("cli.site_cmds", "set or replace a site's password"))
    p.add_argument("name")
    p.set_defaults(func=cmd_site_password)
    p = site_sub.add_parser("remove", parents=[common],
                            help=translate("cli.site_cmds", "remove a site (and forget its password)"))
    p.add_argument("name")
    p.set_defaults(func=cmd_site_remove)


def _register_publish_and_pull(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,
                               secret: argparse.ArgumentParser, insecure: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "publish", parents=[common, secret, insecure], help=translate("cli.site_cmds", "send articles to a WordPress site"),
        description=translate("cli.site_cmds", "Queue articles (by slug), galleries and publication issues for a site "
                              "and send them now. Work that cannot be sent (the site unreachable) stays in the "
                              "outbox."))
    p.add_argument("slugs", nargs="*", metavar="SLUG")
    p.add_argument("--gallery", action="append", default=[], metavar="SLUG",
                   help=translate("cli.site_cmds", "also send a gallery, in --edition's words (repeatable)"))
    p.add_argument("--issue", action="append", default=[], metavar="SERIES/NUMBER",
                   help=translate("cli.site_cmds", "also send a publication issue (repeatable)"))
    p.add_argument("--edition", required=True, help=translate("cli.site_cmds", "the articles' edition"))
    p.add_argument("--status", required=True, choices=("draft", "pending", "future", "publish", "private"))
    p.add_argument("--at", metavar="WHEN",
                   help=translate("cli.site_cmds", "for --status future: the time, ISO 8601 with an offset"))
    p.add_argument("--site", help=translate("cli.site_cmds", "the site's name (default: the site serving the edition)"))
    p.add_argument("--queue-only", action="store_true",
                   help=translate("cli.site_cmds", "only queue; send later with 'outbox flush'"))
    p.add_argument("--override-preflight", metavar="REASON", default="",
                   help=translate("cli.site_cmds", "publish or schedule despite blocking pre-flight findings; the "
                                  "reason is kept in each article's, gallery's or issue's history"))
    p.set_defaults(func=cmd_publish)

    p = subparsers.add_parser("pull", parents=[common, secret, insecure],
                              help=translate("cli.site_cmds", "bring posts from a site into the library"))
    p.add_argument("--site", required=True)
    p.add_argument("--edition", help=translate("cli.site_cmds", "the edition the posts belong to (needed when the "
                                               "site serves several)"))
    p.add_argument("--since", metavar="DATE",
                   help=translate("cli.site_cmds", "only posts dated on or after DATE (ISO 8601)"))
    p.add_argument("--until", metavar="DATE",
                   help=translate("cli.site_cmds", "only posts dated on or before DATE (ISO 8601)"))
    p.set_defaults(func=cmd_pull)


def _register_outbox(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,
                     secret: argparse.ArgumentParser) -> None:
    outbox = subparsers.add_parser("outbox", parents=[common],
                                   help=translate("cli.site_cmds", "work waiting to go to the sites"))
    out_sub = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    p = out_sub.add_parser("list", parents=[common], help=translate("cli.site_cmds", "list open jobs (all with --all)"))
    p.add_argument("--all", action="store_true")
    p.set_defaults(func=cmd_outbox_list)
    p = out_sub.add_parser("retry", parents=[common, secret], help=translate("cli.site_cmds", "retry a job now"))
    p.add_argument("job", type=int)
    p.add_argument("--queue-only", action="store_true")
    p.set_defaults(func=cmd_outbox_retry)
    p = out_sub.add_parser("cancel", parents=[common], help=translate("cli.site_cmds", "cancel a job"))
    p.add_argument("job", type=int)
    p.set_defaults(func=cmd_outbox_cancel)
    p = out_sub.add_parser("flush", parents=[common, secret],
                           help=translate("cli.site_cmds", "send every job that is due"))
    p.set_defaults(func=cmd_outbox_flush)
    p = out_sub.add_parser("resolve", parents=[common, secret], help=translate("cli.site_cmds", "settle a conflict"))
    p.add_argument("job", type=int)
    p.add_argument("--keep", required=True, choices=("library", "site"),
                   help=translate("cli.site_cmds", "library: send the library's version over the site's; site: "
                                  "take the site's"))
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
            prompt = translate("cli.site_cmds", "Application Password for {user} at {base_url}: ").format(
                user=key.username, base_url=key.base_url)
            line = getpass.getpass(prompt).strip()
        else:
            return None
        if line:
            cache.append(line)
        return line or None

    return ask


@contextmanager
def _open_sync(args: argparse.Namespace) -> Iterator[Desk]:
    """The library's Desk, its sync service asking for passwords here (or reading --password-stdin);
    edits the command makes to published articles queue their update, as in the window."""
    from nejat_desk.services.wordpress.credentials import CredentialStore

    with open_desk(args, credentials=CredentialStore(ask=_asker(args))) as desk:
        desk.sync.start()
        yield desk


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
        raise ValidationError(translate("cli.site_cmds", "{option} {text} is not an ISO 8601 date and time with an "
                                        "offset ({error}).").format(option=what, text=repr(text), error=exc)) from None


def _http_consent(args: argparse.Namespace, sites: Any, site: Any) -> bool:
    """Whether the password may go to `site`: --allow-insecure-http is stored (with a warning);
    a plain-http site without that consent is refused here, before anything is queued or sent."""
    from nejat_desk.services.wordpress.password_policy import insecure_http_message, needs_insecure_consent

    if not needs_insecure_consent(site.base_url):
        return True
    if getattr(args, "allow_insecure_http", False):
        if not site.allow_insecure_http:
            sites.update(site.id, allow_insecure_http=True)
        _warn_insecure(site.base_url)
        return True
    if site.allow_insecure_http:
        return True
    err(_with_option_hint(insecure_http_message(site.base_url)))
    return False


def _warn_insecure(base_url: str) -> None:
    print(translate("cli.site_cmds", "warning: the Application Password for {base_url} travels unencrypted; anyone "
                    "on the network between here and the site can read it.").format(base_url=base_url),
          file=sys.stderr)


def _with_option_hint(message: str) -> str:
    return translate("cli.site_cmds", "{message} (On the command line: --allow-insecure-http.)").format(
        message=message)


def _print_flush(report: Any) -> int:
    for job_id, result in report.done:
        if result.created:
            line = translate("cli.site_cmds", "job {job_id}: created post {remote_id} ({status}) {link}")
        else:
            line = translate("cli.site_cmds", "job {job_id}: updated post {remote_id} ({status}) {link}")
        print(line.format(job_id=job_id, remote_id=result.remote_id, status=result.status, link=result.link))
        for warning in result.warnings:
            print("  " + translate("cli.site_cmds", "warning: {message}").format(message=warning))
    for job_id, text in report.retrying:
        print(translate("cli.site_cmds", "job {job_id}: not sent, will retry: {message}").format(job_id=job_id,
                                                                                                  message=text))
    for job_id, text in report.failed:
        print(translate("cli.site_cmds", "job {job_id}: failed: {message}").format(job_id=job_id, message=text))
    for job_id in report.conflicts:
        print(translate("cli.site_cmds", "job {job_id}: conflict: the post changed on the site too; see 'outbox "
                        "resolve'").format(job_id=job_id))
    return EXIT_OK if report.ok else EXIT_FAILURE


# --- site ----------------------------------------------------------------------------------------

def cmd_site_add(args: argparse.Namespace) -> int:
    editions = [e.strip() for e in args.editions.split(",") if e.strip()]
    with _open_sync(args) as desk:
        sites = desk.sites
        from nejat_desk.services.wordpress.client import normalise_base_url
        from nejat_desk.services.wordpress.credentials import SiteKey
        from nejat_desk.services.wordpress.password_policy import (
            insecure_http_message,
            needs_insecure_consent,
        )

        url = normalise_base_url(args.url)
        if needs_insecure_consent(url):
            if not args.allow_insecure_http:
                err(_with_option_hint(insecure_http_message(url)))
                return EXIT_FAILURE
            _warn_insecure(url)
        password = _asker(args)(SiteKey(url, args.user))
        site_id = sites.add(args.name, args.url, args.user, editions, password=password,
                            allow_insecure_http=args.allow_insecure_http)
        print(translate("cli.site_cmds", "Added site {name} ({base_url}).").format(
            name=repr(args.name), base_url=sites.get(site_id).base_url))
        if password and not sites.credentials.secure:
            print(translate("cli.site_cmds", "warning: no secure keyring on this system: the password was not "
                            "stored; commands that talk to the site will ask for it (or read it with "
                            "--password-stdin)."), file=sys.stderr)
        if args.no_test or not password:
            return EXIT_OK
        report = sites.test(site_id, password=password)
        print(report.message)
        return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_site_list(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.credentials import SiteKey

    with _open_sync(args) as desk:
        sites = desk.sites
        rows = sites.list()
        if not rows:
            print(translate("cli.site_cmds", "No sites yet; add one with 'nejat-desk site add'."))
        for s in rows:
            if sites.credentials.lookup(SiteKey(s.base_url, s.username)):
                stored = translate("cli.site_cmds", "password stored")
            else:
                stored = translate("cli.site_cmds", "no password stored")
            print(f"{s.name}\t{s.base_url}\t{s.username}\t{','.join(s.editions)}\t{stored}")
    return EXIT_OK


def cmd_site_test(args: argparse.Namespace) -> int:
    with _open_sync(args) as desk:
        sites = desk.sites
        site = sites.find(args.name)
        if not _http_consent(args, sites, site):
            return EXIT_FAILURE
        report = sites.test(site.id)
        print(report.message)
        if report.companion_line:
            print(report.companion_line)
        return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_site_password(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.credentials import SiteKey

    with _open_sync(args) as desk:
        sites = desk.sites
        site = sites.find(args.name)
        password = _asker(args)(SiteKey(site.base_url, site.username))
        if not password:
            err(translate("cli.site_cmds", "no password given (use --password-stdin or run in a terminal)."))
            return EXIT_FAILURE
        if sites.set_password(site.id, password):
            print(translate("cli.site_cmds", "Password stored in the system keyring."))
        else:
            print(translate("cli.site_cmds", "warning: no secure keyring: the password was not stored."),
                  file=sys.stderr)
    return EXIT_OK


def cmd_site_remove(args: argparse.Namespace) -> int:
    with _open_sync(args) as desk:
        sites = desk.sites
        site = sites.find(args.name)
        sites.remove(site.id)
        print(translate("cli.site_cmds", "Removed site {name} and forgot its password.").format(name=repr(site.name)))
    return EXIT_OK


# --- publish and pull ----------------------------------------------------------------------------

def cmd_publish(args: argparse.Namespace) -> int:
    from nejat_desk.core.errors import ValidationError

    when = _when(args.at, "--at")
    if args.status == "future" and when is None:
        raise ValidationError(translate("cli.site_cmds", "--status future needs --at with the date and time."))
    with _open_sync(args) as desk:
        sites, outbox = desk.sites, desk.sync.outbox
        site = sites.find(args.site) if args.site else sites.site_for_edition(args.edition)
        if not _http_consent(args, sites, site):
            return EXIT_FAILURE
        articles = desk.articles
        ids = []
        for slug in args.slugs:
            article_id = articles.find_by_slug(args.edition, slug)
            if article_id is None:
                raise ValidationError(translate("cli.site_cmds", "There is no article {slug} in the {edition} edition; "
                                                "nothing was queued.").format(slug=repr(slug), edition=args.edition))
            ids.append(article_id)
        others = _galleries_and_issues(desk, args)
        if not ids and not others:
            raise ValidationError(translate("cli.site_cmds", "Name at least one article (SLUG), --gallery or --issue; "
                                            "nothing was queued."))
        if args.status in ("publish", "future"):  # going out to readers: the pre-flight gate first
            _clear(desk, ids, others, when, args.override_preflight)
        jobs = [outbox.enqueue(site.id, "article", aid, status=args.status, date_gmt=when) for aid in ids]
        jobs += [outbox.enqueue(site.id, kind, rid, status=args.status, date_gmt=when,
                                edition=args.edition if kind == "gallery" else None) for kind, rid in others]
        if ids:
            print(translate("cli.site_cmds", "Queued {count} article(s) for {site}: jobs {jobs}.").format(
                count=len(ids), site=site.name, jobs=", ".join(map(str, jobs[:len(ids)]))))
        if others:
            print(translate("cli.site_cmds", "Queued {count} galleries and issues for {site}: jobs {jobs}.").format(
                count=len(others), site=site.name, jobs=", ".join(map(str, jobs[len(ids):]))))
        if args.queue_only:
            return EXIT_OK
        return _print_flush(outbox.flush(job_ids=jobs))


def _galleries_and_issues(desk: Desk, args: argparse.Namespace) -> list[tuple[str, int]]:
    from nejat_desk.core.errors import ValidationError

    found = [("gallery", desk.galleries.find(slug)) for slug in args.gallery]
    for ref in args.issue:
        series, _, number = ref.rpartition("/")
        if not series or not number.isdigit():
            raise ValidationError(translate("cli.site_cmds", "--issue {ref} is not SERIES/NUMBER (e.g. weekly/12); "
                                            "nothing was queued.").format(ref=repr(ref)))
        found.append(("issue", desk.schedule.find_issue(series, int(number))))
    return found


def _clear(desk: Desk, article_ids: list[int], others: list[tuple[str, int]], when: datetime | None,
           reason: str) -> None:
    """The pre-flight gate for the whole batch: without a reason, every blocked one is named and
    nothing goes; with one, each blocked one keeps it in its history."""
    from nejat_desk.services.preflight import PreflightBlocked, PreflightReport

    gates: list[Callable[[str], object]] = [lambda r: desk.preflight.clear_for(article_ids, when=when,
                                                                                 override_reason=r)] if article_ids else []
    gates += [partial(_clear_object, desk, kind, rid, when) for kind, rid in others]
    if reason.strip():
        for gate in gates:
            gate(reason)
        return
    blocked: list[PreflightReport] = []
    for gate in gates:
        try:
            gate("")
        except PreflightBlocked as exc:
            blocked += exc.reports
    if blocked:
        raise PreflightBlocked(blocked)


def _clear_object(desk: Desk, kind: str, record_id: int, when: datetime | None, reason: str) -> object:
    return desk.preflight.clear_object(kind, record_id, action="publish", when=when, override_reason=reason)


def cmd_pull(args: argparse.Namespace) -> int:
    since, until = _when(args.since, "--since"), _when(args.until, "--until")
    with _open_sync(args) as desk:
        sites = desk.sites
        site = sites.find(args.site)
        if not _http_consent(args, sites, site):
            return EXIT_FAILURE
        def progress(done: int, total: int) -> None:
            text = translate("cli.site_cmds", "pulled {done}/{total}").format(done=done, total=total)
            print(f"{REDRAW}{text}", end="", file=sys.stderr, flush=True)

        report = desk.sync.pull(site.id, args.edition, since=since, until=until, progress=progress)
        print(file=sys.stderr)
        print(translate("cli.site_cmds", "{created} created, {updated} updated, {unchanged} unchanged, {conflicts} "
                        "conflicts, {media} media records.").format(
            created=len(report.created), updated=len(report.updated), unchanged=report.unchanged,
            conflicts=len(report.conflicts), media=report.media_created))
        if report.galleries or report.issues:  # posts the companion plugin marks as the desk's galleries and issues
            print(translate("cli.site_cmds", "{galleries} galleries and {issues} publication issues created or "
                            "updated.").format(galleries=len(report.galleries), issues=len(report.issues)))
        for line in report.skipped:
            print(translate("cli.site_cmds", "skipped {item}").format(item=line))
        for line in report.warnings:
            print(translate("cli.site_cmds", "warning: {message}").format(message=line))
        return EXIT_OK if not report.skipped else EXIT_FAILURE


# --- outbox ----------------------------------------------------------------------------------------

def cmd_outbox_list(args: argparse.Namespace) -> int:
    from nejat_desk.services.wordpress.outbox import OPEN_STATES
    with _open_sync(args) as desk:
        outbox = desk.sync.outbox
        desk.sync.queue_stale_updates()
        jobs = outbox.jobs(None if args.all else OPEN_STATES)
        if not jobs:
            print(translate("cli.site_cmds", "The outbox is empty."))
        for j in jobs:
            when = ""
            if j.next_attempt_at and j.state == "queued":
                when = " " + translate("cli.site_cmds", "next {when} UTC").format(
                    when=format(j.next_attempt_at, "%Y-%m-%d %H:%M"))
            status = j.status or translate("cli.site_cmds", "as article")
            attempts = translate("cli.site_cmds", "attempts {count}").format(count=j.attempts)
            print(f"{j.id}\t{j.state}\t{j.site_name}\t{j.label}\t{status}\t{attempts}{when}")
            if j.last_error:
                print(f"\t{j.last_error}")
    return EXIT_OK


def cmd_outbox_retry(args: argparse.Namespace) -> int:
    with _open_sync(args) as desk:
        outbox = desk.sync.outbox
        outbox.retry(args.job)
        if args.queue_only:
            print(translate("cli.site_cmds", "Job {job} queued.").format(job=args.job))
            return EXIT_OK
        return _print_flush(outbox.flush(job_ids=[args.job]))


def cmd_outbox_cancel(args: argparse.Namespace) -> int:
    with _open_sync(args) as desk:
        outbox = desk.sync.outbox
        outbox.cancel(args.job)
        print(translate("cli.site_cmds", "Job {job} cancelled.").format(job=args.job))
    return EXIT_OK


def cmd_outbox_flush(args: argparse.Namespace) -> int:
    with _open_sync(args) as desk:
        outbox = desk.sync.outbox
        desk.sync.queue_stale_updates()
        report = outbox.flush()
        if not (report.done or report.retrying or report.failed or report.conflicts):
            print(translate("cli.site_cmds", "Nothing is due."))
        return _print_flush(report)


def cmd_outbox_resolve(args: argparse.Namespace) -> int:
    with _open_sync(args) as desk:
        outbox = desk.sync.outbox
        desk.sync.resolve(args.job, args.keep)
        if args.keep == "site":
            print(translate("cli.site_cmds", "Job {job}: the site's version was taken into the library.")
                  .format(job=args.job))
            return EXIT_OK
        return _print_flush(outbox.flush(job_ids=[args.job]))
