"""JSON on the request path: orjson where it gives the same value, the standard library otherwise.

The gateway parses every request and answer and re-encodes what it forwards; with the standard
library that was ~2.2 us to parse and ~4.3 us to encode the benchmark's 2 KB chat body, with
orjson 0.7 and 0.2 us (docs/benchmarks.md, "CPU per request").

Where the two differ: orjson refuses lone surrogates (`"\\ud800"`), NaN, Infinity, numbers
beyond a double and a byte order mark, which the standard library takes: such texts go to the
standard library, so nothing is refused for the change of parser. One difference remains: an
integer beyond 64 bits is read as the nearest float (the standard library kept it exact). No
OpenAI field takes one (`seed` is 64-bit), and the integer fields the gateway reads
(`max_tokens`, `max_completion_tokens`) refuse a float with a 400. On the way out, NaN and Infinity (only from the
standard library's reading) are written as `null`, valid JSON where the standard library wrote
the invalid `NaN`.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


def loads(data: bytes | str) -> Any:
    """The value of a JSON text (ValueError if it is not one; RecursionError when the standard
    library's fallback meets nesting deeper than the interpreter's limit)."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:  # a ValueError
        pass
    return json.loads(data)


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON of `value` (str keys, JSON types). A string holding a lone surrogate
    (possible after `loads` of an escape) is written by the standard library as its escape."""
    try:
        return orjson.dumps(value)
    except (orjson.JSONEncodeError, OverflowError):  # lone surrogates, integers beyond 64 bits
        return json.dumps(value, separators=(",", ":")).encode()
