"""Unicode folding: one spelling per word, offsets back into the original."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.normalize import WORD_END, WORD_START, fold, fold_word

CASES = [
    ("ज़्यादा", "ज्यादा"),  # decomposed nukta
    ("\u095bयादा", "जयादा"),  # precomposed ज़
    ("करोड़", "करोड"),
    ("करो\u095c", "करोड"),
    ("पाँच", "पांच"),
    ("अगस्\u200dत", "अगस्त"),
    ("अगस्\u200cत", "अगस्त"),
    ("१०,०००", "10,000"),
    ("०.५", "0.5"),
    ("“दृढ़ समर्थन”", '"दृढ समर्थन"'),
    ("‘बेतुका’", "'बेतुका'"),
    ("10–12 हजार", "10-12 हजार"),
    ("फ़ीसदी", "फीसदी"),
    ("\ufeffरूस", "रूस"),
    ("a\u00a0b", "a b"),
]


@pytest.mark.parametrize(("raw", "folded"), CASES)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw)[0] == folded


def test_fold_word_lowercases_latin() -> None:
    assert fold_word("Million") == "million"
    assert fold_word("हज़ार") == fold_word("हजार")


@pytest.mark.parametrize("raw", ["करोड़ 20 लाख", "ज़्यादा १०,००० सैनिक", "अगस्‍त में “बेतुका”"])
def test_spans_map_back_to_whole_words(raw: str) -> None:
    folded, offsets = fold(raw)
    words = [raw[slice(*offsets.span(*m.span()))] for m in re.finditer(r"\S+", folded)]
    assert words == raw.split()


TEXT = st.text(alphabet=st.sampled_from(list("कखगजडफ़ँंािीुू्ॉ।०१२९ ,.\u200c\u200d“”–") + ["\u095b", "a", "Z"]))


@given(TEXT)
def test_offsets_are_monotonic_and_invertible(raw: str) -> None:
    folded, offsets = fold(raw)
    starts = [offsets.start(i) for i in range(len(folded))]
    assert starts == sorted(set(starts)) and all(0 <= o < len(raw) for o in starts)
    assert offsets.end(len(folded)) == len(raw)
    assert [offsets.folded(o) for o in starts] == list(range(len(folded)))
    # each folded character comes from the original character it maps to
    assert all(raw[o].translate({}) and (folded[i] == raw[o] or fold(raw[o])[0] == folded[i])
               for i, o in enumerate(starts))


@given(TEXT)
def test_folding_is_idempotent(raw: str) -> None:
    once = fold(raw)[0]
    assert fold(once)[0] == once


@pytest.mark.parametrize("word, text, found", [
    ("शेष", "शेष आठ मौतें अन्य जिलों में हुईं", True),
    ("शेष", "विशेष राहत आयुक्त ने बताया", False),  # a vowel sign before: inside a word
    ("बाकी", "बाकी घायलों का इलाज जारी है", True),
    ("हादसा", "यह हादसा सुबह हुआ", True),
    ("हादस", "यह हादसा सुबह हुआ", False),  # a vowel sign after: the word goes on
    ("रेल", "रेलवे ने बताया", False),
    ("flood", "the flood, they said", True),
])
def test_word_boundaries_see_devanagari_vowel_signs(word: str, text: str, found: bool) -> None:
    assert bool(re.search(rf"{WORD_START}{word}{WORD_END}", text)) is found
