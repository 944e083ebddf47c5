"""Unicode folding: one spelling per word, offsets back into the original."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.normalize import OffsetMap, fold, fold_word

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
    folded, index = fold(raw)
    offsets = OffsetMap(index)
    words = [raw[slice(*offsets.span(*m.span()))] for m in re.finditer(r"\S+", folded)]
    assert words == raw.split()


TEXT = st.text(alphabet=st.sampled_from(list("कखगजडफ़ँंािीुू्ॉ।०१२९ ,.\u200c\u200d“”–") + ["\u095b", "a", "Z"]))


@given(TEXT)
def test_index_is_monotonic_and_inside(raw: str) -> None:
    folded, index = fold(raw)
    assert len(index) == len(folded) + 1
    assert index == sorted(index) and index[-1] == len(raw)
    assert all(0 <= i < len(raw) for i in index[:-1])


@given(TEXT)
def test_folding_is_idempotent(raw: str) -> None:
    once = fold(raw)[0]
    assert fold(once)[0] == once
