"""Optional NLP backends that produce spaCy Docs for our components.

``factcheck.backends.stanza`` turns Stanza's Hindi analysis (tokens, lemmas,
POS, dependencies, NER) into a spaCy ``Doc``. It needs the ``stanza`` extra
(``pip install -e '.[stanza]'``); importing this package does not.
"""

from __future__ import annotations

#: Backend names accepted by ``--nlp``; ``blank`` is the default rule pipeline.
BACKENDS: tuple[str, ...] = ("blank", "stanza")
