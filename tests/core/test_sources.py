"""Every cited source exists, is graded, and says what it is cited for; the README agrees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wizard.core import approaches, costs_table, regulation, risks, rulebook
from wizard.core.sources import KINDS, SOURCES, cited, markdown_table

ROOT = Path(__file__).resolve().parents[2]
README_TABLE = re.compile(r"<!-- sources:begin -->\n(.*?)<!-- sources:end -->", re.S)


def cited_ids() -> dict[str, str]:
    """Every source id a declaration names, mapped to one declaration that names it."""
    named: dict[str, str] = {}
    declarations = (
        *rulebook.FIT_RULES,
        *rulebook.BLOCKERS,
        rulebook.PROHIBITED,
        *rulebook.RISKS,
        *rulebook.READINESS_CAPS,
    )
    for declaration in declarations:
        named.setdefault(declaration.source, declaration.id)
    for risk in risks.RISKS:
        named.setdefault(risk.source, risk.id)
    for approach in approaches.APPROACHES:
        if approach.risk_source is not None:
            named.setdefault(approach.risk_source, approach.id)
    for price in costs_table.PRICES.values():
        named.setdefault(price.source, price.id)
    for rule in regulation.RULES:
        for source in (rule.source, *rule.also_cites):
            named.setdefault(source, rule.id)
    return named


def test_every_cited_source_exists_with_kind_year_and_citation():
    for source_id, by in cited_ids().items():
        assert source_id in SOURCES, f"{by} cites unknown source {source_id}"
        source = SOURCES[source_id]
        assert source.kind in KINDS and source.year and source.citation, source_id


def test_every_declared_source_is_cited_by_a_declaration():
    assert set(SOURCES) - set(cited_ids()) == set()


@pytest.mark.parametrize("source", list(SOURCES.values()), ids=list(SOURCES))
def test_each_source_is_graded_and_says_what_it_is_cited_for(source):
    assert source.cited_for.strip() and source.short.strip()
    assert 1900 <= source.year <= 2100
    if source.kind == "rule_of_thumb":
        assert source.link is None and "rule of thumb" in source.citation
    elif source.kind != "practitioner_essay" or source.link is not None:
        assert source.link is not None and source.link.startswith("https://"), source.id


def test_numbers_no_source_contains_are_rules_of_thumb():
    for rule in (*rulebook.FIT_RULES, *rulebook.BLOCKERS, *rulebook.RISKS):
        if any(n in rule.text for n in ("$250,000", "six months", "need hundreds of thousands")):
            assert SOURCES[rule.source].kind == "rule_of_thumb", rule.id


def test_essays_are_never_cited_for_a_budget():
    for rule in (*rulebook.FIT_RULES, *rulebook.BLOCKERS, *rulebook.RISKS):
        if "$" in rule.text:
            assert SOURCES[rule.source].kind != "practitioner_essay", rule.id


def test_cited_lists_each_source_once_in_first_order():
    ids = ["m5", None, "rudin2019", "m5"]
    assert [source.id for source in cited(ids)] == ["m5", "rudin2019"]


def test_the_readme_lists_what_each_source_is_cited_for():
    match = README_TABLE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert match, "README.md lacks the sources table markers"
    assert match.group(1) == markdown_table(), (
        "README's sources table is stale: run python -m wizard.core.sources_readme"
    )
