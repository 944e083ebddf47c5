"""Page furniture in plain-text news pages: spans whose numbers are not the article's claims.

Scraped pages keep what surrounded the article: "यह भी पढ़ें" teasers, lists of
linked headlines, menus, breadcrumb trails, comment forms, hashtags, a second copy
of the headline.
``furniture_spans`` finds them line by line. It errs on the side of *not*
marking: a false span hides real claims, so subheadings between paragraphs,
bullet lists, tables of figures and the page title are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.normalize import fold

#: Markers that introduce a linked story; on a line of their own they take the headline below.
TEASERS: tuple[str, ...] = (
    "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "यह भी देखें", "ये भी देखें", "और पढ़ें",
    "ये खबर भी पढ़ें", "यह खबर भी पढ़ें", "ये खबरें भी पढ़ें", "इन्हें भी पढ़ें", "यह भी पढ़िए", "ये भी पढ़िए",
    "संबंधित खबरें", "संबंधित खबर",
    "Also Read", "Read also", "Read more", "Pls read", "Please read", "Related Post",
    "Related News", "Related Articles",
)
#: A line starting with one of these (after bullets/quotes) is furniture.
MARKERS: tuple[str, ...] = TEASERS + (
    "Leave a Reply", "Leave a Comment", "Your email address will not be published",
    "Save my name, email", "Back to top", "Share this", "Follow us", "डिस्क्लेमर", "Disclaimer",
)
#: Whole lines that are furniture only when they stand alone.
WHOLE_LINES: frozenset[str] = frozenset({
    "breaking news", "close", "menu", "home", "search", "advertisement", "विज्ञापन",
    "share", "tweet", "whatsapp", "facebook", "twitter", "comments",
})

_SENTENCE_END = "।॥.?!"
_CLOSERS = "\"'’”)]»>*"
_BULLET = re.compile(r"^\s*(?:[-•*·▪►➤>]+|\d+[.)])\s")
_LEAD = re.compile(r"^[\s\W_]*?(?=\w)")  # leading bullets, quotes, punctuation
_WS = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
#: A menu label with a year in it ("चुनाव 2025", "IPL 2024", "बजट 2024-25").
_YEAR_LABEL = re.compile(r"^\D*[^\W\d]\s+(?:19|20)\d\d(?:-\d\d)?$|^(?:19|20)\d\d\s+\D*[^\W\d]$")
#: Copyright lines: "© 2024 सर्वाधिकार सुरक्षित", "Copyright 2023 ...", "All rights reserved".
_COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)\s|copyright\b|कॉपीराइट)|सर्वाधिकार\s+सुरक्षित|all\s+rights\s+reserved")
_PIPE = re.compile(r"\s+[|•·]\s+")
#: What splits a breadcrumb trail ("होम › विदेश › एशिया", "Home > India > Uttar Pradesh").
_CRUMB = re.compile(r"\s+[›»>]\s+")
_MAX_CRUMB_WORDS = 16
_FOLDED_MARKERS = tuple(fold(m)[0].lower() for m in MARKERS)
_FOLDED_TEASERS = frozenset(fold(m)[0].lower() for m in TEASERS)
_MAX_HEADLINE_WORDS = 20
_MIN_LIST = 3  # linked headlines
_MIN_MENU = 4  # menu items


@dataclass(slots=True)
class _Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # stripped
    words: int

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def sentence_end(self) -> bool:
        return self.text.rstrip(_CLOSERS + " ")[-1:] in tuple(_SENTENCE_END)

    @property
    def headline(self) -> bool:
        """A linked-headline shape: 4-20 words, no closing punctuation, not a bullet."""
        return (4 <= self.words < _MAX_HEADLINE_WORDS and not self.sentence_end
                and not self.text.endswith(":") and not _BULLET.match(self.text))

    @property
    def menu_item(self) -> bool:
        """A menu entry: 1-3 words, no sentence punctuation, no figures."""
        return (1 <= self.words <= 3 and not self.sentence_end and not self.text.endswith(":")
                and not _DIGIT.search(self.text) and not _BULLET.match(self.text))

    @property
    def menu_label(self) -> bool:
        """A menu entry, or a 2-3 word section label with a year ("चुनाव 2025") among them."""
        return self.menu_item or (2 <= self.words <= 3 and _YEAR_LABEL.match(self.text) is not None)

    @property
    def menu_bar(self) -> bool:
        """A menu written on one line: four or more short labels split by | or •."""
        parts = _PIPE.split(self.text)
        return len(parts) >= _MIN_MENU and all(
            _Line(0, 0, p.strip(), len(p.split())).menu_label for p in parts) and sum(
            not _DIGIT.search(p) for p in parts) >= _MIN_MENU - 1

    @property
    def breadcrumb(self) -> bool:
        """A breadcrumb trail: three or more section labels split by › » or >, the last one may be the
        story's own title ("Hindi News › World › Afghanistan Earthquake Herat …")."""
        parts = _CRUMB.split(self.text)
        return len(parts) >= 3 and not self.sentence_end and all(
            0 < len(p.split()) <= (_MAX_CRUMB_WORDS if i == len(parts) - 1 else 4) for i, p in enumerate(parts))

    @property
    def body(self) -> bool:
        return not self.blank and not self.headline and not self.menu_item


