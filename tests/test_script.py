"""Devanagari names in Latin letters, as the English press writes them."""

from __future__ import annotations

import pytest

from factcheck.lang.script import romanise

NAMES = [
    ("थुनाग", "Thunag"),  # the silent final schwa is dropped
    ("जाजपुर", "Jajpur"),  # ... and the medial one
    ("अनंत सिंह", "Anant Singh"),  # anusvara before ह is "ngh"
    ("झूंसी", "Jhunsi"),  # ... "n" before a sibilant
    ("कंपनी", "Kampani"),  # ... "m" before a labial
    ("बाढ", "Barh"),  # ढ after a vowel is the flap folding merged into it
    ("ढाका", "Dhaka"),  # ... not at the start of a word
    ("John Kirby", "John Kirby"),  # Latin names stay as they are
]


@pytest.mark.parametrize(("hindi", "latin"), NAMES)
def test_romanise(hindi: str, latin: str) -> None:
    assert romanise(hindi) == latin
