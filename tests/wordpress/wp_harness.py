"""A real WordPress on loopback for the test suite: Debian's `wordpress` package, an
unprivileged MariaDB in a temporary folder, and `php -S` with a small router.

Nothing here runs at import. `WordPressHarness.start()` installs the Debian packages only
when they are missing and the process is root (CI); `stop()` ends every process it started,
by its own process id (`php -S` workers outlive their parent, so they are stopped one by one).

Debian's wp-config.php loads `/etc/wordpress/config-<name>.php`, where <name> is the request's
host or, when set, `$_SERVER['WORDPRESS_CONFIG']`. The router sets the latter to a name unique
to this test run, so no administrator's `config-127.0.0.1.php` is ever overwritten; the files
are created exclusively and removed at teardown.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

PACKAGES = ("wordpress", "mariadb-server", "php-cli", "php-mysql")
WP_ROOT = Path("/usr/share/wordpress")
ETC_WORDPRESS = Path("/etc/wordpress")
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")

# Server modes: each is one `php -S` process over the same database.
MODE_LOCAL = "local"  # WP_ENVIRONMENT_TYPE local: Application Passwords available over http
MODE_PRODUCTION = "production"  # over plain http, so Application Passwords are unavailable
MODE_REST_DISABLED = "rest-disabled"  # the REST API routes removed, as "disable REST" plugins do

ROUTER_PHP = r"""<?php
// Router for `php -S`: every request goes through Debian's WordPress with this run's config.
$_SERVER['WORDPRESS_CONFIG'] = getenv('NEJAT_WP_CONFIG');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$content = getenv('NEJAT_WP_CONTENT');
if (strpos($path, '/wp-content/uploads/') === 0) {
    $file = $content . substr($path, strlen('/wp-content'));
    if (strpos(realpath($file) ?: '', realpath($content)) === 0 && is_file($file)) {
        header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
        header('Content-Length: ' . filesize($file));
        readfile($file);
        return true;
    }
    http_response_code(404);
    return true;
}
$root = '/usr/share/wordpress';
$file = $root . $path;
if (is_dir($file)) {
    $file = rtrim($file, '/') . '/index.php';
}
if (is_file($file) && substr($file, -4) !== '.php') {
    return false;  // static asset from the document root
}
if (!is_file($file)) {
    $file = $root . '/index.php';  // pretty permalinks and /wp-json/
    $path = '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = substr($file, strlen($root));
$_SERVER['PHP_SELF'] = $_SERVER['SCRIPT_NAME'];
chdir(dirname($file));
require $file;
"""

MU_PLUGIN_PHP = r"""<?php
// Test-site behaviour: no mail leaves the machine; one mode removes the REST API.
if (!function_exists('wp_mail')) {
    function wp_mail($to, $subject, $message, $headers = '', $attachments = array()) { return true; }
}
if (defined('NEJAT_TEST_MODE') && NEJAT_TEST_MODE === 'rest-disabled') {
    remove_action('init', 'rest_api_init');
    remove_action('parse_request', 'rest_api_loaded');
    remove_action('template_redirect', 'rest_output_link_header', 11);
    remove_action('wp_head', 'rest_output_link_wp_head', 10);
}
"""

CONFIG_PHP = """<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '{url}');
define('WP_SITEURL', '{url}');
define('WP_CONTENT_DIR', '{content}');
define('WP_CONTENT_URL', '{url}/wp-content');
define('WP_ENVIRONMENT_TYPE', '{environment}');
define('NEJAT_TEST_MODE', '{mode}');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '{debug_log}');
{salts}
$table_prefix = 'wp_';
"""

INSTALL_PHP = r"""<?php
// Installs WordPress and creates the users and Application Passwords the tests use.
define('WP_INSTALLING', true);
$_SERVER['WORDPRESS_CONFIG'] = getenv('NEJAT_WP_CONFIG');
$_SERVER['HTTP_HOST'] = getenv('NEJAT_WP_HOST');
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$sock = getenv('NEJAT_WP_SOCKET');
$db = new mysqli('localhost', 'root', '', '', 0, $sock);
$db->query('CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
$db->close();
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$admin_password = getenv('NEJAT_WP_ADMIN_PASSWORD');
$result = wp_install('Nejat Test Site', 'editor-admin', 'admin@example.org', false, '', $admin_password);
update_option('timezone_string', 'Asia/Baghdad');
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%day%/%postname%/');
flush_rewrite_rules(false);
$contributor = wp_insert_user(array(
    'user_login' => 'contributor', 'user_pass' => wp_generate_password(24), 'role' => 'contributor',
    'user_email' => 'contributor@example.org',
));
$out = array('admin_id' => $result['user_id'], 'contributor_id' => $contributor);
foreach (array('admin' => $result['user_id'], 'contributor' => $contributor) as $key => $uid) {
    list($password, $item) = WP_Application_Passwords::create_new_application_password(
        $uid, array('name' => 'nejat-desk-tests'));
    $out[$key . '_app_password'] = $password;
}
echo "NEJAT-JSON:" . json_encode($out) . "\n";
"""


class HarnessUnavailable(Exception):
    """The site cannot be started here (the message says why); tests skip with it."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def packages_missing() -> list[str]:
    missing = []
    for name in PACKAGES:
        proc = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
        if proc.returncode != 0 or "install ok installed" not in proc.stdout:
            missing.append(name)
    return missing


def install_packages(missing: list[str]) -> None:
    """apt-get install with service start-up blocked (the package pulls in apache2)."""
    created_policy = False
    if not POLICY_RC_D.exists():
        POLICY_RC_D.write_text("#!/bin/sh\n# Nejat Desk tests: no service starts while installing.\nexit 101\n")
        POLICY_RC_D.chmod(0o755)
        created_policy = True
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            subprocess.run(["apt-get", "update"], capture_output=True, text=True, env=env)
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            raise HarnessUnavailable(f"apt-get install {' '.join(missing)} failed: {proc.stderr[-2000:]}")
    finally:
        if created_policy:
            POLICY_RC_D.unlink(missing_ok=True)


def remove_stale_configs() -> None:
    """Configs left by a test run that was killed (its process id is gone) are removed."""
    for path in ETC_WORDPRESS.glob("config-nejat-desk-test-*.php"):
        parts = path.stem.split("-")
        pid = parts[4] if len(parts) > 4 else ""
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            path.unlink(missing_ok=True)


@dataclass
class ServerProcess:
    mode: str
    port: int
    config_name: str
    config_path: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class WordPressHarness:
    """One WordPress database served in several modes. Attributes filled by start()."""

    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="nejat-wp-")))
    servers: dict[str, ServerProcess] = field(default_factory=dict)
    admin_user: str = "editor-admin"
    admin_app_password: str = ""
    contributor_user: str = "contributor"
    contributor_app_password: str = ""
    started_seconds: float = 0.0
    _mariadb: subprocess.Popen[bytes] | None = None
    _config_files: list[Path] = field(default_factory=list)

    # --- paths ----------------------------------------------------------------------------

    @property
    def socket_path(self) -> Path:
        return self.workdir / "run" / "mariadb.sock"

    @property
    def content_dir(self) -> Path:
        return self.workdir / "wp-content"

    @property
    def debug_log(self) -> Path:
        return self.workdir / "wp-debug.log"

    def url(self, mode: str = MODE_LOCAL) -> str:
        return self.servers[mode].url

    # --- life cycle ------------------------------------------------------------------------

    def start(self) -> WordPressHarness:
        began = time.monotonic()
        missing = packages_missing()
        if missing:
            if os.geteuid() != 0:
                raise HarnessUnavailable(
                    f"the real WordPress tests need the Debian packages {', '.join(missing)} "
                    "(see scripts/apt-test.txt); not root, so they cannot be installed here")
            install_packages(missing)
        if not os.access(ETC_WORDPRESS, os.W_OK):
            raise HarnessUnavailable(f"{ETC_WORDPRESS} is not writable (the tests write a site config there)")
        remove_stale_configs()
        try:
            self.workdir.chmod(0o755)  # mariadbd runs as mysql and must reach its folders
            self._start_mariadb()
            self._write_site_files()
            for mode in (MODE_LOCAL, MODE_PRODUCTION, MODE_REST_DISABLED):
                self._add_config(mode)
            self._install_wordpress()
            for server in self.servers.values():
                self._start_php(server)
            for server in self.servers.values():
                self._wait_ready(server)
        except BaseException:
            self.stop()
            raise
        self.started_seconds = time.monotonic() - began
        return self

    def stop(self) -> None:
        for server in self.servers.values():
            if server.process is not None:
                _stop_tree(server.process)
                server.process = None
        if self._mariadb is not None:
            self._mariadb.terminate()
            try:
                self._mariadb.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._mariadb.kill()
                self._mariadb.wait(timeout=5)
            self._mariadb = None
        for path in self._config_files:
            path.unlink(missing_ok=True)
        self._config_files.clear()
        shutil.rmtree(self.workdir, ignore_errors=True)

    # --- MariaDB -------------------------------------------------------------------------

    def _start_mariadb(self) -> None:
        data = self.workdir / "db"
        run = self.workdir / "run"
        data.mkdir()
        run.mkdir()
        user_args: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(data, "mysql", "mysql")
            shutil.chown(run, "mysql", "mysql")
            user_args = ["--user=mysql"]
        proc = subprocess.run(
            ["mariadb-install-db", "--no-defaults", *user_args, f"--datadir={data}",
             "--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve"],
            capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"mariadb-install-db failed: {proc.stdout[-1500:]} {proc.stderr[-1500:]}")
        self._mariadb = subprocess.Popen(
            ["mariadbd", "--no-defaults", *user_args, f"--datadir={data}", f"--socket={self.socket_path}",
             "--skip-networking", f"--pid-file={run / 'mariadb.pid'}", f"--log-error={run / 'mariadb.err'}",
             "--innodb-buffer-pool-size=32M", "--skip-log-bin", "--character-set-server=utf8mb4",
             "--collation-server=utf8mb4_unicode_ci"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self._mariadb.poll() is not None:
                log = (run / "mariadb.err").read_text(errors="replace") if (run / "mariadb.err").exists() else ""
                raise RuntimeError(f"mariadbd exited with {self._mariadb.returncode}: {log[-2000:]}")
            if self.socket_path.exists():
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                    try:
                        s.connect(str(self.socket_path))
                        return
                    except OSError:
                        pass
            time.sleep(0.05)
        raise RuntimeError("mariadbd did not open its socket within 30 s")

    # --- WordPress -------------------------------------------------------------------------

    def _write_site_files(self) -> None:
        for sub in ("uploads", "plugins", "themes", "mu-plugins", "languages"):
            (self.content_dir / sub).mkdir(parents=True)
        (self.content_dir / "mu-plugins" / "nejat-test-site.php").write_text(MU_PLUGIN_PHP)
        (self.workdir / "router.php").write_text(ROUTER_PHP)
        (self.workdir / "install.php").write_text(INSTALL_PHP)

    def _add_config(self, mode: str) -> None:
        port = free_port()
        name = f"nejat-desk-test-{os.getpid()}-{port}-{mode}"
        path = ETC_WORDPRESS / f"config-{name}.php"
        salts = "\n".join(f"define('{key}', '{secrets.token_hex(32)}');" for key in (
            "AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
            "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"))
        text = CONFIG_PHP.format(
            socket=self.socket_path, url=f"http://127.0.0.1:{port}", content=self.content_dir,
            environment="production" if mode == MODE_PRODUCTION else "local", mode=mode,
            debug_log=self.debug_log, salts=salts)
        # Exclusive create: never overwrite a config someone else wrote.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        self._config_files.append(path)
        with os.fdopen(fd, "w") as handle:
            handle.write(text)
        self.servers[mode] = ServerProcess(mode=mode, port=port, config_name=name, config_path=path)

    def _php_env(self, server: ServerProcess) -> dict[str, str]:
        return dict(os.environ, NEJAT_WP_CONFIG=server.config_name, NEJAT_WP_CONTENT=str(self.content_dir),
                    NEJAT_WP_HOST=f"127.0.0.1:{server.port}", NEJAT_WP_SOCKET=str(self.socket_path))

    def _install_wordpress(self) -> None:
        server = self.servers[MODE_LOCAL]
        env = self._php_env(server)
        env["NEJAT_WP_ADMIN_PASSWORD"] = secrets.token_urlsafe(18)
        proc = subprocess.run(["php", "-d", "display_errors=stderr", str(self.workdir / "install.php")],
                              capture_output=True, text=True, env=env, timeout=120)
        line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("NEJAT-JSON:")), None)
        if proc.returncode != 0 or line is None:
            raise RuntimeError(f"WordPress install failed ({proc.returncode}): {proc.stdout[-2000:]} "
                               f"{proc.stderr[-2000:]}")
        data = json.loads(line[len("NEJAT-JSON:"):])
        self.admin_app_password = data["admin_app_password"]
        self.contributor_app_password = data["contributor_app_password"]

    def _start_php(self, server: ServerProcess) -> None:
        env = self._php_env(server)
        env["PHP_CLI_SERVER_WORKERS"] = "2"
        log = open(self.workdir / f"php-{server.mode}.log", "wb")  # noqa: SIM115 - owned by the process
        server.process = subprocess.Popen(
            ["php", "-d", "upload_max_filesize=64M", "-d", "post_max_size=64M", "-d", "memory_limit=256M",
             "-d", "display_errors=0", "-d", "log_errors=1", "-d", f"error_log={self.workdir / 'php-errors.log'}",
             "-S", f"127.0.0.1:{server.port}", "-t", str(WP_ROOT), str(self.workdir / "router.php")],
            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.workdir)
        log.close()

    def _wait_ready(self, server: ServerProcess) -> None:
        deadline = time.monotonic() + 30
        assert server.process is not None
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(f"php -S for {server.mode} exited with {server.process.returncode}")
            try:
                response = httpx.get(f"{server.url}/wp-login.php", timeout=5)
                if response.status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"php -S for {server.mode} did not answer within 30 s")

    # --- helpers for tests -------------------------------------------------------------------

    def php_eval(self, code: str) -> str:
        """Run PHP with WordPress loaded (as the site would), for setting up what the REST API cannot."""
        server = self.servers[MODE_LOCAL]
        script = self.workdir / f"eval-{secrets.token_hex(4)}.php"
        script.write_text(
            "<?php\n$_SERVER['WORDPRESS_CONFIG'] = getenv('NEJAT_WP_CONFIG');\n"
            "$_SERVER['HTTP_HOST'] = getenv('NEJAT_WP_HOST');\n$_SERVER['REQUEST_URI'] = '/';\n"
            "require_once '/usr/share/wordpress/wp-load.php';\n" + code + "\n")
        try:
            proc = subprocess.run(["php", "-d", "display_errors=stderr", str(script)], capture_output=True,
                                  text=True, env=self._php_env(server), timeout=60)
        finally:
            script.unlink(missing_ok=True)
        if proc.returncode != 0:
            raise RuntimeError(f"php failed: {proc.stdout[-1000:]} {proc.stderr[-1000:]}")
        return proc.stdout


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text()
            found.extend(int(p) for p in text.split())
    except OSError:
        pass
    return found


def _stop_tree(process: subprocess.Popen[bytes]) -> None:
    """Stop `php -S` and each worker it forked, by their own process ids."""
    workers = _children(process.pid)
    for pid in [*workers, process.pid]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)
    deadline = time.monotonic() + 10
    for pid in workers:
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    """Running (not gone, not a zombie waiting for its new parent to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return not stat.rsplit(") ", 1)[-1].startswith("Z")
