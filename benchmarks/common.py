"""Shared pieces of the benchmarks: the Result type and its printer, the run context, and the
synthetic library (50,000 articles of about 600 words, a fifth Arabic or Farsi, and 10,000
media records), built once with bulk inserts and cached under benchmarks/out/.

Benchmarks are not tests: they are run by hand with `.venv/bin/python -m benchmarks.run`.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
BUILDER_VERSION = 1  # bump when the generator below changes: cached libraries are rebuilt


# --- results ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    target: float | None = None
    better: str = "lower"  # "lower" or "higher"
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.value != self.value:
            return None
        return self.value <= self.target if self.better == "lower" else self.value >= self.target

    def line(self) -> str:
        value = _fmt(self.value)
        if self.target is None:
            target, verdict = "", ""
        else:
            target = f"{'≤' if self.better == 'lower' else '≥'} {_fmt(self.target)} {self.unit}"
            verdict = {True: "PASS", False: "MISS", None: "n/a"}[self.passed]
        note = f"  ({self.note})" if self.note else ""
        return f"{self.name:<52} {value:>10} {self.unit:<4} {target:<14} {verdict:<4}{note}"


def _fmt(value: float) -> str:
    if value != value:  # NaN: the figure could not be measured
        return "n/a"
    if value == int(value) and abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"


def print_results(results: Iterable[Result], title: str = "", stream=None) -> None:  # type: ignore[no-untyped-def]
    stream = stream or sys.stdout
    if title:
        print(f"\n== {title}", file=stream)
    print(f"{'figure':<52} {'value':>10} {'unit':<4} {'target':<14} verdict", file=stream)
    for result in results:
        print(result.line(), file=stream)
    stream.flush()


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


# --- the run context ----------------------------------------------------------------------------

@dataclass
class Context:
    """What every benchmark's run(ctx) receives."""

    articles: int = 50_000
    words: int = 600
    media: int = 10_000
    runs: int = 5  # repetitions for medians
    rebuild: bool = False
    seed: int = 20261126
    out: Path = OUT
    _library: Path | None = field(default=None, repr=False)

    def library(self) -> Path:
        """The cached synthetic library (built on first use)."""
        if self._library is None:
            self._library = synthetic_library(self.articles, self.words, self.media, seed=self.seed,
                                              rebuild=self.rebuild, out=self.out)
        return self._library

    def scratch(self, name: str) -> Path:
        path = self.out / "scratch" / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        return path


# --- the synthetic library ----------------------------------------------------------------------

# Small built-in word lists (written here, never downloaded). Rarer words are made by joining
# syllables of the same script, so the search index sees a long-tailed vocabulary.
def _w(text: str) -> list[str]:
    return text.split()


WORDS = {
    "en": _w("the of and to in a is that for on with as by was said at from his her it were are which this "
           "has have had not but after before over under city river market school hospital minister "
           "government election council court report police water bridge road harbour festival book "
           "museum garden train station budget farmers teachers students workers families price week "
           "year month morning evening north south east west new old first last small large local "
           "national public private plan project contract delay dispute agreement meeting decision "
           "said told added according officials residents visitors"),
    "sq": _w("e të në dhe një për është me nga që u se do ka si por ishte janë qyteti lumi tregu shkolla "
           "spitali ministri qeveria zgjedhjet këshilli gjykata raporti policia uji ura rruga porti "
           "festivali libri muzeu kopshti treni stacioni buxheti fermerët mësuesit studentët punëtorët "
           "familjet çmimi java viti muaji mëngjes mbrëmje veri jug lindje perëndim i ri i vjetër "
           "plani projekti kontrata vonesa marrëveshja takimi vendimi tha shtoi sipas zyrtarët banorët"),
    "ar": _w("في من على إلى أن عن مع هذا التي الذي كان قال بين بعد قبل المدينة النهر السوق المدرسة "
           "المستشفى الوزير الحكومة الانتخابات المجلس المحكمة التقرير الشرطة المياه الجسر الطريق "
           "الميناء المهرجان الكتاب المتحف الحديقة القطار المحطة الميزانية المزارعون المعلمون الطلاب "
           "العمال الأسر السعر الأسبوع العام الشهر صباح مساء شمال جنوب شرق غرب جديد قديم الخطة "
           "المشروع العقد التأخير الخلاف الاتفاق الاجتماع القرار وأضاف وفقا المسؤولون السكان"),
    "fa": _w("و در به از که این را با است برای آن یک می‌شود کرد شده خود تا بود شهر رودخانه بازار "
           "مدرسه بیمارستان وزیر دولت انتخابات شورا دادگاه گزارش پلیس آب پل جاده بندر جشنواره "
           "کتاب موزه باغ قطار ایستگاه بودجه کشاورزان معلمان دانشجویان کارگران خانواده‌ها قیمت "
           "هفته سال ماه صبح عصر شمال جنوب شرق غرب تازه کهنه برنامه پروژه قرارداد تأخیر اختلاف "
           "توافق نشست تصمیم گفت افزود به‌گفتهٔ مقام‌ها ساکنان"),
}
SYLLABLES = {
    "en": _w("ba ter lo min ka rel so vant du pre hal mon ric ta ven gor li sa dom ful"),
    "sq": _w("ba të ri ka shë ni lo mir ço dre gji ku ra zo vë llë ta fe"),
    "ar": _w("با تي لو من كا ري سو دو حا مو رق تا ون غو لي سا دم فل"),
    "fa": _w("با تر لو مین کا رل سو دو پی هال مون ریک تا ون گور لی سا دوم"),
}
DIGITS = {"ar": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"), "fa": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")}
# 50% English, 30% Albanian, 10% Arabic, 10% Farsi: a fifth right-to-left.
EDITION_CYCLE = ("en", "sq", "en", "ar", "en", "sq", "en", "fa", "en", "sq")
STATUSES = ("published",) * 6 + ("draft", "in_review", "ready", "scheduled", "archived")


