"""'Test connection' against the real WordPress: each problem gets its own clear diagnosis."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wp_harness import MODE_PRODUCTION, MODE_REST_DISABLED, free_port

from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.errors import Problem
from nejat_desk.services.wordpress.sites import SiteService, diagnose

pytestmark = pytest.mark.wordpress


class _PlainPage(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = b"<html><body><h1>Just a static page</h1></body></html>"
        self.send_response(200 if self.path == "/" else 404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def plain_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PlainPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _diagnose(url: str, user: str = "", password: str = "") -> object:
    with WordPressClient(url, user, password, timeout=10) as client:
        return diagnose(client)


def test_good_site_connects_and_records_what_it_found(wordpress_site, library) -> None:
    sites = SiteService(library, CredentialStore())
    site_id = sites.add("Test site", wordpress_site.url(), wordpress_site.admin_user, ["en", "fa"])
    report = sites.test(site_id, password=wordpress_site.admin_app_password)
    assert report.ok, report.message
    assert report.wordpress_user == wordpress_site.admin_user
    assert "Nejat Test Site" in report.message
    assert sites.get(site_id).capabilities["rest_base"] == wordpress_site.url() + "/wp-json"
    assert wordpress_site.admin_app_password not in str(sites.get(site_id).capabilities)


def test_unreachable(wordpress_site) -> None:
    report = _diagnose(f"http://127.0.0.1:{free_port()}", "x", "y")
    assert not report.ok and report.problem is Problem.UNREACHABLE
    assert "connection refused" in report.message


def test_not_wordpress(plain_server) -> None:
    report = _diagnose(plain_server, "x", "y")
    assert not report.ok and report.problem is Problem.NOT_WORDPRESS
    assert "not a WordPress site" in report.message


def test_rest_api_disabled(wordpress_site) -> None:
    report = _diagnose(wordpress_site.url(MODE_REST_DISABLED), wordpress_site.admin_user,
                       wordpress_site.admin_app_password)
    assert not report.ok and report.problem is Problem.REST_DISABLED, report.message
    assert "REST API is turned off" in report.message


def test_application_passwords_unavailable(wordpress_site) -> None:
    # Same site, environment 'production', over plain http: WordPress withholds Application Passwords.
    report = _diagnose(wordpress_site.url(MODE_PRODUCTION), wordpress_site.admin_user,
                       wordpress_site.admin_app_password)
    assert not report.ok and report.problem is Problem.APP_PASSWORDS_UNAVAILABLE, report.message
    assert "Application Passwords are not available" in report.message
    assert "HTTPS" in report.message


def test_wrong_password(wordpress_site) -> None:
    report = _diagnose(wordpress_site.url(), wordpress_site.admin_user, "abcd efgh ijkl mnop qrst uvwx")
    assert not report.ok and report.problem is Problem.WRONG_CREDENTIALS, report.message
    assert "Wrong user name or Application Password" in report.message
    assert "abcd efgh" not in report.message


def test_unknown_user(wordpress_site) -> None:
    report = _diagnose(wordpress_site.url(), "nobody-here", wordpress_site.admin_app_password)
    assert not report.ok and report.problem is Problem.WRONG_CREDENTIALS, report.message


def test_missing_capability(wordpress_site) -> None:
    report = _diagnose(wordpress_site.url(), wordpress_site.contributor_user, wordpress_site.contributor_app_password)
    assert not report.ok and report.problem is Problem.MISSING_CAPABILITY, report.message
    assert "publish_posts" in report.message and "upload_files" in report.message
    assert "contributor" in report.message
