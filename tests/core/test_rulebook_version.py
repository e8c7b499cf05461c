"""A change of the rulebook's declarations comes with a new RULEBOOK_VERSION.

The digest of every declaration the advice is judged by (fit rules, blockers, caps, contested
ground, governance loads, readiness needs, approaches) is stored beside the version. When
this test fails, the rules changed: bump RULEBOOK_VERSION and store the new digest.
"""

from __future__ import annotations

import hashlib
import json

from wizard.core import approaches, readiness, rulebook, rules_judgement


def _canonical(value: object) -> object:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot digest {type(value).__name__}")


def digest() -> str:
    """sha256 of the declarations, as canonical JSON."""
    declared = {
        "fit": [rule.model_dump() for rule in rulebook.FIT_RULES],
        "blockers": [rule.model_dump() for rule in rulebook.BLOCKERS],
        "prohibited": rulebook.PROHIBITED.model_dump(),
        "caps": [cap.model_dump() for cap in rulebook.READINESS_CAPS],
        "contested": [rule.model_dump() for rule in rules_judgement.CONTESTED],
        "governance": [load.model_dump() for load in rules_judgement.GOVERNANCE_LOADS],
        "needs": {
            path.value: {qid: spec.model_dump() for qid, spec in needs.items()}
            for path, needs in readiness.NEEDS.items()
        },
        "weights": {dim.value: weight for dim, weight in readiness.DIMENSION_WEIGHTS.items()},
        "bands": dict(readiness.BAND_FLOORS),
        "approaches": [rule.model_dump() for rule in approaches.APPROACHES],
    }
    text = json.dumps(declared, sort_keys=True, ensure_ascii=False, default=_canonical)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_declarations_match_the_digest_stored_beside_the_version():
    assert digest() == rulebook.RULEBOOK_DIGEST, (
        f"The rulebook's declarations changed: bump RULEBOOK_VERSION "
        f"(now {rulebook.RULEBOOK_VERSION}) and set RULEBOOK_DIGEST = {digest()!r}"
    )


def test_the_version_is_a_year_and_month():
    year, month = rulebook.RULEBOOK_VERSION.split(".")
    assert len(year) == 4 and 1 <= int(month) <= 12
