"""Parsing request and answer bodies."""

from __future__ import annotations

import pytest

from llmops.gateway.errors import GatewayError
from llmops.gateway.validate import loads, parse_body


def test_body_loads_fast_path_and_fallbacks():

    assert loads('{"a": "é"}'.encode()) == {"a": "é"}
    assert loads(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}  # UTF-8 with BOM: json's own detection
    assert loads('{"a": 1}'.encode("utf-16")) == {"a": 1}
    assert loads(b" [1]") == [1]
    for bad in (b'{"a": "\xff"}', b"{nope", b"[1]"):
        with pytest.raises(GatewayError) as err:
            parse_body(bad)
        assert err.value.status == 400
