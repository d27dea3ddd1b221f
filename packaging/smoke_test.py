#!/usr/bin/env python3
"""Smoke test of the Linux bundle: build it, then run it as a new user would, offscreen.

1. builds the bundle (packaging/build-linux.sh, translations check skipped: this tests the
   packaging, not the translators' progress), unless --no-build;
2. checks the bundle holds what the app loads at run time (forms, icons, migrations, our
   compiled translations, Qt's own for Farsi and Arabic) and none of the Qt modules left out;
3. `nejat-desk --version` prints the version from nejat_desk/version.py;
4. `init`, `import-media` of a JPEG (Pillow: metadata, thumbnail, perceptual hash)
   and `check` on a fresh library;
5. the window, offscreen, on a fresh library folder, in English and then in Farsi (a
   right-to-left interface): each run must paint its first frame and exit 0
   (NEJAT_DESK_EXIT_AFTER_FIRST_PAINT=1).

Every run gets its own XDG folders, so nothing of the developer's preferences or data is
used or touched. Prints the time of each step. Exit 0 when all pass.

Usage: .venv/bin/python packaging/smoke_test.py [--no-build] [--build-dir DIR]
(--build-dir: build in DIR instead of build/, so that runs side by side do not share folders.)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "build" / "dist" / "nejat-desk"
GUI_TIMEOUT = 120  # seconds; a first paint takes 1-10 s

# Paths inside the bundle's _internal folder that the app loads at run time.
REQUIRED = (
    "nejat_desk/ui/preferences.ui",
    "nejat_desk/resources/icons/nejat-desk.png",
    "nejat_desk/resources/translations/nejat_desk_fa.qm",
    "nejat_desk/resources/translations/nejat_desk_ar.qm",
    "nejat_desk/resources/translations/nejat_desk_sq.qm",
    "nejat_desk/storage/migrations/env.py",
    "nejat_desk/storage/migrations/versions/0001_initial.py",
    "PySide6/Qt/translations/qtbase_fa.qm",
    "PySide6/Qt/translations/qtbase_ar.qm",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
)
# Qt libraries that must not be in the bundle (the app uses none of them).
FORBIDDEN = ("libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6WebEngine", "libQt6Designer", "libQt6Sql",
             "libQt6Network", "libQt6EglFS", "libqvnc", "libqeglfs", "numpy", "scipy")


class SmokeFailure(Exception):
    pass


def step(name: str):  # type: ignore[no-untyped-def]
    class _Step:
        def __enter__(self) -> None:
            self.start = time.monotonic()
            print(f"smoke: {name} ...", flush=True)

        def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
            outcome = "FAILED" if exc_type else "ok"
            print(f"smoke: {name}: {outcome} in {time.monotonic() - self.start:.1f} s", flush=True)

    return _Step()


def sandbox_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEJAT_DESK_", "XDG_", "QT_"))}
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(folder)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise SmokeFailure(f"{' '.join(cmd[1:]) or cmd[0]} exited {result.returncode}\n"
                           f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def app_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "nejat_desk" / "version.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def check_contents(bundle: Path) -> None:
    internal = bundle / "_internal"
    missing = [p for p in REQUIRED if not (internal / p).exists()]
    if missing:
        raise SmokeFailure("missing from the bundle: " + ", ".join(missing))
    extra = sorted(p.name for p in internal.rglob("*") if p.name.startswith(FORBIDDEN))
    if extra:
        raise SmokeFailure("modules the app does not use are in the bundle: " + ", ".join(extra))
    for path in ("share/applications/org.nejat.NejatDesk.desktop", "share/metainfo/org.nejat.NejatDesk.metainfo.xml",
                 "share/icons/hicolor/256x256/apps/org.nejat.NejatDesk.png", "install.sh"):
        if not (bundle / path).exists():
            raise SmokeFailure(f"missing from the bundle: {path}")


def start_window(exe: Path, home: Path, library: Path, language: str | None) -> float:
    if language:
        conf = home / "config" / "Nejat" / "NejatDesk.conf"
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text(f"[appearance]\nlanguage={language}\n", encoding="utf-8")
    env = sandbox_env(home, NEJAT_DESK_EXIT_AFTER_FIRST_PAINT="1")
    started = time.time()
    result = run([str(exe), "--library", str(library)], env, timeout=GUI_TIMEOUT)
    painted = [line for line in result.stdout.splitlines() if line.startswith("first-paint ")]
    if not painted:
        raise SmokeFailure(f"the window never painted\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    if not (library / "library.sqlite3").exists():
        raise SmokeFailure("the window started without creating the library")
    return float(painted[0].split()[1]) - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Linux bundle and start it offscreen.")
    parser.add_argument("--no-build", action="store_true", help="test the bundle already built")
    parser.add_argument("--build-dir", type=Path, default=None,
                        help="build in this folder instead of build/ (the bundle: DIR/dist/nejat-desk)")
    parser.add_argument("--bundle", type=Path, default=None, help="the bundle to test (with --no-build)")
    args = parser.parse_args(argv)
    if args.bundle is None:
        args.bundle = args.build_dir / "dist" / "nejat-desk" if args.build_dir else DEFAULT_BUNDLE
    env = dict(os.environ)
    if args.build_dir:
        env["NEJAT_DESK_BUILD_DIR"] = str(args.build_dir.resolve())
    total = time.monotonic()
    try:
        if not args.no_build:
            with step("build (packaging/build-linux.sh)"):
                build = subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh"),
                                        "--skip-translation-check", "--no-tarball"], cwd=ROOT, env=env)
                if build.returncode != 0:
                    raise SmokeFailure(f"the build failed (exit {build.returncode})")
        exe = args.bundle / "nejat-desk"
        if not exe.exists():
            raise SmokeFailure(f"no bundle at {args.bundle}: build it first")
        with step("bundle contents"):
            check_contents(args.bundle)
        with tempfile.TemporaryDirectory(prefix="nejat-smoke-") as scratch:
            home = Path(scratch)
            env = sandbox_env(home)
            with step("--version"):
                out = run([str(exe), "--version"], env).stdout.strip()
                if out != f"Nejat Desk {app_version()}":
                    raise SmokeFailure(f"--version printed {out!r}")
            with step("init, import-media, check"):
                library = home / "cli-library"
                run([str(exe), "--library", str(library), "init"], env)
                picture = home / "picture.jpg"
                from PIL import Image

                Image.radial_gradient("L").convert("RGB").save(picture)
                out = run([str(exe), "--library", str(library), "import-media", str(picture)], env).stdout
                if "1 imported" not in out:
                    raise SmokeFailure(f"import-media did not import the picture:\n{out}")
                run([str(exe), "--library", str(library), "check"], env)
            for language in (None, "fa"):
                label = f"window in {language or 'the system language'}"
                with step(label):
                    seconds = start_window(exe, home / (language or "en"), home / f"gui-library-{language}",
                                           language)
                    print(f"smoke: {label}: first paint {seconds:.2f} s after start", flush=True)
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke: bundle OK ({args.bundle}), {time.monotonic() - total:.0f} s in all", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
