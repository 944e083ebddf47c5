"""Property tests: every way of writing an integer 0..10^12 parses back to it.

The spelled-out form comes from ICU's Hindi spellout rules (PyICU), an oracle
written independently of our grammar; Indian grouping comes from Babel's en_IN
locale.
"""

from __future__ import annotations

import icu
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lang.numerals import find_quantities, parse_number
from factcheck.normalize import fold

_SPELLOUT = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale("hi"))
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
integers = st.integers(min_value=0, max_value=10**12)
# Small numbers and round multiples are where Hindi spelling is irregular.
interesting = st.one_of(
    integers,
    st.integers(min_value=0, max_value=100_000),
    st.builds(lambda a, b: a * 10**b, st.integers(1, 999), st.integers(2, 9)),
)


@settings(max_examples=300, deadline=None)
@given(interesting)
def test_ascii_digits_plain_and_western_grouping(n: int) -> None:
    assert parse_number(str(n)) == float(n)
    assert parse_number(f"{n:,}") == float(n)


@settings(max_examples=300, deadline=None)
@given(interesting)
def test_indian_grouping(n: int) -> None:
    written = format_decimal(n, locale="en_IN")
    assert parse_number(written) == float(n), written


@settings(max_examples=300, deadline=None)
@given(interesting)
def test_devanagari_digits(n: int) -> None:
    written = format_decimal(n, locale="en_IN").translate(_DEVANAGARI)
    assert parse_number(written) == float(n), written


@settings(max_examples=500, deadline=None)
@given(interesting)
def test_icu_hindi_spellout_parses_back(n: int) -> None:
    words = _SPELLOUT.format(n)
    assert parse_number(words) == float(n), words


def test_icu_spellout_every_word_below_hundred() -> None:
    for n in range(100):
        words = _SPELLOUT.format(n)
        assert parse_number(words) == float(n), words


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=10**12))
def test_spelled_number_found_in_a_sentence(n: int) -> None:
    text = fold(f"इस हादसे के बाद कुल {_SPELLOUT.format(n)} लोग प्रभावित हुए")[0]
    found = find_quantities(text)
    assert len(found) == 1, (text, found)
    assert found[0].value == float(n)


_ALPHABET = "एकदोतीनपांचसौहजारलाखकरोडसेअधिकलगभग-,.%₹ 0123456789रुपयेदिनकीमें।बी"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_spans_are_consistent_on_any_text(text: str) -> None:
    found = find_quantities(text)
    for q in found:
        assert q.text == text[q.start:q.end]
        assert q.value_low is not None or q.value_high is not None
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