class _Vocabulary:
    def __init__(self, rng: random.Random, edition: str, rare: int) -> None:
        import numpy

        common = WORDS[edition]
        syllables = SYLLABLES[edition]
        made = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(rare)}
        self.words = list(common) + sorted(made - set(common))
        # Zipf-like: the common words carry most of the text, the made-up tail the rest.
        weights = numpy.array([1.0 / (rank + 1) for rank in range(len(self.words))])
        self.p = weights / weights.sum()
        self.np_rng = numpy.random.default_rng(rng.randrange(2**32))

    def pick(self, rng: random.Random, k: int) -> list[str]:
        words = self.words
        return [words[i] for i in self.np_rng.choice(len(words), size=k, p=self.p)]


def _article(rng: random.Random, vocab: _Vocabulary, edition: str, words: int) -> tuple[str, str, str]:
    picked = vocab.pick(rng, words + 30)
    title = " ".join(picked[:7])
    title = title[:1].upper() + title[1:]
    excerpt = " ".join(picked[7:30])
    body_words = picked[30:]
    paragraphs = []
    at = 0
    while at < len(body_words):
        size = rng.randint(50, 110)
        chunk = body_words[at:at + size]
        at += size
        if rng.random() < 0.15:
            paragraphs.append("## " + " ".join(chunk[:4]))
        text = " ".join(chunk)
        paragraphs.append(text[:1].upper() + text[1:] + ".")
    number = str(rng.randint(2, 2026))
    paragraphs.append(number.translate(DIGITS[edition]) if edition in DIGITS else number)
    return title, "\n\n".join(paragraphs), excerpt


