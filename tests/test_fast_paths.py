"""The pipeline's fast paths give what the plain computation gives.

Each shortcut (a cheap search that skips a pattern, a substitution instead of a
translate table, a scan without a lookbehind) is checked against the plain
computation it replaces, on Hindi news phrasing and on random mixtures of it
with the characters and words the shortcut is about.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lang import dates, events, published, things
from factcheck.lang.tokens import _BOUNDARIES, TOKEN, is_boundary, tokenise
from factcheck.normalize import _TABLE, fold

#: Pieces of Hindi news text: dates in every spelling, figures, event words, names, punctuation.
PIECES = [
    "उत्तर कोरिया ने रूस को लगभग 10,000 सैनिक भेजे हैं।", "ओडिशा के जाजपुर जिले में रविवार शाम",
    "भूकंप के झटके", "भूकम्प", "Earthquake", "QUAKE", "भगदड़ में 30 की मौत", "विमान हादसे के बाद आग",
    "12/05/2024 को", "2024-06-16", "१२.०५.२०२४", "3-4-21", "वर्ष 2019 में", "2019-20 के बजट में",
    "1990s में", "1990's", "1971 के युद्ध में", "सन 1947 में", "80 के दशक में", "नब्बे के दशकों", "पिछले साल", "अगले हफ्ते", "बीती रात",
    "14 मार्च (शुक्रवार)", "Updated: Aug 12, 2024", "SEPT 5, 2024", "Sept. 5", "अग. 15", "JAN 1",
    "इस महीने की 14 तारीख", "दो दिन पहले", "ज़िले", "ज़\u200cमीन", "पाँच", "“उन्होंने कहा”", "–", "\u00a0",
    "कि", "लेकिन", ",", "।", "(", ")", " ", "\n", "x", "a", "ा", "0s", "दशक",
]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, st.text(alphabet=[*map(chr, _TABLE), *"कख ज़0१\n"], max_size=80)))
def test_fold_matches_the_translate_table(text: str) -> None:
    folded, offsets = fold(text)
    assert folded == text.translate(_TABLE)
    dropped = [i for i, ch in enumerate(text) if _TABLE.get(ord(ch), ch) is None]
    assert offsets.shifts == [i - k for k, i in enumerate(dropped)]


def test_fold_keeps_text_with_nothing_to_fold() -> None:
    text = "रूस ने 24 फरवरी को हमला किया।"
    folded, offsets = fold(text)
    assert folded is text and offsets.shifts == []


@settings(max_examples=300, deadline=None)
@given(texts)
def test_event_words_count_as_findall_does(text: str) -> None:
    folded = fold(text)[0]
    for _, _, rx, _ in events._story_events():
        n = len(rx.findall(folded))
        assert events._count(rx, folded) == n
        assert events._count(rx, folded, first_only=True) == min(n, 1)


@pytest.mark.parametrize("pattern", [r"(?<!\w)(?:|ab)(?!\w)", r"(?<!\w)(?:ab|)(?!\w)", r"(?<!\w)(?:)(?!\w)"])
@pytest.mark.parametrize("text", ["", "ab ab x", "abab ab", " ", "x"])
def test_an_empty_phrase_counts_as_findall_does(pattern: str, text: str) -> None:
    rx = re.compile(pattern)
    assert events._count(rx, text) == len(rx.findall(text))
    assert events._count(rx, text, first_only=True) == min(len(rx.findall(text)), 1)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_tells_event_is_story_events_or_a_happening(text: str) -> None:
    plain = bool(events.story_events(text)) or bool(events._happened().search(fold(text)[0]))
    assert events.tells_event(text) == plain


def test_story_events_hands_out_its_own_dict() -> None:
    text = "नेपाल में भूकंप से 30 की मौत, भूकंप के झटके भारत तक"
    first = events.story_events(text)
    first["quake"] = 99
    assert events.story_events(text) == {"quake": 2}


@settings(max_examples=300, deadline=None)
@given(text=texts, pub=st.sampled_from([None, dates.dt.date(2024, 6, 17)]))
def test_find_dates_guards_skip_only_what_cannot_match(text: str, pub: dates.dt.date | None) -> None:
    folded = fold(text)[0]
    guarded = dates.find_dates(folded, pub)
    with pytest.MonkeyPatch.context() as m:  # every guard open: each pattern runs on every sentence
        m.setattr(dates, "_NUMERIC_NEEDS", re.compile(""))
        m.setattr(dates, "_YEAR_NEEDS", re.compile(""))
        m.setattr(dates, "_DECADE_NEEDS", ("",))
        assert dates.find_dates(folded, pub) == guarded


@settings(max_examples=300, deadline=None)
@given(texts)
def test_calendar_dates_of_a_line_as_find_dates_gives_them(text: str) -> None:
    line = fold(text)[0]
    plain = [m for m in dates.find_dates(line) if published._calendar(m.text)]
    assert published._calendar_dates(line) == plain


@settings(max_examples=300, deadline=None)
@given(texts)
def test_tokenise_clause_numbers(text: str) -> None:
    sentence = fold(text)[0]
    s = tokenise(sentence)
    words = [m.group() for m in TOKEN.finditer(sentence)]
    assert list(s.words) == words
    assert [sentence[a:b] for a, b in zip(s.starts, s.ends, strict=True)] == words
    count, clauses, when = 0, [], False
    for w in words:
        when = when or w == "जब"
        count += w in _BOUNDARIES and (w != "तब" or when)  # "तब" opens a clause only after "जब"
        clauses.append(count)
    assert list(s.clause) == clauses and all(type(c) is int for c in s.clause)


@pytest.mark.parametrize(("sentence", "same_clause"), [
    ("बाइडेन को तब 306 इलेक्टोरल वोट मिले थे।", True),  # "then": an adverb
    ("जब बांध टूटा तब 5 लोग बह गए।", False),  # "जब … तब": two clauses
])
def test_then_opens_a_clause_only_after_when(sentence: str, same_clause: bool) -> None:
    s = tokenise(sentence)
    assert (s.clause[0] == s.clause[s.words.index("5" if "5" in s.words else "306")]) == same_clause


@pytest.mark.parametrize("word, boundary", [("कि", True), ("लेकिन", True), (",", True), ("।", True),
                                            ("।।", False), ("सैनिक", False), ("", False)])
def test_is_boundary(word: str, boundary: bool) -> None:
    assert is_boundary(word) is boundary


@pytest.mark.parametrize("words, phrase, found", [
    (["पहले", "चरण", "में", "पहले", "चरण"], ("पहले", "चरण"), [0, 3]),
    (["दूसरे", "चरण", "में"], ("पहले", "चरण"), []),
    (["पहले"], ("पहले", "चरण"), []),
    ((), ("पहले",), []),
])
def test_find_phrase(words: list[str], phrase: tuple[str, ...], found: list[int]) -> None:
    assert things._find(words, phrase) == found


def test_a_figures_window_is_a_fresh_list_each_time() -> None:
    sentence = "बिहार में पहले चरण में 64.66 प्रतिशत मतदान हुआ"
    start = sentence.index("64")
    first = things._window(sentence, start, start + 5)
    first[0].append("x")
    again = things._window(sentence, start, start + 5)
    assert again[0] == ["बिहार", "में", "पहले", "चरण", "में"] and again[2] == ["प्रतिशत", "मतदान", "हुआ"]
