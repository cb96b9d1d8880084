"""The request path's JSON (jsoncodec): orjson where it reads and writes the same values as the
standard library, the standard library for what orjson refuses."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from llmops.gateway import jsoncodec

# Any str, lone surrogates included (json.loads of a "\ud800" escape gives one).
_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=20)
_SCALARS = st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.floats(allow_nan=False, allow_infinity=False) | _TEXT
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_any_json_text_reads_as_the_standard_library_reads_it(value):
    escaped = json.dumps(value)  # ASCII: lone surrogates as escapes
    assert jsoncodec.loads(escaped.encode()) == jsoncodec.loads(escaped) == json.loads(escaped)
    raw = json.dumps(value, ensure_ascii=False, indent=1)
    try:
        data = raw.encode()  # the UTF-8 bytes a client sends (impossible with a lone surrogate)
    except UnicodeEncodeError:
        return
    assert jsoncodec.loads(data) == json.loads(raw)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_what_is_written_reads_back_as_the_same_value(value):
    assert json.loads(jsoncodec.dumps(value)) == value


def test_what_orjson_refuses_goes_to_the_standard_library():
    assert jsoncodec.loads(b'{"a":"x\\ud800y"}') == {"a": "x\ud800y"}  # a lone surrogate escape
    assert math.isnan(jsoncodec.loads(b"[NaN]")[0]) and jsoncodec.loads(b"1e400") == math.inf
    assert jsoncodec.loads(b"\xef\xbb\xbf{}") == {}  # a byte order mark
    assert jsoncodec.loads("{\"a\": 1}".encode("utf-16")) == {"a": 1}
    assert json.loads(jsoncodec.dumps({"a": "x\ud800y"})) == {"a": "x\ud800y"}, "written as its escape"
    assert jsoncodec.dumps([2**70]) == b"[1180591620717411303424]"


def test_not_json_is_a_value_error():
    for data in (b"", b"{", b"{'a': 1}", b"\xff\xfe\x00", b"[1,]"):
        try:
            jsoncodec.loads(data)
        except ValueError:
            continue
        raise AssertionError(f"{data!r} was read")


def test_the_one_documented_difference_a_huge_integer_reads_as_a_float():
    assert jsoncodec.loads(b"12345678901234567890123") == 1.2345678901234568e22
