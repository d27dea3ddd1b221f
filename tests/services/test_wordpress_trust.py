"""Where the WordPress password may go, and how much a site's answer may take (issue #12, items 18-21).

Real sockets on 127.0.0.1 (stdlib http.server in a thread) where the behaviour is about the network
(another host or port, a trickling or endless answer); httpx.MockTransport where it is not.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from keyring.backends import null

from nejat_desk.core.errors import ValidationError
from nejat_desk.services.wordpress.client import MAX_PAGES, WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.errors import Problem, SiteError
from nejat_desk.services.wordpress.sites import SiteService, diagnose
from nejat_desk.storage.models import SiteProfile

INDEX = {"name": "Test", "namespaces": ["wp/v2"], "authentication": {"application-passwords": {}}}
ME = {"id": 1, "username": "desk", "roles": ["editor"],
      "capabilities": {"edit_posts": True, "publish_posts": True, "upload_files": True, "manage_categories": True}}

Handler = Callable[[BaseHTTPRequestHandler], None]


class Server:
    """One HTTP server on loopback; `seen` records (path, Authorization header) of every request."""

    def __init__(self, handle: Handler) -> None:
        seen: list[tuple[str, str | None]] = []

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                seen.append((self.path, self.headers.get("Authorization")))
                handle(self)

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        self.seen = seen
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def servers() -> Iterator[Callable[[Handler], Server]]:
    started: list[Server] = []

    def start(handle: Handler) -> Server:
        started.append(Server(handle))
        return started[-1]

    yield start
    for server in started:
        server.close()


def reply(handler: BaseHTTPRequestHandler, body: Any, *, status: int = 200,
          headers: dict[str, str] | None = None) -> None:
    data = json.dumps(body).encode() if not isinstance(body, bytes) else body
    handler.send_response(status)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def wordpress_like(handler: BaseHTTPRequestHandler) -> None:
    """Answers like a small WordPress: the index, /users/me for anyone with an Authorization header."""
    if handler.path.startswith("/wp-json/wp/v2/users/me"):
        if handler.headers.get("Authorization"):
            reply(handler, ME)
        else:
            reply(handler, {"code": "rest_not_logged_in", "message": "You are not currently logged in."}, status=401)
    elif handler.path.startswith("/wp-json"):
        reply(handler, INDEX)
    else:
        reply(handler, b"<html>home</html>")


def _sites(library: Any) -> SiteService:
    return SiteService(library, CredentialStore(backend=null.Keyring()), timeout=5)


# --- 18: the advertised REST address -------------------------------------------------------------

def test_a_rest_address_on_another_port_is_refused_and_never_gets_the_password(library, servers) -> None:
    elsewhere = servers(wordpress_like)
    link = f'<{elsewhere.url}/wp-json/>; rel="https://api.w.org/"'

    def site(handler: BaseHTTPRequestHandler) -> None:
        if handler.path == "/":
            reply(handler, b"<html>home</html>", headers={"Link": link})
        else:
            wordpress_like(handler)

    home = servers(site)
    sites = _sites(library)
    site_id = sites.add("Main", home.url, "desk", ["en"])
    report = sites.test(site_id, password="abcd efgh ijkl mnop")
    assert not report.ok and report.problem is Problem.FOREIGN_ADDRESS
    assert home.url in report.message and f"{elsewhere.url}/wp-json" in report.message
    assert elsewhere.seen == []  # not even an anonymous request
    assert all(auth is None for _path, auth in home.seen)
    assert "rest_base" not in sites.get(site_id).capabilities  # nothing of it stored


def test_a_stored_foreign_rest_address_is_never_used(library, servers) -> None:
    elsewhere = servers(wordpress_like)
    home = servers(wordpress_like)
    sites = _sites(library)
    site_id = sites.add("Main", home.url, "desk", ["en"])
    with library.session() as session:  # as an older desk stored it from the home page's Link header
        session.get(SiteProfile, site_id).capabilities = {"rest_base": f"{elsewhere.url}/wp-json"}
    with pytest.raises(SiteError) as exc:
        sites.client(site_id, password="secret")
    assert exc.value.problem is Problem.FOREIGN_ADDRESS and elsewhere.url in str(exc.value)
    with WordPressClient(home.url, "desk", "secret") as client, pytest.raises(SiteError) as exc:
        client.send("GET", f"{elsewhere.url}/wp-json/wp/v2/users/me")
    assert exc.value.problem is Problem.FOREIGN_ADDRESS
    assert elsewhere.seen == []


def test_https_advertising_http_on_the_same_host_is_a_downgrade_and_refused() -> None:
    requested: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.path == "/":
            return httpx.Response(200, text="<html/>",
                                  headers={"Link": '<http://nejat.example.org/wp-json/>; rel="https://api.w.org/"'})
        return httpx.Response(200, json=INDEX)

    with WordPressClient("https://nejat.example.org", "desk", "pw", transport=httpx.MockTransport(handle)) as client:
        report = diagnose(client)
    assert report.problem is Problem.FOREIGN_ADDRESS
    assert "https://nejat.example.org" in report.message and "http://nejat.example.org/wp-json" in report.message
    assert requested == ["https://nejat.example.org/"]


def test_the_same_origin_spelled_differently_is_accepted() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if "rest_route" not in request.url.params:
            return httpx.Response(200, text="<html/>", headers={
                "Link": '<https://NEJAT.example.org:443/?rest_route=/>; rel="https://api.w.org/"'})
        if request.url.params.get("rest_route") == "/wp/v2/users/me":
            return httpx.Response(200, json=ME)
        return httpx.Response(200, json=INDEX)

    with WordPressClient("https://nejat.example.org", "desk", "pw", transport=httpx.MockTransport(handle)) as client:
        report = diagnose(client)
    assert report.ok, report.message
    assert report.rest_base == "https://NEJAT.example.org:443/?rest_route="


# --- 19: plain http ------------------------------------------------------------------------------

def _recording() -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ME)

    return httpx.MockTransport(handle), seen


def test_the_password_never_goes_over_plain_http_to_another_computer_unless_allowed() -> None:
    transport, seen = _recording()
    with WordPressClient("http://nejat.example.org", "desk", "pw", transport=transport) as client:
        with pytest.raises(SiteError) as exc:  # noqa: SIM117 - the client is used after the refusal
            client.get("/wp/v2/users/me")
        assert exc.value.problem is Problem.INSECURE_HTTP and "http://nejat.example.org" in str(exc.value)
        assert client.get("/", auth=False) == ME  # a request without the password is fine
    assert [r.headers.get("Authorization") for r in seen] == [None]
    with WordPressClient("http://nejat.example.org", "desk", "pw", transport=transport,
                         allow_insecure_http=True) as client:
        client.get("/wp/v2/users/me")
    assert seen[-1].headers.get("Authorization", "").startswith("Basic ")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:8000",
                                 "https://nejat.example.org"])
def test_loopback_and_https_need_no_consent(url: str) -> None:
    transport, seen = _recording()
    with WordPressClient(url, "desk", "pw", transport=transport) as client:
        client.get("/wp/v2/users/me")
    assert seen[-1].headers.get("Authorization", "").startswith("Basic ")


def test_a_plain_http_site_is_added_only_with_consent_which_is_kept(library) -> None:
    sites = _sites(library)
    with pytest.raises(ValidationError) as exc:
        sites.add("Main", "http://nejat.example.org", "desk", ["en"])
    assert "unencrypted" in str(exc.value)
    assert sites.list() == []  # nothing stored
    site_id = sites.add("Main", "http://nejat.example.org", "desk", ["en"], allow_insecure_http=True)
    assert sites.get(site_id).allow_insecure_http
    with sites.client(site_id, password="pw") as client:
        assert client.allow_insecure_http
    other = sites.add("Other", "https://other.example.org", "desk", ["fa"])
    with pytest.raises(ValidationError):
        sites.update(other, base_url="http://other.example.org")
    assert sites.get(other).base_url == "https://other.example.org"
    sites.update(other, base_url="http://other.example.org", allow_insecure_http=True)
    assert sites.get(other).allow_insecure_http
    with pytest.raises(ValidationError):  # the consent was for that address, not for a new one
        sites.update(other, base_url="http://moved.example.org")
    sites.update(other, username="editor")  # the same address keeps it
    assert sites.get(other).allow_insecure_http


def test_site_test_keeps_the_consent(library) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/users/me"):
            return httpx.Response(200, json=ME)
        if request.url.path.startswith("/wp-json"):
            return httpx.Response(200, json=INDEX)
        return httpx.Response(200, text="<html/>")

    def factory(*args: Any, **kwargs: Any) -> WordPressClient:
        return WordPressClient(*args, transport=httpx.MockTransport(handle), **kwargs)

    sites = SiteService(library, CredentialStore(backend=null.Keyring()), client_factory=factory)
    site_id = sites.add("Main", "http://nejat.example.org", "desk", ["en"], allow_insecure_http=True)
    assert sites.test(site_id, password="pw").ok
    site = sites.get(site_id)
    assert site.allow_insecure_http and site.capabilities["rest_base"] == "http://nejat.example.org/wp-json"


# --- 20: bounded answers -------------------------------------------------------------------------

def test_an_endless_answer_is_cut_at_the_size_cap(servers) -> None:
    def endless(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.end_headers()  # no length: HTTP/1.0-style, until the connection closes
        handler.close_connection = True
        chunk = b" " * 65536
        try:
            while True:
                handler.wfile.write(chunk)
        except OSError:
            pass

    server = servers(endless)
    with WordPressClient(server.url, max_bytes=1024 * 1024) as client, pytest.raises(SiteError) as exc:
        client.get("/", auth=False)
    assert exc.value.problem is Problem.TOO_LARGE and "1 MB" in str(exc.value)


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(10**12)}, stream=httpx.ByteStream(b"[]"))

    client = WordPressClient("https://nejat.example.org", transport=httpx.MockTransport(handle))
    with client, pytest.raises(SiteError) as exc:
        client.get("/", auth=False)
    assert exc.value.problem is Problem.TOO_LARGE


@pytest.mark.parametrize("where", ["body", "headers"])
def test_a_server_trickling_bytes_is_cut_off_at_the_deadline(servers, where: str) -> None:
    stop = threading.Event()

    def trickle(handler: BaseHTTPRequestHandler) -> None:
        out = handler.wfile
        try:
            if where == "body":
                handler.send_response(200)
                handler.send_header("Content-Length", "100000")
                handler.end_headers()
                out.flush()
            else:
                out.write(b"HTTP/1.1 200 OK\r\n")
            while not stop.is_set():  # one byte every 0.2 s: each read well inside the read timeout
                out.write(b" " if where == "body" else b"X-Slow: y\r\n"[:1])
                out.flush()
                time.sleep(0.2)
        except OSError:
            pass

    server = servers(trickle)
    started = time.monotonic()
    try:
        client = WordPressClient(server.url, timeout=10, deadline=1.5)
        with client, pytest.raises(SiteError) as exc:
            client.get("/", auth=False)
    finally:
        stop.set()
    took = time.monotonic() - started
    assert exc.value.problem is Problem.TIMEOUT and "stopped waiting" in str(exc.value)
    assert took < 3.5, took


def test_a_client_still_works_after_a_deadline_cut_its_connections(servers) -> None:
    slow = threading.Event()

    def sometimes_slow(handler: BaseHTTPRequestHandler) -> None:
        if slow.is_set():
            slow.clear()
            time.sleep(2)
        with contextlib.suppress(OSError):  # the client may have given up on this one
            reply(handler, {"ok": True})

    server = servers(sometimes_slow)
    with WordPressClient(server.url, timeout=10, deadline=1) as client:
        assert client.get("/a", auth=False) == {"ok": True}
        slow.set()
        with pytest.raises(SiteError):
            client.get("/b", auth=False)
        assert client.get("/c", auth=False) == {"ok": True}


def test_a_page_count_beyond_the_cap_is_refused_before_any_item() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"id": 1}], headers={"X-WP-TotalPages": str(10**9),
                                                              "X-WP-Total": str(10**11)})

    client = WordPressClient("https://nejat.example.org", "desk", "pw", transport=httpx.MockTransport(handle))
    with client, pytest.raises(SiteError) as exc:
        list(client.paginate("/wp/v2/posts"))
    assert exc.value.problem is Problem.TOO_LARGE and str(MAX_PAGES) in str(exc.value)


def test_garbled_page_headers_count_as_one_page() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"id": 1}], headers={"X-WP-TotalPages": "many", "X-WP-Total": "-5"})

    with WordPressClient("https://nejat.example.org", "desk", "pw", transport=httpx.MockTransport(handle)) as client:
        assert list(client.paginate("/wp/v2/posts")) == [{"id": 1}]


# --- 21: a refusal that means the password was not accepted -------------------------------------

def _refusing(me_status: int) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/users/me"):
            if me_status == 401:
                return httpx.Response(401, json={"code": "rest_not_logged_in", "message": "You are not logged in."})
            return httpx.Response(200, json=ME)
        return httpx.Response(403, json={"code": "rest_cannot_edit",
                                         "message": "Sorry, you are not allowed to edit this post."})

    return httpx.MockTransport(handle)


def test_a_refusal_from_an_anonymous_session_says_the_password_was_not_accepted() -> None:
    client = WordPressClient("https://nejat.example.org", "desk", "wrong", transport=_refusing(401))
    with client, pytest.raises(SiteError) as exc:
        client.post("/wp/v2/posts/7", {"title": "x"})
    assert exc.value.problem is Problem.WRONG_CREDENTIALS
    assert "Wrong user name or Application Password" in str(exc.value) and "'desk'" in str(exc.value)
    assert "not allowed to edit" not in str(exc.value)


def test_a_refusal_of_a_signed_in_user_keeps_the_sites_reason() -> None:
    client = WordPressClient("https://nejat.example.org", "desk", "right", transport=_refusing(200))
    with client, pytest.raises(SiteError) as exc:
        client.post("/wp/v2/posts/7", {"title": "x"})
    assert exc.value.problem is Problem.MISSING_CAPABILITY and "not allowed to edit" in str(exc.value)


# --- 19: the command line ------------------------------------------------------------------------

def test_the_command_line_sends_over_plain_http_only_with_allow_insecure_http(tmp_path, capsys, monkeypatch) -> None:
    import io

    from nejat_desk.cli.main import main
    from nejat_desk.storage.library import Library

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    lib = str(tmp_path / "lib")
    Library.open(tmp_path / "lib", create=True).close()
    add = ["site", "add", "wp", "http://nejat.example.org", "--user", "desk", "--editions", "en", "--no-test",
           "--library", lib]
    assert main(add) == 1
    err = capsys.readouterr().err
    assert "--allow-insecure-http" in err and "unencrypted" in err
    assert main(["site", "list", "--library", lib]) == 0
    assert "nejat.example.org" not in capsys.readouterr().out  # nothing stored
    assert main([*add, "--allow-insecure-http"]) == 0
    assert "travels unencrypted" in capsys.readouterr().err  # said once more, as it is stored
    assert main(["site", "add", "local", "http://127.0.0.1:9", "--user", "desk", "--editions", "fa", "--no-test",
                 "--library", lib]) == 0  # this computer: no consent needed
    library = Library.open(tmp_path / "lib")
    try:
        sites = {s.name: s for s in SiteService(library, CredentialStore(backend=null.Keyring())).list()}
    finally:
        library.close()
    assert sites["wp"].allow_insecure_http and not sites["local"].allow_insecure_http
