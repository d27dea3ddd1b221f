"""The companion plugin on the test site: built from the project's sources with the release's
zip builder, unpacked into the site's wp-content/plugins (as "Upload Plugin" does), and
activated or deactivated through WordPress's own functions (the harness's php_eval)."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BUILDER = ROOT / "packaging" / "wordpress" / "build_zip.py"
PLUGIN_FILE = "nejat-desk-companion/nejat-desk-companion.php"


def _builder() -> Any:
    spec = importlib.util.spec_from_file_location("nejat_companion_build_zip", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plugin_version() -> str:
    return str(_builder().plugin_version())


def build(out_dir: Path) -> Path:
    return Path(_builder().build_zip(out_dir))


def install(harness: Any) -> None:
    """Build the zip and unpack it into the site's plugins folder (once per site)."""
    plugins = Path(harness.content_dir) / "plugins"
    if (plugins / PLUGIN_FILE).exists():
        return
    zip_path = build(Path(harness.workdir) / "companion-zip")
    with zipfile.ZipFile(zip_path) as archive:
        for name in archive.namelist():  # a zip made by the builder, checked anyway: no way out
            if name.startswith("/") or ".." in Path(name).parts:
                raise ValueError(f"unsafe path in the plugin zip: {name}")
        archive.extractall(plugins)


def set_active(harness: Any, active: bool) -> None:
    call = (f"$r = activate_plugin('{PLUGIN_FILE}'); if (is_wp_error($r)) {{ fwrite(STDERR, $r->get_error_message()); exit(1); }}"
            if active else f"deactivate_plugins('{PLUGIN_FILE}');")
    harness.php_eval("require_once ABSPATH . 'wp-admin/includes/plugin.php';\n" + call)


def is_active(harness: Any) -> bool:
    out = harness.php_eval("require_once ABSPATH . 'wp-admin/includes/plugin.php';\n"
                           f"echo is_plugin_active('{PLUGIN_FILE}') ? 'yes' : 'no';")
    return out.strip().endswith("yes")
