"""Status of a claim: actual, planned, possible or claimed_false.

Read from the verb group that governs the number (the nearest following finite verb in
its clause): negation/denial, सकता/संभावना, तैयारी/future, else actual; also whether a
sentence denies the one before it (:func:`denies_previous`).
"""

from __future__ import annotations

from .cues import Cues, cues
from .tokens import DIGIT, Sent, is_boundary, is_number, tokenise


def verb_window(s: Sent, ti: int, d: Cues) -> int:
    """Token index after the verb group that governs a number whose tail starts at ``ti``."""
    n = len(s.words)
    end = ti
    k = ti
    while k < n and k < ti + 16:
        w = s.words[k]
        if is_boundary(w):
            break
        if is_number(w) and k > ti and s.words[k - 1] in d.conj:
            return k - 1
        end = k + 1
        if w in d.finite or w in d.future_words or is_future(w, d):
            while k + 1 < n and (s.words[k + 1] in d.aux or is_future(s.words[k + 1], d)):
                k += 1  # "दिए जाएंगे": the auxiliaries, a future one too, belong to the verb
            nxt = s.words[k + 1] if k + 1 < n else ""
            # "मारे जाने के दावे को खारिज किया": a participle inside a noun phrase; "हिरासत में लिए गए लोगों को
            # छोड़ेगा": a participle before a plural noun describes it
            if not (nxt in d.genitive or nxt in d.dative or (nxt.endswith("ने") and len(nxt) > 2)
                    or (nxt.endswith("ों") and len(nxt) > 3)):
                return k + 1
        k += 1
    return end


def is_future(w: str, d: Cues) -> bool:
    """Whether a verb form ends in a future suffix ("करेगा", "भेजेंगे")."""
    return len(w) > 3 and w.endswith(d.future)


def status_of(s: Sent, first: int, ti: int, d: Cues) -> tuple[str, str]:
    """Status and the cue that decided it, from the verb group after the number.

    A figure that opens a list ("परिजनों को 10 लाख रुपये, घायलों को 2.5 लाख रुपये … देने की
    घोषणा की") takes the status of the verb group that ends the list.
    """
    status, cue = _status_of(s, first, ti, d)
    if cue == "no cue":
        listed = _next_in_list(s, ti, d)
        if listed is not None:
            status2, cue2 = _status_of(s, listed, listed + 1, d)
            if cue2 != "no cue":
                return status2, f"{cue2} (the list's verb)"
    return status, cue


def _next_in_list(s: Sent, ti: int, d: Cues) -> int | None:
    """The token of the next figure after a comma that continues a list, or None."""
    k = ti
    n = len(s.words)
    while k < n and not is_boundary(s.words[k]):
        if s.words[k] in d.finite:
            return None
        k += 1
    if k >= n or s.words[k] != ",":
        return None
    for j in range(k + 1, min(n, k + 12)):
        w = s.words[j]
        if w in d.finite or (is_boundary(w) and w != ","):
            return None
        if is_number(w):
            return j
    return None


def _status_of(s: Sent, first: int, ti: int, d: Cues) -> tuple[str, str]:
    stop = verb_window(s, ti, d)
    ws = s.words[ti:stop]
    other = False  # "… पर कोई कर नहीं": the negation is about another noun phrase
    for k, w in enumerate(ws):
        if w in d.negated_other:
            other = True
        if w in d.denial:
            return "claimed_false", w
        if w in d.negation and not (k + 1 < len(ws) and ws[k + 1] in d.not_negation_after) \
                and not (k and ws[k - 1] in d.not_negation_before) and not other:
            return "claimed_false", w
    for k, w in enumerate(ws):
        if w in d.possible:
            return "possible", w
        if w in d.forecast and k > 0 and ws[k - 1] in d.genitive:
            return "possible", f"{ws[k - 1]} {w} (forecast)"
    for k, w in enumerate(ws):
        if w in d.planned_strong:
            return "planned", w
        if w in d.planned_weak and any(
            x.endswith(("ने", "ना")) and len(x) > 3 for x in ws[max(0, k - 3):k]
        ):
            return "planned", f"{' '.join(ws[max(0, k - 2):k + 1])}"
        if w in d.announce and k > 0 and ws[k - 1] in d.genitive:
            return "planned", f"{ws[k - 1]} {w} (announced)"
    for w in ws:  # "दिए जाएंगे": a future auxiliary outranks the participle before it
        if w in d.future_words or is_future(w, d):
            return "planned", f"{w} (future)"
    for w in ws:
        if w in d.actual:
            return "actual", w
    for w in s.words[max(0, first - 2):first]:
        if w in d.possible:
            return "possible", w
        if w in d.planned_strong:
            return "planned", w
    # a matrix clause governing this one: "आशंका है कि 50 लोग ..."
    k = first
    while k > 0 and k > first - 24 and s.clause[k - 1] == s.clause[first]:  # a bounded look back
        k -= 1
    if s.words[k] == "कि":
        for w in reversed(s.words[max(0, k - 5):k]):
            if w in d.matrix_possible:
                return "possible", f"{w} … कि"
            if w in d.denial:
                return "claimed_false", f"{w} … कि"
            if d.events.match([w], 0) == ("statement", 1):
                break  # "इस दावे को खारिज करते हुए कहा कि उसने 19 चौकियां तबाह कीं": what was said is no denial
    tail = " ".join(ws[-3:]) if ws else ""
    return "actual", tail or "no cue"


def denies_previous(sentence: str) -> str:
    """The cue ("इन दावों का खंडन", "इससे इनकार किया") when ``sentence`` denies what the
    sentence before it claimed, else "".

    A denial word counts when an anaphor points back within four words before it
    ("इन दावों का खंडन", "इसे गलत बताया"), or when the sentence states no figure of its
    own and the denial word is an act ("मंत्रालय ने इनकार किया"). A denial under
    negation ("इनकार नहीं किया") is no denial.
    """
    d = cues()
    s = tokenise(sentence)
    words = s.words
    if d.denial.isdisjoint(words):  # most sentences deny nothing
        return ""
    digits = any(DIGIT.search(w) for w in words)
    for k, w in enumerate(words):
        if w not in d.denial:
            continue
        after = words[k + 1:k + 4]
        if any(x in d.negation for x in after) or (k and words[k - 1] in d.negation):
            continue
        verb = k + 1 < len(words) and words[k + 1] in d.denial_verbs
        lo = k
        for b in range(k - 1, max(-1, k - 5), -1):
            if is_boundary(words[b]):
                break
            if words[b] in d.denial_anaphors:
                lo = b
        if lo == k and (digits or not verb):
            continue
        hi = k + 1
        while hi < len(words) and hi - k <= 2 and words[hi] in d.denial_verbs:
            hi += 1
        if "कि" in words[hi:hi + 2]:
            continue  # "यह गलत है कि …": denies what follows, not what came before
        return sentence[s.starts[lo]:s.ends[hi - 1]]
    return ""
