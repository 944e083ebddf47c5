"""Hindi wording the comparison pass reads: counting in progress, leads, increments, updates.

Pure functions over a claim's sentence and text; the words are data
(``data/comparison.yaml``). Hand-written: these are Hindi newsroom phrasings
that no library marks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..datafile import read_yaml
from ..normalize import WORD_END, WORD_START, fold
from .dates import month_pattern

_DATA = Path(__file__).parent / "data" / "comparison.yaml"
_NUMBER = (r"(?:[\d०-९][\d०-९,.]*|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|बीस|दर्जनों|दर्जन|सैकड़ों|सैकडों|सौ"
           r"|हजार|हज़ार|लाख|करोड़|करोड|कई|\w+teen|\w+ty|one|two|three|four|five|six|seven|eight|nine|ten"
           r"|hundred|thousand)")
#: Where a sentence's opening frame ends: the clause ends but "और", which joins clauses under it.
_FRAME_END = re.compile(r"[;।!?|]|\sजबकि\s|\sलेकिन\s|\swhile\s")
#: "और" joins clauses, but "एक और" is "another" ("एक और भूकंप आया").
_CLAUSE_END = re.compile(r"[,;।!?|]|(?<!एक)\sऔर\s|\sजबकि\s|\sलेकिन\s|\sand\s|\swhile\s")


def _alternation(words: list[str]) -> str:
    """One alternation of ``words`` (folded, longest first); an entry written ``re:…`` is a pattern,
    where ``{month}`` stands for any month's name (``dates.month_pattern``)."""
    patterns = [str(w)[3:].replace("{month}", month_pattern()) for w in words if str(w).startswith("re:")]
    folded = sorted({fold(str(w))[0] for w in words if not str(w).startswith("re:")}, key=len, reverse=True)
    return "|".join([*patterns, *(re.escape(w).replace(r"\ ", r"\s+") for w in folded)])


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = read_yaml(_DATA)
    out = {name: re.compile(rf"{WORD_START}(?:{_alternation(raw[name])})", re.I)
           for name in ("counting", "counted", "lead", "update", "provisional", "final", "earlier", "other_event", "subset",
                        "so_far", "since_start", "earlier_count", "earlier_figure", "told_before", "by_time_of_day", "running", "update_before", "update_down", "this_time",
                        "house_part", "standing_now")}
    # "पिछली बार के मुकाबले … 15 सीटें जीतीं": the earlier round it is measured against, not its own
    out["earlier"] = re.compile(rf"{WORD_START}(?:{_alternation(raw['earlier'])})"
                                rf"(?!\s*(?:{_alternation(raw['compared_with'])}){WORD_END})", re.I)
    out["record_since"] = re.compile(rf"(?:{_alternation(raw['record_since'])})")
    out["record_told"] = re.compile(rf"{WORD_START}(?:{_alternation(raw['record_told'])}){WORD_END}")
    out["past_tale"] = re.compile(rf"{WORD_START}(?:{_alternation(raw['past_tale'])})\s*[।.!]?[\"'”’]*\s*$")
    for event, words in (raw.get("duration_events") or {}).items():
        out[f"duration:{event}"] = re.compile(rf"{WORD_START}(?:{_alternation(words)})", re.I)
    for window, words in (raw.get("windows") or {}).items():
        out[f"window:{window}"] = re.compile(rf"{WORD_START}(?:{_alternation(words)}){WORD_END}", re.I)
    # an age: the word right after the figure ("35 साल पुरानी")
    # a sentence's opening words (after a quote or a bracket)
    out["back_reference"] = re.compile(
        rf"^[\s\"'“‘(]*(?:{_alternation(raw['back_reference'])}){WORD_END}", re.I)
    out["age"] = re.compile(rf"^\s*(?:{_alternation(raw['age'])}){WORD_END}", re.I)
    # a date the clause runs a count from: "since" within a few words after it
    out["since"] = re.compile(rf"^(?:\s+\S+){{0,6}}?\s+(?:{_alternation(raw['since'])}){WORD_END}", re.I)
    out["adds_to_total"] = re.compile(
        rf"{WORD_START}(?:{_alternation(raw['adds_to_total'])})\s.{{0,160}}?(?:संख्या|कुल|total)\s.{{0,40}}?[\d०-९]")
    relative = [w for words in raw["relative_years"].values() for w in words]
    out["relative_year"] = re.compile(rf"^\s*(?:{_alternation(relative)})(?:\s+(?:में|के|का|की|से|तक))?\s*$", re.I)
    for offset, words in raw["relative_years"].items():
        out[f"relative_year:{int(offset)}"] = re.compile(rf"{WORD_START}(?:{_alternation(words)}){WORD_END}", re.I)
    out["weekday"] = re.compile(rf"^\s*(?:\S+\s+)?(?:{_alternation(raw['weekdays'])})(?:\s+\S+){{0,2}}\s*$", re.I)
    out["increment"] = re.compile(
        rf"(?:^|\s){_NUMBER}\s+(?:{_alternation(raw['increment'])})\s+(?![\d०-९])\S", re.I)
    return out


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """``fold(text)[0]``: a claim's sentence is read by several of these tests."""
    return fold(text)[0]