def _lines(text: str) -> list[_Line]:
    out = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if m.start() == m.end():
            break
        raw = m.group().rstrip("\r\n")
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + lead
        out.append(_Line(start, start + len(stripped), stripped, len(stripped.split())))
    return out


def _key(line: str) -> str:
    """A line folded for comparison: Unicode-folded, lower-case, single-spaced."""
    return _WS.sub(" ", fold(line)[0]).strip().lower()


def _marker(line: _Line) -> str | None:
    """The furniture marker this line starts with, or None."""
    key = _key(line.text)
    lead = _LEAD.match(key)
    body = key[lead.end():] if lead else key
    for marker in _FOLDED_MARKERS:
        if body.startswith(marker):
            return marker
    if key.strip(" :.-|") in WHOLE_LINES:
        return key
    return None


def _hashtags(line: _Line) -> bool:
    return not line.blank and all(w.startswith("#") and len(w) > 1 for w in line.text.split())


def _next_nonblank(lines: list[_Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged ``(start, end)`` spans of page furniture in ``text`` (str offsets)."""
    lines = _lines(text)
    marked = [False] * len(lines)
    _mark_markers(lines, marked)
    _mark_runs(lines, marked, lambda ln: ln.menu_label, _MIN_MENU, require_body_before=False,
               core=lambda ln: ln.menu_item)
    _mark_runs(lines, marked, lambda ln: ln.headline, _MIN_LIST, require_body_before=True)
    _mark_repeats(lines, marked)
    spans: list[tuple[int, int]] = []
    for line, flag in zip(lines, marked, strict=True):
        if not flag or line.blank:
            continue
        if spans and not text[spans[-1][1]:line.start].strip():
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((line.start, line.end))
    return spans


def _mark_markers(lines: list[_Line], marked: list[bool]) -> None:
    """Marker lines and hashtag lines; a bare marker ("Also Read:") takes the headline after it."""
    for i, line in enumerate(lines):
        if line.blank:
            continue
        marker = _marker(line)
        if marker is None and not _hashtags(line) and not line.menu_bar and not line.breadcrumb \
                and not _COPYRIGHT.search(_key(line.text)):
            continue
        marked[i] = True
        bare = marker in _FOLDED_TEASERS and len(_key(line.text).strip(" :-–|>».…")) <= len(marker)
        j = _next_nonblank(lines, i)
        if bare and j is not None and lines[j].headline and _marker(lines[j]) is None:
            marked[j] = True


def _mark_runs(lines: list[_Line], marked: list[bool], member, minimum: int, *,
               require_body_before: bool, core=None) -> None:
    """Mark runs of ``member`` lines separated only by blank lines.

    A run's last line is spared when a body paragraph follows it (it is that
    paragraph's subheading). With ``require_body_before``, runs above the first
    body paragraph (title, standfirst, date line) are left alone, and so are
    runs introduced by a line ending in ":" (a list the article announces).
    With ``core``, all but one of the ``minimum`` lines must also be ``core`` lines
    (a year label "चुनाव 2025" counts only inside a run of plain menu items).
    """
    seen_body = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if marked[i] or not member(line):
            seen_body = seen_body or line.body
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(lines):
            if lines[j].blank:
                j += 1
            elif not marked[j] and member(lines[j]):
                run.append(j)
                j += 1
            else:
                break
        follower = _next_nonblank(lines, run[-1])
        if follower is not None and lines[follower].body:
            run.pop()
        prev = _prev_nonblank(lines, i)
        intro = prev is not None and lines[prev].text.endswith(":")
        enough = core is None or sum(1 for k in run if core(lines[k])) >= minimum - 1
        if len(run) >= minimum and enough and (not require_body_before or (seen_body and not intro)):
            for k in run:
                marked[k] = True
        i = j


def _prev_nonblank(lines: list[_Line], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if not lines[j].blank:
            return j
    return None


def _mark_repeats(lines: list[_Line], marked: list[bool]) -> None:
    """A line of three or more words that repeats an earlier line (a copied headline)."""
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if line.blank or line.words < 3:
            continue
        key = _key(line.text)
        if key in seen:
            marked[i] = True
        seen.add(key)
