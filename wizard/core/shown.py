"""Said once: the shown form of a declaration, per language and the few facts it depends on.

A batch of thousands of assessments shows the same few hundred declarations (steps, risks,
rules of law, cost items); each is built once and shared, which is safe because the Result's
shapes are frozen.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class Shown(Generic[T]):
    """Shown forms keyed by the declaration itself and a key (the translate function, one per
    language, and what else the form depends on, such as a risk's severity).

    The declaration is held by the cache, so its `id()` is never reused by another object
    while an entry for it exists.
    """

    def __init__(self) -> None:
        self._by_owner: dict[int, tuple[object, dict[Hashable, T]]] = {}

    def get(self, owner: object, key: Hashable, build: Callable[[], T]) -> T:
        """The shown form of `owner` under `key`, built by `build` the first time."""
        entry = self._by_owner.get(id(owner))
        if entry is None:
            entry = self._by_owner[id(owner)] = (owner, {})
        found = entry[1].get(key)
        if found is None:
            found = entry[1][key] = build()
        return found