def _locate(sentence: str, text: str) -> int:
    """Where the figure ``text`` stands in ``sentence``: its first occurrence not inside a longer
    number ("5" is not the 5 of "500"), else its first occurrence; -1 when absent."""
    if not text:
        return -1
    first = sentence.find(text)
    i = first
    while i >= 0:
        before, after = sentence[i - 1:i], sentence[i + len(text):i + len(text) + 1]
        if not (_DIGITS.match(before) or (before and before in ",." and i >= 2 and _DIGITS.match(sentence[i - 2]))) \
                and not _DIGITS.match(after):
            return i
        i = sentence.find(text, i + 1)
    return first


def _has(name: str, text: str) -> bool:
    return bool(_patterns()[name].search(_folded(text)))


def counting_in_progress(sentence: str) -> bool:
    """A sentence written while votes are counted ("रुझानों में भाजपा आगे चल रही है")."""
    return _has("counting", sentence)


def counting_done(sentence: str) -> bool:
    """A sentence that gives the final result ("चुनाव आयोग के अंतिम नतीजों के मुताबिक")."""
    return _has("counted", sentence)


def is_lead(sentence: str, text: str) -> bool:
    """Whether the clause after ``text`` in ``sentence`` says its candidates lead ("2 सीटों पर आगे चल रहे")."""
    i = _locate(sentence, text)
    if i < 0:
        return False
    clause = _CLAUSE_END.split(sentence[i + len(text):], maxsplit=1)[0]
    return _has("lead", clause)


def is_increment(text: str) -> bool:
    """A figure that adds to a total given elsewhere ("9 और शव", "3 अन्य घायल")."""
    return _has("increment", text)


_DIGITS = re.compile(r"[\d०-९]")
#: What stands between an update's words and a figure they are not about: another number (digits or
#: a number word: "बढ़कर चार, बंगाल में तीन की मौत; 130 किमी") or a sentence's clause end.
_OTHER_FIGURE = re.compile(rf"[\d०-९;।|]|{WORD_START}{_NUMBER}{WORD_END}")


def shows_fall(sentence: str, text: str) -> str:
    """The words right before its figure ``text`` by which a sentence presents it as the latest of a
    count that fell ("लापता लोगों की संख्या घटकर छह रह गई"; not the "तीन शव" found before), or ""."""
    folded = _folded(sentence)
    at = _locate(folded, _folded(text))
    return next((m.group() for m in _patterns()["update_down"].finditer(folded, 0, max(at, 0))
                 if not _OTHER_FIGURE.search(folded[m.end():at])), "")


