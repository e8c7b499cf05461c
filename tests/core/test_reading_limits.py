"""The decoded value is walked for nesting and lone surrogates unless the text shows it cannot
break either limit: a skipped walk never lets through what the walk would refuse."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from wizard.core.assessment import AssessmentError
from wizard.core.limits import MAX_NESTING
from wizard.core.reading import check_value, decode_json

# Text with surrogates (lone or paired), other escapes and plain characters.
texts = st.text(
    alphabet=st.sampled_from(["a", "é", "\\", "\ud800", "\udfff", "\U0001f600", '"', "u"]),
    max_size=6,
)
values = st.recursive(
    st.none() | st.integers(-9, 9) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=60,
)


def _refused(value: object) -> bool:
    try:
        check_value(value)
    except AssessmentError:
        return True
    return False


@given(values, st.integers(0, MAX_NESTING + 3), st.booleans())
def test_what_the_walk_refuses_is_refused_when_decoding(value, wrap, escaped):
    for _ in range(wrap):
        value = [value]
    # Escaped, surrogates become \ud800 escapes; not escaped, they stay in the text, as in a
    # str given to parse() that never was UTF-8.
    text = json.dumps(value, ensure_ascii=escaped)
    # Decoded without limits: two escapes in a row may make one character of a pair.
    decoded = json.loads(text)
    if _refused(decoded):
        try:
            decode_json(text)
        except AssessmentError:
            return
        raise AssertionError(f"decoding let through what the walk refuses: {text[:200]}")
    assert decode_json(text) == decoded
