"""iter_documents: every input kind, every bad file, metadata precedence, order. Fixtures in tmp_path."""

from __future__ import annotations

import builtins
import hashlib
import json
import os
from pathlib import Path

import pytest

from factcheck import documents
from factcheck.documents import iter_documents, looks_krutidev, normalize_date
from factcheck.model import Document, ReadError

HINDI = "उत्तर कोरिया ने अब तक लगभग 10,000 सैनिक यूक्रेन भेजे हैं।\r\nरूस ने 19 जून 2024 को समझौता किया।\n"


def one(paths, **kw) -> Document | ReadError:
    items = list(iter_documents([str(p) for p in paths], **kw))
    assert len(items) == 1, items
    return items[0]


def doc(path: Path, **kw) -> Document:
    item = one([path], **kw)
    assert isinstance(item, Document), item
    return item


def error(path: Path, **kw) -> ReadError:
    item = one([path], **kw)
    assert isinstance(item, ReadError), item
    return item


# --- decoding ----------------------------------------------------------------------------------

ENGLISH = "The café’s price rose to €5 — 10% more than last year’s “record”. Naïve résumé.\n"


@pytest.mark.parametrize("name,raw,text,encoding", [
    ("utf8.txt", HINDI.encode("utf-8"), HINDI, "utf-8"),
    ("bom.txt", b"\xef\xbb\xbf" + HINDI.encode("utf-8"), HINDI, "utf-8"),
    ("le.txt", b"\xff\xfe" + HINDI.encode("utf-16-le"), HINDI, "utf-16"),
    ("be.txt", b"\xfe\xff" + HINDI.encode("utf-16-be"), HINDI, "utf-16"),
    ("cp1252.txt", ENGLISH.encode("cp1252"), ENGLISH, "cp1252"),
    ("latin1.txt", "Grüße aus Köln: 10 Häuser, 5 Straßen.\n".encode("latin-1"),
     "Grüße aus Köln: 10 Häuser, 5 Straßen.\n", None),
])
def test_decoding_keeps_text_as_decoded(tmp_path, name, raw, text, encoding):
    path = tmp_path / name
    path.write_bytes(raw)
    d = doc(path)
    assert d.text == text  # \r\n kept, BOM removed
    assert d.sha256 == hashlib.sha256(raw).hexdigest()
    assert d.format == "text"
    if encoding:
        assert d.meta["encoding"] == encoding


