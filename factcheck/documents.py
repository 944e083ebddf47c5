"""Input side: walk files and folders and yield one ``Document`` (or ``ReadError``) at a time.

Reads plain text (any common encoding), saved HTML pages (main text and metadata
through trafilatura) and JSON Lines dumps (one article a line). Nothing is held
beyond the current document, so 100k-article corpora stream.

Metadata precedence for ``published`` (and, below the argument, url/outlet/title):
the ``published`` argument > YAML front matter > a ``sources.csv`` (or ``index.csv``)
sidecar, in the folder or beside it (``corpus/index.csv`` for ``corpus/docs/``) >
HTML ``<meta>``/JSON-LD (or the JSONL record) > the page text itself
(``factcheck.lang.published.find_published``).
"""

from __future__ import annotations

import csv
import errno
import fnmatch
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import IO, Any

from factcheck.furniture import furniture_spans
from factcheck.model import Document, ReadError
from factcheck.normalize import fold

#: Files that list a folder's articles (``file,url,published,outlet``), first found wins.
SIDECARS: tuple[str, ...] = ("sources.csv", "index.csv")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FORMATS = ("auto", "text", "html", "jsonl")
#: A leading ``---`` block is front matter only if it has one of these keys.
FRONT_MATTER_KEYS = frozenset({"published", "date", "outlet", "source", "sitename", "site", "url", "link",
                               "title", "headline", "author", "id", "lang", "language"})

#: Frequent Hindi words as typed in the KrutiDev/Chanakya legacy fonts (के का की में है ने को से और कि यह भी पर हैं था).
KRUTIDEV_TOKENS: frozenset[str] = frozenset({
    "ds", "dk", "dh", "esa", "gS", "gSa", "us", "dks", "ls", "vkSj", "fd", ";g", "Hkh", "ij",
    "Fkk", "Fks", "Fkh", "rks", "tks", "gks", "dj", "djsa", "x;k", "x;s", "fy,", "ysfdu", "vkt",
    "Hkkjr", "ljdkj", "ckn", "igys", "lkFk", "dgk", "ckr", "ugha", ";s", "vc", "rd", ",d",
})
_KRUTIDEV_BIGRAMS = ("kk", "ks", "ksa", "sa", "kS")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_LATIN = re.compile(r"[A-Za-z]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)", re.I | re.S)
#: File names read inside folders for each ``--format`` when no ``--glob`` is given.
DEFAULT_GLOBS = {"auto": "*.txt", "text": "*.txt", "html": "*.html,*.htm,*.xhtml", "jsonl": "*.jsonl,*.ndjson"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y",
                 "%Y/%m/%d")


