"""The library lock never has two owners: several processes take and release it as fast as they
can, and each notices when it finds another inside (a marker file created with O_EXCL)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

WORKER = """
import os, sys, time
from pathlib import Path
from nejat_desk.core.errors import LibraryLockedError
from nejat_desk.storage.lock import LibraryLock

folder, start, seconds, target = Path(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
marker = folder / "inside"
acquired = overlaps = 0
while time.time() < start:
    time.sleep(0.001)
while time.time() < start + seconds and acquired < target:
    lock = LibraryLock(folder / "library.lock")
    try:
        lock.acquire()
    except LibraryLockedError:
        continue
    acquired += 1
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        overlaps += 1  # another process believes it owns the lock too
        lock.release()
        continue
    os.close(fd)
    os.sched_yield()  # let a rival run while we are inside
    os.unlink(marker)
    lock.release()
print(acquired, overlaps, flush=True)
"""

PROCESSES = 4
TARGET = 150  # acquisitions per worker (each fsyncs the lock file: a few ms apiece)
SECONDS = 30.0  # at most, on a loaded machine


def test_many_processes_never_own_the_lock_together(tmp_path: Path) -> None:
    start = time.time() + 2.0  # every worker has imported by then
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(tmp_path), str(start), str(SECONDS),
                                 str(TARGET)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(PROCESSES)]
    results = []
    for worker in workers:
        out, errors = worker.communicate(timeout=120)
        assert worker.returncode == 0, errors
        results.append(tuple(int(n) for n in out.split()))
    acquired = sum(r[0] for r in results)
    overlaps = sum(r[1] for r in results)
    assert overlaps == 0, f"{overlaps} overlaps in {acquired} acquisitions"
    # The test means something only if the lock changed hands often, between every worker.
    assert acquired >= 2 * TARGET and all(r[0] > 0 for r in results), results
    assert not (tmp_path / "library.lock").exists()  # the last owner removed it
