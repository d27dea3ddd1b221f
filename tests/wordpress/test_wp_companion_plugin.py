"""The companion plugin against the real WordPress: installed from the project's zip, it reports
its version, keeps the desk's meta exactly (RTL text and ZWNJ), holds the edit lock as the
WordPress editor does, and keeps review notes per post. Without it, none of its routes exist."""

from __future__ import annotations

import json
import zipfile

import httpx
import pytest
import wp_companion
from wp_helpers import unique

pytestmark = pytest.mark.wordpress

FARSI = "می‌خواهم «نوشته» را ببینم"  # with a ZWNJ (U+200C)


@pytest.fixture(scope="module")
def second_editor(wordpress_site) -> tuple[str, str]:
    """Another user with the Editor role and an Application Password (a colleague on another desk)."""
    login = f"editor-{unique()}"
    out = wordpress_site.php_eval(
        f"$id = wp_insert_user(array('user_login' => '{login}', 'user_pass' => wp_generate_password(24), "
        f"'role' => 'editor', 'user_email' => '{login}@example.org', 'display_name' => 'Colleague {login}'));\n"
        "list($password, $item) = WP_Application_Passwords::create_new_application_password($id, "
        "array('name' => 'tests'));\necho 'PW:' . $password;")
    return login, out.split("PW:")[-1].strip()


def _http(site, user: str, password: str) -> httpx.Client:
    return httpx.Client(base_url=site.url() + "/wp-json", auth=(user, password), timeout=30)


def _admin(site) -> httpx.Client:
    return _http(site, site.admin_user, site.admin_app_password)


def test_the_zip_holds_one_plugin_folder_with_a_gpl_header(tmp_path) -> None:
    path = wp_companion.build(tmp_path)
    assert path.name == f"nejat-desk-companion-{wp_companion.plugin_version()}.zip"
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        header = archive.read(wp_companion.PLUGIN_FILE).decode()
    assert names and all(n.startswith("nejat-desk-companion/") for n in names)
    assert "License:           GPL-2.0-or-later" in header and "Plugin Name:" in header
    assert wp_companion.build(tmp_path / "again").read_bytes() == path.read_bytes()  # reproducible


def test_without_the_plugin_its_routes_do_not_exist(wordpress_site) -> None:
    wp_companion.install(wordpress_site)
    assert not wp_companion.is_active(wordpress_site)
    with _admin(wordpress_site) as http:
        assert http.get("/nejat-desk/v1/info").status_code == 404
        assert "nejat-desk/v1" not in http.get("/").json()["namespaces"]


def test_info_reports_the_version_and_what_it_offers(companion) -> None:
    with _admin(companion) as http:
        info = http.get("/nejat-desk/v1/info").json()
        assert info["version"] == wp_companion.plugin_version()
        assert "nejat_byline" in info["post_meta"] and "nejat_texts" in info["attachment_meta"]
        assert set(info["features"]) == {"meta", "lock", "notes"}
        assert httpx.get(companion.url() + "/wp-json/nejat-desk/v1/info").status_code == 401  # signed in only


def test_meta_is_kept_exactly_and_checked(companion) -> None:
    record = json.dumps({"body_md": FARSI, "kind": "article"}, ensure_ascii=False)
    meta = {"nejat_byline": FARSI, "nejat_source_name": "خبرگزاری", "nejat_source_url": "https://e.org/خبر?a=1",
            "nejat_translation_group": "g" + unique(), "nejat_follows_revision": 3, "nejat_record": record}
    with _admin(companion) as http:
        post = http.post("/wp/v2/posts", json={"title": "Meta " + unique(), "meta": meta}).json()
        got = http.get(f"/wp/v2/posts/{post['id']}", params={"context": "edit"}).json()["meta"]
        assert {k: got[k] for k in meta} == meta
        # What cannot be right is refused, not stored half-right.
        http.post(f"/wp/v2/posts/{post['id']}", json={"meta": {"nejat_source_url": "javascript:alert(1)",
                                                               "nejat_record": "{not json"}})
        got = http.get(f"/wp/v2/posts/{post['id']}", params={"context": "edit"}).json()["meta"]
        assert got["nejat_source_url"] == "" and got["nejat_record"] == ""
    with _http(companion, companion.contributor_user, companion.contributor_app_password) as http:
        refused = http.post(f"/wp/v2/posts/{post['id']}", json={"meta": {"nejat_byline": "x"}})
        assert refused.status_code in (401, 403)