def _tiny_png(rng: random.Random, index: int) -> bytes:
    """A small, valid and unique PNG (a coloured block with the index drawn in pixels)."""
    import io

    from PIL import Image

    image = Image.new("RGB", (48, 32), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    for bit in range(20):
        if index >> bit & 1:
            image.putpixel((bit % 10 * 4 + 2, bit // 10 * 4 + 2), (255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def library_key(articles: int, words: int, media: int, seed: int) -> str:
    from nejat_desk.storage.schema_version import HEAD_REVISION

    return f"library-a{articles}-w{words}-m{media}-s{seed}-schema{HEAD_REVISION}-v{BUILDER_VERSION}"


def synthetic_library(articles: int = 50_000, words: int = 600, media: int = 10_000, *, seed: int = 20261126,
                      rebuild: bool = False, out: Path = OUT) -> Path:
    """The path of a cached synthetic library with these parameters; builds it when missing."""
    import fcntl

    path = out / library_key(articles, words, media, seed)
    done = path / ".built"
    if done.exists() and not rebuild:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # Two benchmark runs at once (shared machines) must not build into the same folder: the second waits.
    with open(path.parent / f"{path.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if done.exists() and not rebuild:
            return path
        shutil.rmtree(path, ignore_errors=True)
        started = time.perf_counter()
        print(f"building {path.name} (once; cached) ...", file=sys.stderr, flush=True)
        build_library(path, articles=articles, words=words, media=media, seed=seed)
        done.write_text(f"built in {time.perf_counter() - started:.0f} s\n")
        print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def build_library(path: Path, *, articles: int, words: int, media: int, seed: int) -> None:
    """Bulk-insert with SQLAlchemy Core (column defaults fill whatever a later migration adds);
    the search index is written by the app's own indexing function."""
    import hashlib

    from sqlalchemy import insert

    from nejat_desk.core.slugs import slugify
    from nejat_desk.services.search_index import index_article
    from nejat_desk.storage.library import Library
    from nejat_desk.storage.models import Article, ArticleTag, Category, MediaItem, MediaText, Tag

    rng = random.Random(seed)
    library = Library.open(path, create=True)
    try:
        vocab = {code: _Vocabulary(rng, code, 6000) for code in WORDS}
        base = datetime(2024, 1, 1, tzinfo=UTC)
        with library.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            categories: dict[str, list[int]] = {}
            tags: dict[str, list[int]] = {}
            for code in WORDS:
                parents = []
                for name in vocab[code].words[20:26]:
                    cid = conn.execute(insert(Category.__table__).values(
                        edition_code=code, name=name, slug=slugify(name))).inserted_primary_key[0]
                    parents.append(cid)
                children = []
                for i, name in enumerate(vocab[code].words[26:44]):
                    cid = conn.execute(insert(Category.__table__).values(
                        edition_code=code, name=name, slug=slugify(name) + f"-{i}",
                        parent_id=parents[i % len(parents)])).inserted_primary_key[0]
                    children.append(cid)
                categories[code] = parents + children
                tag_ids = []
                for i, name in enumerate(vocab[code].words[60:140]):
                    tag_ids.append(conn.execute(insert(Tag.__table__).values(
                        edition_code=code, name=name, slug=f"{slugify(name)}-{i}")).inserted_primary_key[0])
                tags[code] = tag_ids

            raw = conn.connection.dbapi_connection  # the same transaction, for the index
            batch: list[dict[str, object]] = []
            texts: list[tuple[str, str, str]] = []
            next_id = 1
            for number in range(articles):
                edition = EDITION_CYCLE[number % len(EDITION_CYCLE)]
                title, body, excerpt = _article(rng, vocab[edition], edition, words)
                status = rng.choice(STATUSES)
                updated = base + timedelta(minutes=number * 30 + rng.randint(0, 29))
                row: dict[str, object] = {
                    "id": next_id, "edition_code": edition, "title": title, "slug": f"article-{number}",
                    "body_md": body, "body_html": "", "excerpt": excerpt,
                    "category_id": rng.choice(categories[edition]),
                    "byline": rng.choice(("Nejat staff", "Arta Krasniqi", "لیلا صمدی", "كريم الهاشمي")),
                    "status": status, "created_at": updated - timedelta(days=1), "updated_at": updated,
                    "published_at": updated if status in ("published", "archived") else None,
                    "scheduled_at": updated + timedelta(days=3) if status == "scheduled" else None,
                }
                batch.append(row)
                texts.append((title, body, excerpt))
                next_id += 1
                if len(batch) == 2000 or number == articles - 1:
                    conn.execute(insert(Article.__table__), batch)
                    links = [{"article_id": r["id"], "tag_id": t} for r in batch
                             for t in rng.sample(tags[str(r["edition_code"])], 3)]
                    conn.execute(insert(ArticleTag.__table__), links)
                    for r, (t, b, e) in zip(batch, texts, strict=True):
                        index_article(raw, int(r["id"]), t, b, e, str(r["byline"]))  # type: ignore[arg-type]
                    batch, texts = [], []
                    if (number + 1) % 10_000 == 0:
                        print(f"  {number + 1} articles", file=sys.stderr, flush=True)

            media_rows = []
            caption_rows = []
            for index in range(media):
                content = _tiny_png(rng, index)
                sha = hashlib.sha256(content).hexdigest()
                target = library.layout.media_path(sha)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
                media_rows.append({"id": index + 1, "kind": "image", "sha256": sha,
                                   "original_filename": f"photo-{index:05d}.png", "mime_type": "image/png",
                                   "size_bytes": len(content), "width": 48, "height": 32,
                                   "title": f"Photo {index}", "credit": "Nejat staff",
                                   "created_at": base + timedelta(minutes=index * 90),
                                   "updated_at": base + timedelta(minutes=index * 90)})
                code = EDITION_CYCLE[index % len(EDITION_CYCLE)]
                caption_rows.append({"media_id": index + 1, "edition_code": code,
                                     "caption": " ".join(vocab[code].pick(rng, 12)),
                                     "alt_text": " ".join(vocab[code].pick(rng, 6))})
            if media_rows:
                conn.execute(insert(MediaItem.__table__), media_rows)
                conn.execute(insert(MediaText.__table__), caption_rows)
        conn_raw = sqlite3.connect(library.db_path)
        try:
            conn_raw.execute("PRAGMA optimize")
            conn_raw.execute("INSERT INTO article_fts(article_fts) VALUES('optimize')")
            conn_raw.commit()
            conn_raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn_raw.close()
    finally:
        library.close()


def reset_library_side_effects(path: Path) -> None:
    """Remove what an app run adds to the cached library (periodic backups, caches) so runs stay alike."""
    for folder in (path / "backups", path / "cache"):
        if folder.is_dir():
            for child in folder.iterdir():
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)


def env_for_app(extra: dict[str, str] | None = None, *, config_home: Path | None = None) -> dict[str, str]:
    """An environment for launching the app (or a peer) without touching the user's own settings."""
    env = dict(os.environ)
    home = config_home or OUT / "home"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / sub)
    env["NEJAT_DESK_LOG_DIR"] = str(home / "logs")
    env.pop("QT_QPA_PLATFORM", None)
    env.update(extra or {})
    return env
