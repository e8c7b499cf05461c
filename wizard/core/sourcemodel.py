"""The shape of a cited source: what it is, how strong it is, and what it is cited for."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from wizard.core.i18n import Translate, untranslated
from wizard.core.result import Source as ShownSource

SourceKind = Literal[
    "peer_reviewed",
    "official_guidance",
    "regulation",
    "industry_report",
    "practitioner_essay",
    "rule_of_thumb",
]
KINDS: tuple[str, ...] = get_args(SourceKind)


class Source(BaseModel):
    """A graded citation: a short form for reasons, a full one for the bibliography."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    short: str
    citation: str
    year: int = Field(ge=1900, le=2100)
    kind: SourceKind
    link: str | None = None
    cited_for: str = Field(
        description="what the rulebook takes from it, and no more (translatable, 'sources')"
    )

    @property
    def full(self) -> str:
        """The full citation (the name the brief's bibliography reads)."""
        return self.citation

    def shown(self, translate: Translate = untranslated) -> ShownSource:
        """The source as the result lists it, `cited_for` in the language of `translate`."""
        return ShownSource(
            id=self.id,
            citation=self.citation,
            year=self.year,
            kind=self.kind,
            link=self.link,
            cited_for=translate("sources", self.cited_for),
        )