def test_the_edit_lock_is_wordpress_own(companion, second_editor) -> None:
    login, password = second_editor
    with _admin(companion) as me, _http(companion, login, password) as colleague:
        post_id = me.post("/wp/v2/posts", json={"title": "Lock " + unique()}).json()["id"]
        route = f"/nejat-desk/v1/posts/{post_id}/lock"
        assert me.get(route).json()["locked"] is False
        taken = me.post(route).json()
        assert taken["locked"] and taken["mine"] and taken["since_gmt"]
        # WordPress's own check sees the desk's lock.
        holder = companion.php_eval("require_once ABSPATH . 'wp-admin/includes/post.php';\n"
                                    f"wp_set_current_user(get_user_by('login', '{login}')->ID);\n"
                                    f"echo wp_check_post_lock({post_id});")
        assert holder.strip() == str(taken["user"]["id"])
        seen = colleague.get(route).json()
        assert seen["locked"] and not seen["mine"] and seen["user"]["name"] and seen["since_gmt"] == taken["since_gmt"]
        refused = colleague.post(route)
        assert refused.status_code == 409 and refused.json()["data"]["lock"]["user"]["id"] == taken["user"]["id"]
        assert colleague.delete(route).status_code == 409  # not theirs to release
        refreshed = me.post(route).json()
        assert refreshed["mine"] and refreshed["since_gmt"] == taken["since_gmt"]
        assert me.delete(route).json()["locked"] is False
        assert colleague.post(route).json()["mine"] is True
        took_over = me.post(route, json={"take_over": True}).json()
        assert took_over["mine"]


def test_review_notes_are_a_list_per_post(companion, second_editor) -> None:
    login, password = second_editor
    with _admin(companion) as me, _http(companion, login, password) as colleague:
        post_id = me.post("/wp/v2/posts", json={"title": "Notes " + unique(), "status": "pending"}).json()["id"]
        route = f"/nejat-desk/v1/posts/{post_id}/notes"
        first = me.post(route, json={"text": FARSI, "kind": "review"})
        assert first.status_code == 201 and first.json()["text"] == FARSI
        colleague.post(route, json={"text": "Fixed the lead; back to you.", "kind": "return"})
        notes = me.get(route).json()
        assert [n["kind"] for n in notes] == ["review", "return"] and notes[1]["author"]["name"].startswith("Colleague")
        assert me.post(route, json={"text": "   "}).status_code == 400
        assert me.post(route, json={"text": "x", "kind": "shout"}).status_code == 400
        recent = me.get("/nejat-desk/v1/notes", params={"per_page": 10}).json()
        assert recent[0]["post"] == post_id and recent[0]["kind"] == "return" and recent[0]["post_status"] == "pending"


def test_site_test_on_the_command_line_names_the_plugin_or_what_will_not_travel(companion, tmp_path, capsys,
                                                                                monkeypatch) -> None:
    import io

    from nejat_desk.cli.main import main
    from nejat_desk.services.wordpress.companion import missing_plugin_line
    from nejat_desk.storage.library import Library

    lib = str(tmp_path / "lib")
    Library.open(tmp_path / "lib", create=True).close()
    password = companion.admin_app_password + "\n"

    def run(argv: list[str]) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(password))
        return main([*argv, "--library", lib])

    assert run(["site", "add", "wp", companion.url(), "--user", companion.admin_user, "--editions", "fa,en",
                "--password-stdin"]) == 0
    capsys.readouterr()
    assert run(["site", "test", "wp", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert f"Companion plugin {wp_companion.plugin_version()} is installed" in out
    wp_companion.set_active(companion, False)
    assert run(["site", "test", "wp", "--password-stdin"]) == 0
    assert missing_plugin_line() in capsys.readouterr().out