# --- bad files ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw,reason", [
    (b"", "empty file"),
    (b"  \n\t\r\n ", "empty file"),
    ("   \n\u3000\n".encode(), "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (NUL bytes), not text"),
    (bytes(range(1, 9)) * 40 + b"abc", "binary file (control characters), not text"),
    (b"Hkkjr ds iz/kkuea=h ujsanz eksnh us vkt dgk fd ;g ns'k vkxs c<+sxkA mUgksaus dgk fd "
     b"ljdkj us bl lky 10 gtkj u;s ?kj cuk, gSa vkSj ;g dke vkxs Hkh tkjh jgsxkA",
     "legacy Hindi font encoding (KrutiDev-like Latin letters), not Unicode: convert it first"),
])
def test_bad_content_is_a_read_error(tmp_path, raw, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    assert error(path) == ReadError(str(path), reason)


@pytest.mark.parametrize("text,expected", [
    ("Hkkjr ds iz/kkuea=h ujsanz eksnh us vkt dgk fd ;g ns'k vkxs c<+sxkA", True),
    ("ljdkj us dgk fd ;g ;kstuk vxys lky ls ykxw gksxh vkSj blls yk[kksa yksxksa dks ykHk feysxkA", True),
    ("The prime minister said today that the country will move ahead and grow by 7% this year.", False),
    ("Mr Modi said the US and the UK will discuss the deal with us in the next ten days or so.", False),
    ("भारत के प्रधानमंत्री नरेंद्र मोदी ने आज कहा कि देश आगे बढ़ेगा। BJP और NDA ने us से बात की।", False),
])
def test_krutidev_detection(text, expected):
    assert looks_krutidev(text) is expected


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("रूस " * 100, encoding="utf-8")
    assert error(path, max_bytes=50).reason == "larger than 50 bytes limit (--max-bytes)"
    assert isinstance(one([path], max_bytes=10_000), Document)


def test_default_limit_message(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:  # sparse: no 20 MB written to disk
        fh.seek(20_000_001)
        fh.write(b"x")
    assert error(path).reason == "larger than 20 MB limit (--max-bytes)"


def test_unreadable_file(tmp_path, monkeypatch):
    """Tests run as root (chmod 000 is still readable), so open() is patched to refuse."""
    path = tmp_path / "secret.txt"
    path.write_text(HINDI, encoding="utf-8")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    assert error(path) == ReadError(str(path), "not readable: permission denied")


def test_unreadable_file_in_folder_does_not_stop_walk(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(HINDI, encoding="utf-8")
    (tmp_path / "b.txt").write_text(HINDI, encoding="utf-8")
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda f, *a, **k: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied")) if str(f).endswith("a.txt") else real_open(f, *a, **k))
    items = list(iter_documents([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["ReadError", "Document"]


def test_directory_named_like_a_file_is_walked_not_read(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "dir.txt" / "x.txt").write_text(HINDI, encoding="utf-8")
    assert [d.source for d in iter_documents([str(tmp_path)])] == [str(tmp_path / "dir.txt" / "x.txt")]


def test_missing_path(tmp_path):
    assert error(tmp_path / "nope.txt").reason == "no such file or directory"


def test_broken_symlink(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    assert error(tmp_path / "dangling.txt").reason == "broken symbolic link"
    assert one([tmp_path]) == ReadError(str(tmp_path / "dangling.txt"), "broken symbolic link")


def test_symlink_loop(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(HINDI, encoding="utf-8")
    (root / "sub" / "back").symlink_to(root)  # loops to an ancestor
    (root / "self.txt").symlink_to(root / "self.txt")  # a link to itself
    items = list(iter_documents([str(root)]))
    assert [(i.source, type(i).__name__) for i in items] == [
        (str(root / "self.txt"), "ReadError"),
        (str(root / "sub" / "a.txt"), "Document"),
        (str(root / "sub" / "back"), "ReadError"),
    ]
    assert {i.reason for i in items if isinstance(i, ReadError)} == {"symbolic link loop"}


def test_second_link_to_a_visited_folder_is_not_read_twice(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(HINDI, encoding="utf-8")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert [d.source for d in iter_documents([str(tmp_path)])] == [str(tmp_path / "a" / "x.txt")]


# --- walking -----------------------------------------------------------------------------------

def _tree(root: Path) -> None:
    for rel in ("b.txt", "a/z.txt", "a/y.TXT", "c.html", "notes.md", ".hidden/h.txt", "a/deep/x.txt"):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(HINDI, encoding="utf-8")


@pytest.mark.parametrize("given,glob,expected", [
    ("corpus/", "*.txt", ["corpus/a/deep/x.txt", "corpus/a/y.TXT", "corpus/a/z.txt", "corpus/b.txt"]),
    ("corpus", "*.txt", ["corpus/a/deep/x.txt", "corpus/a/y.TXT", "corpus/a/z.txt", "corpus/b.txt"]),
    ("corpus", "*.md", ["corpus/notes.md"]),
    ("corpus", "b.*,*.md", ["corpus/b.txt", "corpus/notes.md"]),
])
def test_walk_order_sources_and_glob(tmp_path, monkeypatch, given, glob, expected):
    _tree(tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    assert [d.source for d in iter_documents([given], glob=glob)] == expected


def test_named_files_read_whatever_suffix_in_given_order(tmp_path, monkeypatch):
    _tree(tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    items = list(iter_documents(["corpus/notes.md", "corpus/b.txt"]))
    assert [d.source for d in items] == ["corpus/notes.md", "corpus/b.txt"]


def test_walk_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(HINDI, encoding="utf-8")
    it = iter_documents([str(tmp_path)])
    first = next(it)
    assert first.source.endswith("0.txt")
    (tmp_path / "2.txt").write_text("बदला 7", encoding="utf-8")  # not read yet: the change shows
    assert [d.text for d in it] == [HINDI, "बदला 7"]


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="hi"><head><title>रूस को समर्थन | समाचार</title>
<meta property="og:site_name" content="समाचार दर्पण">
<meta property="og:url" content="https://example.in/news/russia-support-123">
<meta property="article:published_time" content="2024-06-18T10:30:00+05:30">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"रूस को समर्थन",
"datePublished":"2024-06-18T10:30:00+05:30"}</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/crime">Crime</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/biz">Business</a></li></ul></nav>
<article><h1>रूस को समर्थन</h1>
<p>उत्तर कोरिया ने अब तक लगभग 10,000 सैनिक यूक्रेन भेजे हैं। यह जानकारी दक्षिण कोरियाई खुफिया एजेंसी ने दी है
और इसके अनुसार आगे भी सैनिक भेजे जा सकते हैं।</p>
<p>दक्षिण कोरिया का अनुमान है कि उत्तर कोरिया अभी तक रूस को एक करोड़ 20 लाख से अधिक तोप के गोले दे चुका है।</p>
</article>
<div class="related"><h3>Related Post</h3><ul><li><a href="/a">चीन का ताइवान को अल्टीमेटम 125 विमान</a></li>
<li><a href="/b">म्यांमार 40% टैरिफ के बावजूद खुश</a></li></ul></div>
<div id="comments" class="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p>
<div class="comment"><p>बहुत बढ़िया लेख, 5 स्टार 77777</p></div></div>
<footer>Back to top button © 2024</footer></body></html>"""


@pytest.mark.parametrize("name,fmt", [("page.html", "auto"), ("page.htm", "auto"), ("saved.txt", "auto"),
                                      ("page.dat", "html")])
def test_html_main_text_and_metadata(tmp_path, name, fmt):
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    d = doc(path, fmt=fmt)
    assert d.format == "html"
    assert "लगभग 10,000 सैनिक" in d.text and "एक करोड़ 20 लाख" in d.text
    for furniture in ("Home", "Crime", "Back to top", "Leave a Reply", "77777", "125 विमान", "<p>"):
        assert furniture not in d.text
    assert (d.title, d.outlet, d.url) == ("रूस को समर्थन", "समाचार दर्पण",
                                          "https://example.in/news/russia-support-123")
    assert (d.published, d.published_origin) == ("2024-06-18", "metadata")
    assert d.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()


def test_html_forced_as_text_is_kept_raw(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    d = doc(path, fmt="text")
    assert d.format == "text" and d.text == PAGE


def test_html_without_article(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert error(path).reason == "no article text found in HTML page"


# --- JSON Lines --------------------------------------------------------------------------------

def test_jsonl_good_and_bad_lines(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "रूस ने 11000 सैनिक भेजे।", "url": "https://x.in/1",
                    "published": "18/06/2024", "outlet": "X", "title": "सैनिक"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"text": "दूसरा लेख: 30000 सैनिक।"}, ensure_ascii=False),
        json.dumps({"id": 7, "title": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "k", "text": "Hkkjr ds iz/kkuea=h ujsanz eksnh us vkt dgk fd ;g ns'k vkxs c<+sxkA"}),
        json.dumps({"id": "e", "text": "  "}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([str(path)]))
    got = [(i.source, i.reason if isinstance(i, ReadError) else i.text) for i in items]
    p = str(path)
    assert got == [
        (f"{p}#a1", "रूस ने 11000 सैनिक भेजे।"),
        (f"{p}:3", "invalid JSON (Expecting property name enclosed in double quotes)"),
        (f"{p}:4", "दूसरा लेख: 30000 सैनिक।"),
        (f"{p}:5", 'no "text" string'),
        (f"{p}:6", "not a JSON object"),
        (f"{p}#k", "legacy Hindi font encoding (KrutiDev-like Latin letters), not Unicode: convert it first"),
        (f"{p}#e", "empty file"),
    ]
    first = items[0]
    assert first.format == "jsonl"
    assert (first.url, first.outlet, first.title) == ("https://x.in/1", "X", "सैनिक")
    assert (first.published, first.published_origin) == ("2024-06-18", "metadata")
    assert first.sha256 == hashlib.sha256("रूस ने 11000 सैनिक भेजे।".encode()).hexdigest()
    assert items[2].published_origin == "unknown"


def test_jsonl_forced_format_and_published_argument(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text(json.dumps({"id": 1, "text": "पाठ 5", "published": "2024-01-02"}) + "\n", encoding="utf-8")
    d = doc(path, fmt="jsonl", published="2025-03-04")
    assert (d.source, d.published, d.published_origin) == (f"{path}#1", "2025-03-04", "metadata")
    assert doc(path).format == "text"  # auto: .txt is text


# --- metadata precedence -----------------------------------------------------------------------

FRONT = "---\npublished: 2024-06-18\noutlet: Front Outlet\nurl: https://front.in/a\n---\n"


def _corpus(tmp_path: Path, body: str, csv_row: str | None) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(body, encoding="utf-8")
    if csv_row is not None:
        (root / "sources.csv").write_text("file,url,published,outlet\n" + csv_row + "\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("body,csv_row,published,expected", [
    (FRONT + HINDI, None, None, ("2024-06-18", "metadata", "Front Outlet", "https://front.in/a")),
    (FRONT + HINDI, "a.txt,https://csv.in/a,2023-01-05,CSV", None,
     ("2024-06-18", "metadata", "Front Outlet", "https://front.in/a")),
    (HINDI, "a.txt,https://csv.in/a,05/01/2023,CSV", None, ("2023-01-05", "metadata", "CSV", "https://csv.in/a")),
    (HINDI, "other.txt,https://csv.in/o,2023-01-05,CSV", None, ("", "unknown", "", "")),
    (FRONT + HINDI, "a.txt,https://csv.in/a,2023-01-05,CSV", "2025-02-03",
     ("2025-02-03", "metadata", "Front Outlet", "https://front.in/a")),
    (HINDI, None, "2025-02-03", ("2025-02-03", "metadata", "", "")),
    ("---\noutlet: F\n---\n" + HINDI, "a.txt,,2023-01-05,CSV", None, ("2023-01-05", "metadata", "F", "")),
])
def test_metadata_precedence(tmp_path, body, csv_row, published, expected):
    root = _corpus(tmp_path, body, csv_row)
    d = doc(root, published=published)
    assert (d.published, d.published_origin, d.outlet, d.url) == expected
    assert d.text == body  # front matter kept so offsets index the file


def test_front_matter_is_furniture(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FRONT + HINDI, encoding="utf-8")
    d = doc(path)
    assert d.furniture[0] == (0, len(FRONT))
    assert d.meta["front_matter"]["outlet"] == "Front Outlet"


@pytest.mark.parametrize("body", [
    "---\nरूस: 10,000 सैनिक\n---\n" + HINDI,  # YAML-shaped, but no metadata key
    "---\nसिर्फ एक रेखा\n---\n" + HINDI,
    "--- \n- 5\n- 6\n---\n" + HINDI,
    "published: 2024-06-18\n---\n" + HINDI,  # no opening line
])
def test_not_front_matter(tmp_path, body):
    path = tmp_path / "a.txt"
    path.write_text(body, encoding="utf-8")
    d = doc(path)
    assert (d.published_origin != "metadata", "front_matter" in d.meta) == (True, False)
    assert all(s > 0 for s, _ in d.furniture)


def test_sidecar_applies_to_named_file_and_html(tmp_path):
    root = _corpus(tmp_path, HINDI, "a.txt,https://csv.in/a,2023-01-05,CSV\npage.html,,2022-02-02,CSV2")
    (root / "page.html").write_text(PAGE, encoding="utf-8")
    assert doc(root / "a.txt").published == "2023-01-05"
    page = doc(root / "page.html")
    assert (page.published, page.outlet, page.url) == ("2022-02-02", "CSV2",
                                                       "https://example.in/news/russia-support-123")


@pytest.mark.parametrize("own, beside, expected", [
    (None, ("index.csv", "a.txt,https://i.in/a,2024-07-12T14:10:00+05:30,Index"), ("2024-07-12T14:10", "Index")),
    (("index.csv", "a.txt,,2024-07-13,Own"), None, ("2024-07-13", "Own")),
    (("sources.csv", "a.txt,,2024-07-14,Sources"), ("index.csv", "a.txt,,2024-07-12,Index"), ("2024-07-14", "Sources")),
    (None, ("index.csv", "other.txt,,2024-07-12,Index"), ("", "")),  # lists no file of this folder
    (None, ("sources.csv", "a.txt,,2024-07-15,Beside"), ("2024-07-15", "Beside")),
])
def test_sidecar_in_the_folder_or_beside_it(tmp_path, own, beside, expected):
    """A corpus kept as ``index.csv`` beside ``docs/``: its rows give the articles' dates and outlets."""
    docs = tmp_path / "set" / "docs"
    docs.mkdir(parents=True)
    (docs / "a.txt").write_text(HINDI, encoding="utf-8")
    for folder, sidecar in ((docs, own), (docs.parent, beside)):
        if sidecar:
            (folder / sidecar[0]).write_text("file,url,published,outlet\n" + sidecar[1] + "\n", encoding="utf-8")
    d = doc(docs)
    assert (d.published, d.outlet) == expected


def test_sidecar_read_once_per_folder(tmp_path, monkeypatch):
    root = _corpus(tmp_path, HINDI, "a.txt,,2023-01-05,")
    (root / "b.txt").write_text(HINDI, encoding="utf-8")
    calls = []
    real = documents.read_sidecar
    monkeypatch.setattr(documents, "read_sidecar", lambda f: calls.append(f) or real(f))
    paths = [str(root), str(root / "a.txt"), str(root / "b.txt")]
    assert [d.published for d in iter_documents(paths)] == ["2023-01-05", "", "2023-01-05", ""]
    assert len(calls) == 1


def test_published_from_text_when_no_metadata(tmp_path, monkeypatch):
    import factcheck.lang.published as pub

    seen = []
    monkeypatch.setattr(pub, "find_published",
                        lambda text, url="": seen.append(text) or ("2024-11-22", "header"))
    path = tmp_path / "a.txt"
    path.write_text("प्योंगयांग\u200c 10\n", encoding="utf-8")
    d = doc(path)
    assert (d.published, d.published_origin) == ("2024-11-22", "header")
    assert seen == ["प्योंगयांग 10\n"]  # folded text
    assert doc(path, published="2024-01-01").published_origin == "metadata"


def test_bad_published_argument():
    with pytest.raises(ValueError):
        list(iter_documents(["x"], published="next tuesday"))
    with pytest.raises(ValueError):
        list(iter_documents(["x"], fmt="pdf"))


@pytest.mark.parametrize("value,iso", [
    ("2024-06-18", "2024-06-18"), ("2024-6-8", "2024-06-08"), ("2024-06-18T10:30:00+05:30", "2024-06-18"),
    ("18/06/2024", "2024-06-18"), ("18.06.2024", "2024-06-18"), ("June 18, 2024", "2024-06-18"),
    ("18 Jun 2024", "2024-06-18"), ("2024-06", "2024-06"), ("2024", "2024"), ("2024-13", ""),
    ("2024-02-30", ""), ("soon", ""), ("", ""), (None, ""),
])
def test_normalize_date(value, iso):
    assert normalize_date(value) == iso


def test_normalize_date_objects():
    from datetime import date, datetime
    assert normalize_date(date(2024, 6, 18)) == "2024-06-18"
    assert normalize_date(datetime(2024, 6, 18, 23, 0)) == "2024-06-18"


def test_text_documents_get_furniture(tmp_path):
    text = ("रूस ने 10,000 सैनिक भेजे हैं।\n\nयह भी पढ़ें : चीन के 125 विमान\n\nदूसरा पैराग्राफ 5 लोग।\n"
            "\nBack to top button\n")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    d = doc(path)
    marked = [d.text[s:e] for s, e in d.furniture]
    assert marked == ["यह भी पढ़ें : चीन के 125 विमान", "Back to top button"]
    assert os.path.basename(d.source) == "a.txt"
