"""Two programs (the window and the command line) writing one database at the same time."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from nato_reader.core.record import Record
from nato_reader.store import Store

WRITER = """
import sys, time
from nato_reader.core.record import Record
from nato_reader.store import Store

path, name, start_at, n = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
store = Store.open(path, seed=False)
while time.time() < start_at:
    time.sleep(0.001)
for i in range(n):
    store.add_span("shared", 0, 4, "ORG", annotator=name)
    store.add_records([Record(id=f"{name}-{i}", text=f"خبر {name} رقم {i}")], analyze=False)
print("ok")
"""


def test_two_processes_write_at_once(tmp_path: Path):
    path = tmp_path / "shared.db"
    with Store.open(path, seed=False) as store:
        store.add_records([Record(id="shared", text="حلف الناتو يجتمع")], analyze=False)
    n = 25
    start_at = time.time() + 1.5  # both processes are running and have opened the file by then
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(start_at),
                               str(n)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
             for name in ("window", "cli")]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
    with Store.open(path) as store:
        assert store.count_articles() == 1 + 2 * n
        spans = store.spans("shared")
        assert len(spans) == 2 * n
        assert len({s.sid for s in spans}) == 2 * n  # no two writers got the same span id
        assert {s.annotator for s in spans} == {"window", "cli"}
        assert store.check() == []


OPENER = """
import sys, time
from nato_reader.store import Store

path, start_at = sys.argv[1], float(sys.argv[2])
while time.time() < start_at:
    time.sleep(0.001)
with Store.open(path) as store:
    print(store.count_articles())
"""


def test_two_processes_creating_one_new_database(tmp_path: Path, sample_texts: dict[str, str]):
    path = tmp_path / "fresh.db"
    start_at = time.time() + 1.5
    procs = [subprocess.Popen([sys.executable, "-c", OPENER, str(path), str(start_at)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert int(out) == len(sample_texts)
    with Store.open(path) as store:
        assert store.count_articles() == len(sample_texts)
        assert store.check() == []
