"""The real WordPress site for tests marked `wordpress` (started once per test session)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from wp_harness import HarnessUnavailable, WordPressHarness  # noqa: E402


@pytest.fixture(scope="session")
def wordpress_site() -> Iterator[WordPressHarness]:
    harness = WordPressHarness()
    try:
        harness.start()
    except HarnessUnavailable as exc:
        pytest.skip(str(exc))
    try:
        yield harness
    finally:
        harness.stop()


class MemoryKeyring:
    """A secure-looking keyring that keeps passwords in a dict (the keyring library's backend API)."""

    def __init__(self) -> None:
        from keyring.backend import KeyringBackend

        class _Backend(KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self) -> None:
                super().__init__()
                self.store: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                from keyring.errors import PasswordDeleteError

                if self.store.pop((service, username), None) is None:
                    raise PasswordDeleteError("not found")

        self.backend = _Backend()


@pytest.fixture
def memory_keyring() -> object:
    return MemoryKeyring().backend


@pytest.fixture
def site_env(wordpress_site, library, memory_keyring):
    """A library with the real test site added as 'Test site' serving en, fa and ar."""
    from nejat_desk.services.wordpress import watch
    from nejat_desk.services.wordpress.credentials import CredentialStore
    from nejat_desk.services.wordpress.outbox import Outbox
    from nejat_desk.services.wordpress.sites import SiteService

    credentials = CredentialStore(backend=memory_keyring)
    sites = SiteService(library, credentials, timeout=30)
    site_id = sites.add("Test site", wordpress_site.url(), wordpress_site.admin_user, ["en", "fa", "ar"],
                        password=wordpress_site.admin_app_password)
    report = sites.test(site_id)
    assert report.ok, report.message
    watch.install(library)

    class Env:
        pass

    env = Env()
    env.library, env.sites, env.site_id, env.wp = library, sites, site_id, wordpress_site
    env.outbox = Outbox(library, sites)
    env.client = lambda: sites.client(site_id)
    return env


@pytest.fixture
def companion(wordpress_site):
    """The companion plugin installed from the project's zip and active for this test; the site
    goes back to core WordPress afterwards (the state every other test expects)."""
    import wp_companion

    wp_companion.install(wordpress_site)
    wp_companion.set_active(wordpress_site, True)
    try:
        yield wordpress_site
    finally:
        wp_companion.set_active(wordpress_site, False)