def default_glob(fmt: str) -> str:
    """The file names a folder is searched for in format ``fmt``."""
    return DEFAULT_GLOBS.get(fmt, "*.txt")


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (not encodable, e.g. ``\\ud800`` in JSON) as U+FFFD, and how many."""
    if not _SURROGATE.search(text):
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def iter_documents(paths: Sequence[str], *, glob: str = "*.txt", fmt: str = "auto",
                   published: str | None = None, max_bytes: int = 20_000_000,
                   unchanged: Callable[[Document], bool] | None = None,
                   ) -> Iterator[Document | ReadError]:
    """Yield a ``Document`` or ``ReadError`` for every input file (or JSONL line), in sorted order.

    ``paths`` are files or folders; folders are walked recursively, keeping file
    names that match ``glob`` (comma-separated patterns, case-insensitive).
    Named files are read whatever their suffix. ``fmt`` forces ``text``,
    ``html`` or ``jsonl``; ``auto`` decides by suffix and content. ``published``
    overrides every other source of the publication date. ``unchanged(document)``
    says a document is already known: it is yielded as soon as its hash is known,
    without looking for its furniture or publication date.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    forced_date = ""
    if published:
        forced_date = normalize_date(published)
        if not forced_date:
            raise ValueError(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    reader = _Reader(fmt, forced_date, max_bytes)
    reader.unchanged = unchanged
    patterns = [p.strip().lower() for p in glob.split(",") if p.strip()] or ["*"]
    for path in paths:
        if os.path.isdir(path):
            yield from reader.walk(path, patterns)
        elif os.path.islink(path) or os.path.exists(path):
            parent = os.path.dirname(path) or "."
            yield from reader.read(path, path, reader.sidecar(parent), os.path.basename(path))
        else:
            yield ReadError(path, "no such file or directory")


class _Reader:
    """Options and per-folder sidecar cache shared by one ``iter_documents`` call."""

    def __init__(self, fmt: str, published: str, max_bytes: int) -> None:
        self.fmt = fmt
        self.published = published
        self.max_bytes = max_bytes
        self._sidecars: dict[str, dict[str, dict[str, str]]] = {}
        self.unchanged: Callable[[Document], bool] | None = None

    def sidecar(self, folder: str) -> dict[str, dict[str, str]]:
        """``file`` -> row of the folder's ``sources.csv`` (read once per folder)."""
        key = os.path.realpath(folder)
        if key not in self._sidecars:
            self._sidecars[key] = read_sidecar(folder)
        return self._sidecars[key]

    def walk(self, root: str, patterns: list[str]) -> Iterator[Document | ReadError]:
        """Recurse into ``root`` in sorted order, never entering a directory twice."""
        real_root = os.path.realpath(root)
        yield from self._walk(root, "", patterns, self.sidecar(root), {real_root}, (real_root,))

    def _walk(self, root: str, rel: str, patterns: list[str], sidecar: dict[str, dict[str, str]],
              visited: set[str], ancestors: tuple[str, ...]) -> Iterator[Document | ReadError]:
        folder = os.path.join(root, rel) if rel else root
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield ReadError(folder, _os_reason(exc))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            relpath = os.path.join(rel, entry.name) if rel else entry.name
            source = os.path.join(root, relpath)
            try:
                is_dir = entry.is_dir()  # follows symlinks
                if entry.is_symlink():
                    os.stat(entry.path)  # raises for broken links and loops
            except OSError as exc:
                if _matches(entry.name, patterns) or exc.errno == errno.ELOOP:
                    yield ReadError(source, _os_reason(exc, link=True))
                continue
            if is_dir:
                real = os.path.realpath(entry.path)
                if real in ancestors:
                    yield ReadError(source, "symbolic link loop")
                elif real not in visited:  # a second link to a folder already read: skip
                    visited.add(real)
                    yield from self._walk(root, relpath, patterns, sidecar, visited, (*ancestors, real))
            elif _matches(entry.name, patterns):
                yield from self.read(entry.path, source, sidecar, relpath)

    def read(self, path: str, source: str, sidecar: dict[str, dict[str, str]],
             relpath: str) -> Iterator[Document | ReadError]:
        """One file: a Document or ReadError (one per line for JSON Lines)."""
        fmt = self.fmt
        lower = path.lower()
        if fmt == "auto" and lower.endswith((".jsonl", ".ndjson")):
            fmt = "jsonl"
        try:
            info = os.stat(path)
        except OSError as exc:
            yield ReadError(source, _os_reason(exc, link=os.path.islink(path)))
            return
        if not stat.S_ISREG(info.st_mode):
            yield ReadError(source, f"not a regular file ({_file_type(info.st_mode)}): skipped")
            return
        size = info.st_size
        if fmt == "jsonl":
            yield from self._read_jsonl(path, source)
            return
        if size > self.max_bytes:
            yield ReadError(source, f"larger than {_limit(self.max_bytes)} limit (--max-bytes)")
            return
        try:
            with open(path, "rb", opener=_open_nonblocking) as fh:
                raw = fh.read(self.max_bytes + 1)
        except OSError as exc:
            yield ReadError(source, _os_reason(exc))
            return
        if len(raw) > self.max_bytes:
            yield ReadError(source, f"larger than {_limit(self.max_bytes)} limit (--max-bytes)")
            return
        if fmt == "auto":
            fmt = "html" if lower.endswith(HTML_SUFFIXES) or _HTML_START.match(raw[:4096]) else "text"
        result = decode(raw)
        if isinstance(result, str) and result.startswith("!"):
            yield ReadError(source, result[1:])
            return
        text, encoding, replaced = result
        doc = Document(source=source, text=text, sha256=hashlib.sha256(raw).hexdigest(), format=fmt,
                       canonical=os.path.realpath(path))
        doc.meta["encoding"] = encoding
        if replaced:
            doc.meta["replaced_bytes"] = replaced
            _warn(doc, f"{replaced} undecodable byte{'s' if replaced != 1 else ''} replaced by U+FFFD"
                       f" (read as {encoding})")
        layers: list[dict[str, Any]] = []
        problem = _fill_html(doc, layers) if fmt == "html" else _fill_text(doc, layers)
        if problem:
            yield ReadError(source, problem)
            return
        row = _sidecar_row(sidecar, relpath)
        # front matter (already in layers[0] for text) > sidecar row > HTML metadata
        layers.insert(1 if doc.meta.get("front_matter") is not None else 0, row or {})
        _apply_layers(doc, layers)
        yield self._finish(doc, row)

    def _finish(self, doc: Document, row: dict[str, str] | None = None) -> Document:
        """Mark furniture; apply the ``published`` argument, else look for a date in the text.

        ``sha256`` is salted with what comes from outside the file (the sidecar
        ``row``, the ``published`` argument), so that a changed ``sources.csv``
        or ``--published`` re-extracts an unchanged file: relative dates depend on it.
        """
        doc.sha256 = fingerprint(doc.sha256, {**(row or {}), "--published": self.published})
        if self.unchanged is not None and self.unchanged(doc):
            return doc  # nothing will be extracted from it: spare the date search
        doc.furniture = _merge(doc.furniture + furniture_spans(doc.text))
        if self.published:
            doc.published, doc.published_origin = self.published, "metadata"
        elif not doc.published:
            found = _find_published(doc.text, doc.url)
            if found:
                doc.published, doc.published_origin = found
        if not doc.title:
            doc.title = _first_line(doc.text, doc.furniture)
        return doc

    def _read_jsonl(self, path: str, source: str) -> Iterator[Document | ReadError]:
        """One Document per JSON line; a bad line is a ReadError and the rest goes on.

        A line is never held longer than ``max_bytes``: a longer one is skipped
        while it is read. A second record with an ``id`` already seen in the file
        is kept under ``file#id@line`` and said so.
        """
        try:
            fh = open(path, "rb", opener=_open_nonblocking)  # noqa: SIM115 - closed below
        except OSError as exc:
            yield ReadError(source, _os_reason(exc))
            return
        canonical = os.path.realpath(path)
        seen: dict[str, int] = {}
        with fh:
            for number, line in enumerate(_bounded_lines(fh, self.max_bytes), 1):
                where = f"{source}:{number}"
                if line is None:
                    yield ReadError(where, f"larger than {_limit(self.max_bytes)} limit (--max-bytes)")
                    continue
                if number == 1:
                    line = line.removeprefix(b"\xef\xbb\xbf")
                if not line.strip():
                    continue
                item = _jsonl_document(line, source, number)
                if isinstance(item, ReadError):
                    yield item
                    continue
                key = item.source
                if key in seen:
                    item.source = f"{key}@{number}"
                    _warn(item, f"duplicate id (first on line {seen[key]}): kept as {item.source}")
                else:
                    seen[key] = number
                item.canonical = canonical + item.source[len(source):]
                yield self._finish(item)


def fingerprint(sha256: str, external: dict[str, str]) -> str:
    """``sha256`` itself when ``external`` metadata is all empty, else a hash of both.

    The extract command skips a document whose hash is already in the ledger;
    metadata kept outside the file (a ``sources.csv`` row, ``--published``)
    must change that hash too, or its publication date is never updated.
    """
    extra = {k: v for k, v in external.items() if v}
    if not extra:
        return sha256
    salt = json.dumps(extra, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{sha256}\n{salt}".encode()).hexdigest()


def _bounded_lines(fh: IO[bytes], limit: int, chunk: int = 1 << 16) -> Iterator[bytes | None]:
    """The lines of ``fh``; None for a line longer than ``limit``, which is skipped, never held whole."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):  # limit bytes and its newline fit
            yield line
            continue
        while not line.endswith(b"\n"):  # drop the rest of the over-long line
            line = fh.readline(chunk)
            if not line:
                break
        yield None


def _jsonl_document(line: bytes, source: str, number: int) -> Document | ReadError:
    where = f"{source}:{number}"
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return ReadError(where, "undecodable: not UTF-8")
    except json.JSONDecodeError as exc:
        return ReadError(where, f"invalid JSON ({exc.msg})")
    except RecursionError:
        return ReadError(where, "invalid JSON (nested too deeply)")
    if not isinstance(record, dict):
        return ReadError(where, "not a JSON object")
    record, replaced = _clean_surrogates(record)
    text = record.get("text")
    if not isinstance(text, str):
        return ReadError(where, "no \"text\" string")
    ident = record.get("id")
    if isinstance(ident, (dict, list)):
        ident = json.dumps(ident, ensure_ascii=False, sort_keys=True)
    doc = Document(source=f"{source}#{ident}" if ident not in (None, "") else where, text=text,
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), format="jsonl")
    problem = _check_text(text)
    if problem:
        return ReadError(doc.source, problem)
    _apply_layers(doc, [record])
    doc.meta = {k: v for k, v in record.items() if k != "text"}
    doc.meta["line"] = number
    if replaced:
        _warn(doc, f"{replaced} lone surrogate escape{'s' if replaced != 1 else ''} (like \\ud800)"
                   " replaced by U+FFFD")
    return doc


def _clean_surrogates(value: Any) -> tuple[Any, int]:
    """``value`` (a JSON value) with lone surrogates replaced in every string, and how many."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        items = [_clean_surrogates(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        total, out = 0, {}
        for k, v in value.items():
            key, n1 = replace_surrogates(k)
            val, n2 = _clean_surrogates(v)
            out[key] = val
            total += n1 + n2
        return out, total
    return value, 0


def _warn(doc: Document, message: str) -> None:
    """A note about ``doc`` that ``extract`` prints (kept in its metadata too)."""
    if not isinstance(doc.meta.get("read_warnings"), list):
        doc.meta["read_warnings"] = []
    doc.meta["read_warnings"].append(message)


def _open_nonblocking(path: str, flags: int) -> int:
    """``os.open`` that cannot hang on a FIFO swapped in after the regular-file check."""
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file", path)
    return fd


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a file"


def _fill_text(doc: Document, layers: list[dict[str, Any]]) -> str | None:
    """Check a plain-text document and read its front matter; a reason if it is unusable."""
    problem = _check_text(doc.text)
    if problem:
        return problem
    front = front_matter(doc.text)
    if front:
        end, fields = front
        doc.furniture.append((0, end))
        doc.meta["front_matter"] = fields
        layers.append(fields)
    return None


def _fill_html(doc: Document, layers: list[dict[str, Any]]) -> str | None:
    """Replace the page by its main text; its title, date, site name and URL go to ``layers``."""
    import trafilatura  # slow import: only when an HTML page shows up

    result = trafilatura.bare_extraction(
        doc.text, with_metadata=True, include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip() or _all_furniture(text):
        return "no article text found in HTML page"
    doc.text = text
    problem = _check_text(text)
    if problem:
        return problem
    layers.append({"title": result.title, "url": result.url, "published": result.date,
                   "outlet": result.sitename or result.hostname})
    return None


def _apply_layers(doc: Document, layers: list[dict[str, Any]]) -> None:
    """Each field from the first layer that has it (layers in precedence order)."""
    aliases = {"outlet": ("outlet", "source", "sitename", "site"), "url": ("url", "link"),
               "title": ("title", "headline")}
    for attr, keys in aliases.items():
        for layer in layers:
            value = next((_str(layer[k]) for k in keys if _str(layer.get(k))), "")
            if value:
                setattr(doc, attr, value)
                break
    for layer in layers:
        value = layer.get("published") or layer.get("date")
        if _set_published(doc, value):
            break


def _set_published(doc: Document, value: Any) -> bool:
    """Set ``published`` from a metadata value, with its time of day when it gives one
    ("2023-03-31T08:30": a live story's reports of one day are ordered by it); False (raw value
    kept in meta) if it is no date."""
    iso = normalize_date(value)
    if iso:
        clock = _clock_of(value) if len(iso) == len("2025-01-01") else ""
        doc.published, doc.published_origin = f"{iso}T{clock}" if clock else iso, "metadata"
        return True
    if value not in (None, ""):
        doc.meta.setdefault("published_raw", str(value))
    return False


def _all_furniture(text: str) -> bool:
    """True when nothing but furniture (menus, "Back to top") is left of a page."""
    rest, pos = [], 0
    for start, end in furniture_spans(text):
        rest.append(text[pos:start])
        pos = end
    rest.append(text[pos:])
    return not "".join(rest).strip()


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _first_line(text: str, furniture: list[tuple[int, int]]) -> str:
    """The first non-blank line outside furniture (the headline of a plain-text page)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = pos + len(line) - len(line.lstrip())
        pos += len(line)
        if stripped and not any(s <= start < e for s, e in furniture):
            return stripped[:300]
    return ""


def _find_published(text: str, url: str) -> tuple[str, str] | None:
    """The date the page's own text or URL gives (another module's job), if that module is there."""
    try:
        from factcheck.lang.published import find_published
    except ImportError:  # TODO(find_published): factcheck.lang.published not installed yet
        return None
    found = find_published(fold(text)[0], url)
    if not found:
        return None
    iso = normalize_date(found[0]) or found[0]
    return iso, found[1]


# --- decoding and checks --------------------------------------------------------------------


def decode(raw: bytes) -> tuple[str, str, int] | str:
    """``(text, encoding, bytes replaced)``, or ``"!reason"`` when the bytes are not text.

    UTF-8 (BOM removed), UTF-16/32 with a BOM, UTF-16 without one (told by its
    high bytes, 0x00 for ASCII and 0x09 for Devanagari). Bytes that are UTF-8
    but for a few bad ones (a stray byte, a last character cut off) are UTF-8
    with those replaced by U+FFFD and counted. Only text with no valid UTF-8
    beyond ASCII goes to charset-normalizer, and a Latin-letter guess is read
    as cp1252 (the Western code page) rather than a Baltic or DOS look-alike.
    """
    if not raw.strip():
        return "!empty file"
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                       (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec.replace("-sig", ""), 0
            except UnicodeDecodeError as exc:
                return f"!undecodable: {codec} byte order mark but invalid {codec} ({exc.reason})"
    utf16 = _bomless_utf16(raw)
    if utf16:
        return (*utf16, 0)
    if b"\x00" in raw:
        return "!binary file (NUL bytes), not text"
    try:
        return raw.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError as exc:
        cut_off = exc.reason == "unexpected end of data" and exc.end == len(raw)
    text = raw.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - raw.count("\ufffd".encode())
    devanagari = len(_DEVANAGARI.findall(text))
    wide = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if cut_off and replaced == 1 or devanagari >= max(20, replaced) or wide >= 2 * replaced:
        return text, "utf-8", replaced
    return _legacy(raw)


def _bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` of UTF-16 bytes without a byte order mark, told by their high bytes, else None."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    for codec, high in (("utf-16-le", raw[1::2]), ("utf-16-be", raw[0::2])):
        if high.count(0) + high.count(9) >= 0.6 * len(high):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if sum(ch.isprintable() or ch.isspace() for ch in text) >= 0.95 * len(text):
                return text, codec
    return None


def _legacy(raw: bytes) -> tuple[str, str, int] | str:
    """Bytes with no UTF-8 beyond ASCII: charset-normalizer's guess, Latin guesses read as cp1252."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return "!undecodable: not UTF-8 and no known encoding fits"
    text = str(best)
    if all(ch.isascii() or "\u00a0" <= ch <= "\u024f" or not ch.isalpha() for ch in text):
        for codec in ("cp1252", "latin-1"):
            try:
                return raw.decode(codec), codec, 0
            except UnicodeDecodeError:
                continue
    return text, best.encoding, 0


def _check_text(text: str) -> str | None:
    """Why decoded text cannot be mined (empty, binary, legacy font), or None."""
    if not text.strip():
        return "empty file"
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > 0.1 * len(sample):
        return "binary file (control characters), not text"
    if looks_krutidev(sample):
        return "legacy Hindi font encoding (KrutiDev-like Latin letters), not Unicode: convert it first"
    return None


def looks_krutidev(text: str) -> bool:
    """True when Latin letters stand in for Devanagari (KrutiDev/Chanakya-typed Hindi)."""
    latin = len(_LATIN.findall(text))
    if latin < 20 or len(_DEVANAGARI.findall(text)) > latin:
        return False
    words = text.split()
    hits = sum(1 for w in words if w.strip(",.A\"'()!?") in KRUTIDEV_TOKENS)
    k_share = sum(text.count(b) for b in _KRUTIDEV_BIGRAMS) / latin
    # Hindi function words are ~1 in 4 words; English shares only "us"/"ls"-like noise.
    return hits >= 3 and hits >= 0.08 * len(words) and k_share > 0.04


def front_matter(text: str) -> tuple[int, dict[str, Any]] | None:
    """``(end offset, fields)`` of a YAML ``---`` block opening the text, or None."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return None
    import yaml

    try:
        fields = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError:
        return None
    if not isinstance(fields, dict):
        return None
    fields = {str(k).strip().lower(): v for k, v in fields.items()}
    if not FRONT_MATTER_KEYS & fields.keys():  # "---\nरूस: 10 सैनिक\n---" is article text
        return None
    return m.end(), fields


def read_sidecar(folder: str) -> dict[str, dict[str, str]]:
    """Rows of the folder's sidecar (``SIDECARS``) by their ``file`` column; with none in the
    folder, the one beside it whose files are in the folder (a corpus kept as ``index.csv`` and
    ``docs/``); empty if there is neither."""
    own = _sidecar_rows(folder)
    if own is not None:
        return own
    parent = os.path.dirname(os.path.abspath(folder))
    beside = _sidecar_rows(parent) if parent != os.path.abspath(folder) else None
    if beside and any(os.path.isfile(os.path.join(folder, f)) for f in beside):
        return beside
    return {}


def _sidecar_rows(folder: str) -> dict[str, dict[str, str]] | None:
    """Rows of the first of ``SIDECARS`` in ``folder`` by their ``file`` column; None if there is none."""
    for name in SIDECARS:
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                rows = {}
                for row in csv.DictReader(fh):
                    clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
                    if clean.get("file"):
                        rows[os.path.normpath(clean["file"])] = clean
                return rows
        except (OSError, UnicodeDecodeError, csv.Error):
            return {}
    return None


def _sidecar_row(sidecar: dict[str, dict[str, str]], relpath: str) -> dict[str, str] | None:
    return sidecar.get(os.path.normpath(relpath)) if sidecar else None


_CLOCK = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}[T\s](\d{1,2}):(\d{2})")


def _clock_of(value: Any) -> str:
    """The time of day ("08:30") a metadata date gives, in its own time zone; "" when none."""
    if isinstance(value, datetime):
        return value.strftime("%H:%M") if (value.hour, value.minute) != (0, 0) else ""
    m = _CLOCK.match(value) if isinstance(value, str) else None
    if not m or (int(m.group(1)), int(m.group(2))) == (0, 0) or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return ""
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def normalize_date(value: Any) -> str:
    """An ISO ``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY`` when that is all) for a date value, else ""."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return ""
    s = value.strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])", s)
    if m:
        try:
            return date(*map(int, m.groups())).isoformat()
        except ValueError:
            return ""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", s)
    if m:
        month = m.group(2)
        if month and not 1 <= int(month) <= 12:
            return ""
        return s
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def _matches(name: str, patterns: list[str]) -> bool:
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, p) for p in patterns)


def _os_reason(exc: OSError, *, link: bool = False) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if link and exc.errno == errno.ENOENT:
        return "broken symbolic link"
    if isinstance(exc, PermissionError):
        return "not readable: permission denied"
    if isinstance(exc, IsADirectoryError):
        return "not readable: is a directory"
    return f"not readable: {(exc.strerror or str(exc)).lower()}"


def _limit(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n} bytes"


def _str(value: Any) -> str:
    return "" if value is None else str(value).strip()
