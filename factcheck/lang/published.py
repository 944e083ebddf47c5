"""A news page's publication date from its own text or URL.

``find_published(text, url)`` -> ``(iso_date, origin)`` or None; origin is
``dateline``, ``updated``, ``header`` or ``url``.
"""

from __future__ import annotations


def find_published(text: str, url: str = "") -> tuple[str, str] | None:
    """The publication date of a page as (ISO date, origin), or None if not found."""
    return None
