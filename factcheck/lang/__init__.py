"""Hindi language knowledge as pure functions over plain data files.

Like ``spacy/lang/hi``, nothing here needs a model: each module reads its word
lists from ``data/`` once and works on text folded by
:func:`factcheck.normalize.fold` (one spelling per word, ASCII digits).
Offsets returned index the text passed in.

- ``sentences``  sentence boundaries (।, ॥, . ? !, closing quotes, line breaks)
- ``numerals``   number words, digits, qualifiers, ranges, units -> ``Quantity``
- ``dates``      calendar dates, relative dates -> ``DateMention``
- ``published``  a document's publication date from its text or URL
- ``gazetteer``  canonical entities and their Hindi aliases -> ``EntityMention``
- ``roles``      kind, subject, object, status, event, attribution of a claim
"""