def shows_update(sentence: str, text: str = "") -> str:
    """The words by which a sentence presents its figure ``text`` as the latest of a growing count,
    or "": no other figure may stand between them ("मृतकों की संख्या बढ़कर 148 हुई, बिहार में 3 की
    मौत": the rise is the 148's, not the 3's). Without ``text``, any such words of the sentence."""
    folded = _folded(sentence)
    at = _locate(folded, _folded(text)) if text else -1
    for m in _patterns()["update"].finditer(folded):
        if at < 0:
            return m.group() if not text else ""
        between = folded[m.end():at] if m.end() <= at else folded[at + len(_folded(text)):m.start()]
        if not _OTHER_FIGURE.search(between):
            return m.group()
    for m in _patterns()["update_before"].finditer(folded):
        if at < 0:
            return m.group() if not text else ""
        if m.end() <= at and not _OTHER_FIGURE.search(folded[m.end():at]):
            return m.group()  # "7.4 से संशोधित कर 7.5": the 7.5, not the 7.4
    return ""


def revised_after(sentence: str, text: str) -> str:
    """The words by which the sentence of ``text`` replaces that figure with the next one ("… ने शुरू में
    इसे 8.0 आंका था, जिसे बाद में संशोधित करके 8.7 कर दिया गया", "मुआवजा 4 लाख से बढ़ाकर 6 लाख"), or
    "": a figure its own text has revised is no one's standing claim."""
    folded = _folded(sentence)
    at = _locate(folded, _folded(text))
    if at < 0:
        return ""
    end = at + len(_folded(text))
    for m in _patterns()["update_before"].finditer(folded, end):
        between = folded[end:m.start()]
        if _OTHER_FIGURE.search(between) or not _REVISES_IT.search(between):
            break  # another figure comes first, or the revision is not said of this one
        nxt = _OTHER_FIGURE.search(folded, m.end())
        return m.group() if nxt and nxt.group() not in ";।|" else ""
    # "मृतकों का आंकड़ा 288 से घटकर 275 हुआ", "148 से बढ़कर 160": the count it rose or fell from
    m = _FROM.match(folded, end)
    if m is not None:
        moved = _patterns()["update"].match(folded, m.end()) or _patterns()["update_down"].match(folded, m.end())
        if moved is not None:
            nxt = _OTHER_FIGURE.search(folded, moved.end())
            return "से " + moved.group() if nxt and nxt.group() not in ";।|" else ""
    return ""


#: "से" right after a figure, before the words of a rise or a fall.
_FROM = re.compile(r"\s*से\s+")


#: Between a figure and a revising word, the words that make it the one revised: "से" right before
#: ("4 लाख से बढ़ाकर"), or a pronoun taking it up ("8.0 आंका था, जिसे बाद में संशोधित करके").
_REVISES_IT = re.compile(rf"(?:{WORD_START}से\s*$|{WORD_START}(?:जिसे|जिन्हें|इसे|इन्हें|उसे|उन्हें){WORD_END})")


def provisional(sentence: str) -> str:
    """The words that mark a figure provisional (to be revised by a final one), or ""."""
    m = _patterns()["provisional"].search(_folded(sentence))
    return m.group() if m else ""


_ANAPHOR = re.compile(r"^\W*(?:यह|ये|इसे|इन्हें|this|these)\s", re.I)


def provisional_remark(sentence: str) -> str:
    """The words by which a sentence with no figure of its own calls the figures of the sentence
    before provisional ("… 61.4 फीसदी वोटिंग दर्ज की गई थी। यह अनंतिम आंकड़ा है।"), or ""."""
    folded = _folded(sentence)
    if not _ANAPHOR.match(folded) or _DIGITS.search(folded):
        return ""
    return provisional(sentence)


def final(sentence: str) -> str:
    """The words that give a figure as the final one ("अंतिम आंकड़ों के अनुसार"), or ""."""
    m = _patterns()["final"].search(_folded(sentence))
    return m.group() if m else ""


def relative_year(text: str) -> bool:
    """A date written only as a year relative to the publication ("पिछले साल", "इस वर्ष में")."""
    return _has("relative_year", text)


def years_named_relative(sentence: str, published_year: int) -> frozenset[int]:
    """The years a sentence names relative to its publication ("पिछले साल इसी अवधि में": the year before)."""
    folded = _folded(sentence)
    return frozenset(published_year + offset for offset, rx in _relative_years() if rx.search(folded))


@lru_cache(maxsize=1)
def _relative_years() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(offset from the report's year, pattern) of each relative year (``relative_years``)."""
    return tuple((int(name.split(":")[1]), rx) for name, rx in _patterns().items() if name.startswith("relative_year:"))


def refers_back(sentence: str) -> str:
    """The words by which ``sentence`` opens pointing back to the time the sentence before named
    ("तब नेपाल में आए 7.8 तीव्रता के भूकंप में …", "उस समय"), or ""."""
    m = _patterns()["back_reference"].match(_folded(sentence))
    return m.group().strip(" \"'“‘(") if m else ""


_YEAR = re.compile(r"(?<![\d०-९])(?:19|20)\d\d(?![\d०-९])")


def this_time(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` tells its figure as this time's after a year it
    names before it ("2020 के चुनाव में 145 सीटें जीतने वाली एसएलपीपी इस बार सिर्फ 2 सीटें"), or ""."""
    i = _locate(sentence, text)
    if i < 0:
        return ""
    before = _folded(_CLAUSE_END.split(sentence[:i])[-1])
    years = [m.end() for m in _YEAR.finditer(before)]
    hits = list(_patterns()["this_time"].finditer(before))
    return hits[-1].group().strip() if hits and years and hits[-1].start() > years[-1] else ""


def bare_weekday(text: str) -> bool:
    """A date written only as a weekday ("गुरुवार देर रात", "पिछले शुक्रवार")."""
    return _has("weekday", text) and not any(ch.isdigit() for ch in text)


def _in_clause(name: str, sentence: str, text: str) -> str:
    """The words of list ``name`` in the clause of ``text`` within ``sentence``, or ""."""
    i = _locate(sentence, text)
    if i < 0:
        return ""
    before = _CLAUSE_END.split(sentence[:i])[-1]
    after = _CLAUSE_END.split(sentence[i + len(text):], maxsplit=1)[0]
    m = _patterns()[name].search(_folded(before + " ¤ " + after))  # ¤: where the figure stood
    return m.group() if m else ""


def in_later_clause(sentence: str, figure: str, date: str) -> bool:
    """Whether the date ``date`` stands in a clause after the one of ``figure`` ("अक्टूबर 2024 में
    ईरान ने 200 मिसाइलें दागी थीं, जिसके जवाब में इजरायल ने 26 अक्टूबर को …": the 26th is the reply's
    day, not the figure's)."""
    i, j = _locate(sentence, figure), _locate(sentence, date)
    return 0 <= i < j and _CLAUSE_END.search(sentence[i + len(figure):j]) is not None


#: "पिछली भर्ती (2024) में", "पिछले संस्करण में": the previous round of whatever the story counts, before
#: the figure in its clause; not a window back from now ("पिछले 24 घंटों में", "पिछले सप्ताह में"),
#: which the periods decide.
_PREVIOUS = re.compile(r"(?:पिछल[ीेा]|गत)\s+(?![\d०-९]|एक\s|दो\s|तीन\s|कुछ\s|कई\s|सप्ताह|हफ्त|महीन|माह|दिन|घंट|साल|वर्ष|बरस)[^\s,।]+(?:\s+\([^)]*\))?\s+में")


def earlier_round(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` places its figure in an earlier round of the
    event ("पिछली बार 62 सीटें"), or the frame its sentence opens with for the clauses "और" joins
    ("पिछले चुनाव (2017) में भाजपा ने 57 और कांग्रेस ने 11 सीटें जीती थीं"); else ""."""
    found = _in_clause("earlier", sentence, text)
    if found:
        return found
    i = _locate(sentence, text)
    if i < 0:
        return ""
    m = _PREVIOUS.search(_folded(_CLAUSE_END.split(sentence[:i])[-1]))
    if m:
        return m.group()
    frame = _FRAME_END.split(sentence[:i])[-1]  # back to the last boundary "और" does not make
    m = _patterns()["earlier"].match(_folded(frame).lstrip())
    return m.group() if m else ""


def opens_in_earlier_round(sentence: str) -> str:
    """The words by which ``sentence`` opens in an earlier round of the event ("पिछले विधानसभा चुनाव में
    भाजपा ने 44 सीटें जीती थीं"), or "": a sentence after it that points back ("तब …") is of that round."""
    m = _patterns()["earlier"].match(_folded(sentence).lstrip(" \"'“‘("))
    return m.group() if m else ""


def adds_to_total(sentence: str, text: str) -> str:
    """The words after ``text`` by which the sentence adds its figure to a total it then gives
    ("…, जिससे मारे गए सैनिकों की संख्या 47 हो गई"), or ""."""
    folded, figure = _folded(sentence), _folded(text)
    i = _locate(folded, figure)
    if i < 0:
        return ""
    m = _patterns()["adds_to_total"].search(folded, i + len(figure))
    return m.group().split()[0] if m else ""


#: A clock time ("सुबह आठ बजे", "शाम 6 बजे"): the part of the day, if said, and the hour.
_CLOCK = re.compile(r"(?:(सुबह|दोपहर|शाम|रात|तड़के)\s+)?(\S+)\s+बजे")


def clock_time(sentence: str, text: str) -> str:
    """The clock time the clause of ``text`` names ("सुबह आठ बजे जलस्तर 422.10 मीटर" -> "सुबह आठ"), or
    "": a reading at a moment is of that hour."""
    i = _locate(sentence, text)
    if i < 0:
        return ""
    before = _CLAUSE_END.split(sentence[:i])[-1]
    after = _CLAUSE_END.split(sentence[i + len(text):], maxsplit=1)[0]
    m = _CLOCK.search(_folded(before + " " + after))
    return " ".join(g for g in m.groups() if g) if m else ""


def subset(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` gives its figure as a part of one given before
    ("उनमें से चार डिब्बे"), or ""."""
    return _in_clause("subset", sentence, text)


_AMONG_BEFORE = re.compile(r"\S+(?:ों|ओं|यों)\s+में\s+(?:\S+\s+){0,2}$")


def included_among(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` counts its figure among things named just before it
    ("पटरी से उतरे डिब्बों में चार एसी कोच शामिल हैं"), or "": a part, not the whole."""
    i = _locate(sentence, text)
    if i < 0:
        return ""
    before = _CLAUSE_END.split(sentence[:i])[-1]
    after = _CLAUSE_END.split(sentence[i + len(text):], maxsplit=1)[0]
    m = _AMONG_BEFORE.search(_folded(before))
    return f"{m.group().strip()} … शामिल" if m and "शामिल" in _folded(after) else ""


_OUT_OF_BEFORE = re.compile(r"\S+(?:ों|ओं|यों)\s+में\s+से\s+$")


def out_of(sentence: str, text: str) -> str:
    """The words by which a figure is counted out of people named right before it ("बह गए जवानों में
    से सात के शव बरामद", "घायलों में से 12 की हालत गंभीर"), or "": a part, not the toll."""
    i = _locate(sentence, text)
    if i < 0:
        return ""
    m = _OUT_OF_BEFORE.search(_folded(_CLAUSE_END.split(sentence[:i])[-1]))
    return m.group().strip() if m else ""


def house_part(sentence: str, text: str) -> str:
    """The words by which the clause of the seats ``text`` counts them out of a part of the house
    ("अंचल की 34 सीटों में से"), or ""."""
    i = _locate(sentence, text)
    if i < 0:
        return ""
    m = _patterns()["house_part"].search(_folded(_CLAUSE_END.split(sentence[:i])[-1]))
    return m.group() if m else ""


_SENTENCE_PART_END = re.compile(r"[;।!?|]|(?<![\d०-९]),|\sजबकि\s|\sलेकिन\s")
_PLACE_SEATS = re.compile(r"(\S+)\s+(?:की|के)\s+(?:कुल\s+)?(?:[\d०-९][\d०-९,]*\s+(?:सीटों|सीटें|सीट)\s+में\s+से\s+"
                          r"(?:\S+\s+){0,6})?$")


def seats_of_place(sentence: str, text: str) -> str:
    """The word naming whose seats the figure ``text`` counts, written "X की 36 सीटों" or "X की 36 सीटों
    में से … 22" ("मुंबई की 36 सीटों में से महायुति ने 22"), or "": the caller decides whether X is a
    part of the house (a city, a region) or the house's own state."""
    i = _locate(sentence, text)
    if i < 0:
        return ""
    # "मुंबई की 36 सीटों में से महायुति ने 22 और MVA ने 14": the parties' clauses share the place's seats
    m = _PLACE_SEATS.search(_SENTENCE_PART_END.split(sentence[:i])[-1])
    return m.group(1) if m else ""


def other_event(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` gives its figure for another event than the
    story's own ("एक अन्य भगदड़ में 3 लोगों की मौत"), or ""."""
    return _in_clause("other_event", sentence, text)


_YEAR_OF_FIGURE = re.compile(r"(?<![\d०-९])((?:19|20)\d\d)\s+(?:के|की|का)\s+$")
_YEAR_BEFORE_FIGURE = re.compile(r"^\s+(?:के|की|का)\s+[\d०-९]")


def year_of_figure(sentence: str, text: str) -> int | None:
    """The year written as the figure's own ("जो 2017 के 53.7 फीसदी से कम है" -> 2017), else None."""
    folded, figure = _folded(sentence), _folded(text)
    at = _locate(folded, figure)
    m = _YEAR_OF_FIGURE.search(folded[max(0, at - 12):at]) if at >= 0 else None
    return int(m.group(1)) if m else None


def names_a_figures_year(sentence: str, text: str) -> bool:
    """Whether the year ``text`` is written as the next figure's own ("2017 के 53.7 फीसदी"): the
    period of that figure, not of the sentence's others."""
    folded, date = _folded(sentence), _folded(text)
    at = _locate(folded, date)
    return at >= 0 and _YEAR_BEFORE_FIGURE.match(folded[at + len(date):]) is not None


def marks_a_record(sentence: str, text: str) -> bool:
    """Whether the year ``text`` is the mark a record is measured against ("1989 के बाद की अपनी सबसे
    बड़ी जीत"): it names no period of the figures beside it, unless the sentence goes on to tell that
    year ("यह 1948 के बाद की सबसे घातक आग है, जब … 176 लोग मारे गए थे")."""
    folded, date = _folded(sentence), _folded(text)
    i = _locate(folded, date)
    after = folded[i + len(date):] if i >= 0 else ""
    return i >= 0 and _patterns()["record_since"].match(after) is not None \
        and _patterns()["record_told"].search(after) is None


def starts_a_count(sentence: str, text: str) -> bool:
    """Whether the date ``text`` is where the sentence's running count starts ("फरवरी 2022 में युद्ध
    शुरू होने के बाद से अब तक …"): it names no period of the figures beside it."""
    folded, date = _folded(sentence), _folded(text)
    i = _locate(folded, date)
    return i >= 0 and _patterns()["since"].search(folded[i + len(date):]) is not None


def earlier_count(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` gives its figure as an earlier count, since
    overtaken ("इससे पहले रविवार शाम तक 12 शव मिले थे"), or ""."""
    return _in_clause("earlier_count", sentence, text)


def by_time_of_day(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` counts it by a time of day ("शाम तक"), or ""."""
    return _in_clause("by_time_of_day", sentence, text)


def earlier_figure(sentence: str, text: str) -> str:
    """The words by which a sentence told in the past gives its figure ``text`` as one told before
    ("पहले यह आंकड़ा 103 बताया गया था"), or by which its clause says the figure had been given
    ("कई रिपोर्टों में मृतकों की संख्या 19 बताई गई थी, लेकिन …"); ""."""
    return (_in_clause("earlier_figure", sentence, text) if told_in_past(sentence) else "") \
        or told_before(sentence, text)


def told_before(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` says the figure had been given ("मृतकों की संख्या 19
    बताई गई थी, लेकिन …"): superseded, no figure its report stands by; ""."""
    return _in_clause("told_before", sentence, text)


def counts_since_start(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` runs its count from an event's start without a
    date ("संघर्ष शुरू होने के बाद से … अब तक लगभग 270 मिसाइलें"), or ""."""
    return _in_clause("since_start", sentence, text)


def is_age(sentence: str, text: str) -> bool:
    """Whether the figure ``text`` is a thing's age ("35 साल पुरानी इमारत")."""
    i = _locate(sentence, text)
    return i >= 0 and bool(_patterns()["age"].match(_folded(sentence[i + len(text):])))


def duration_event(sentence: str, text: str) -> str:
    """The event the clause of the duration ``text`` says it measures (``duration_events`` in
    comparison.yaml: "… घंटे की मशक्कत के बाद आग पर काबू पाया" -> fire_control), or ""."""
    for name in _duration_events():
        if _in_clause(f"duration:{name}", sentence, text):
            return name
    return ""


@lru_cache(maxsize=1)
def _duration_events() -> tuple[str, ...]:
    return tuple(read_yaml(_DATA).get("duration_events") or {})


def so_far_in_clause(sentence: str, text: str) -> str:
    """The words by which the clause of ``text`` gives a running count ("अब तक", "अभी तक"), or ""."""
    return _in_clause("running", sentence, text)


def so_far(sentence: str) -> bool:
    """A sentence that gives a running total ("अब तक 7 लाख", "कुल 3,754")."""
    return _has("so_far", sentence)


def told_in_past(sentence: str) -> bool:
    """A sentence told in the pluperfect ("… सिमट गई थी।", "… मिली थीं।"): a past event narrated."""
    return bool(_patterns()["past_tale"].search(_folded(sentence)))


def standing_now(sentence: str) -> bool:
    """A sentence that gives its figure as standing now ("अब भी 94 बंधक", "अब तक")."""
    return _has("standing_now", sentence)


@lru_cache(maxsize=8192)  # read for every figure of a sentence, and again for the figure after a night's
def window(sentence: str) -> str:
    """The span of time the sentence counts its figures over ("रातभर में" -> night, "इस हफ्ते" ->
    week; ``windows`` in comparison.yaml), the longest it names; "" when it names none."""
    folded = _folded(sentence)
    found = [name for name in _window_order() if _patterns()[f"window:{name}"].search(folded)]
    return found[-1] if found else ""


@lru_cache(maxsize=1)
def _window_order() -> tuple[str, ...]:
    """The spans of ``windows`` in comparison.yaml, shortest first."""
    return tuple(read_yaml(_DATA).get("windows") or {})


@lru_cache(maxsize=1)
def long_windows() -> frozenset[str]:
    """Spans longer than the event's own day (``long_windows``): never compared with a figure of no span."""
    return frozenset(read_yaml(_DATA).get("long_windows") or ())
