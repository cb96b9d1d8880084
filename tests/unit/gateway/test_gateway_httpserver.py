"""The HTTP server's pure parts: the request head (`parse_head`), the body's framing
(`body_framing`) and the incremental chunked decoder (`ChunkedReader`)."""

from __future__ import annotations

import pytest

from llmops.gateway.httpserver import MAX_HEAD, ChunkedReader, HttpError, body_framing, parse_head


def status_of(fn, *args) -> int:
    with pytest.raises(HttpError) as caught:
        fn(*args)
    return caught.value.status


# --- parse_head --------------------------------------------------------------------------


def test_head_parses_method_target_version_and_lower_cased_headers():
    method, target, version, headers = parse_head(
        b"POST /v1/chat/completions?x=1 HTTP/1.1\r\nHost: gw\r\nContent-Type:application/json\r\nX-Empty:\r\nX-Pad: \t v \t ")
    assert (method, target, version) == ("POST", "/v1/chat/completions?x=1", "1.1")
    assert headers == {"host": "gw", "content-type": "application/json", "x-empty": "", "x-pad": "v"}


def test_head_without_fields_and_http_1_0():
    assert parse_head(b"GET / HTTP/1.0") == ("GET", "/", "1.0", {})


def test_repeated_fields_are_joined_in_order():
    _, _, _, headers = parse_head(b"GET / HTTP/1.1\r\nAccept: a\r\nX: 1\r\naccept: b\r\nACCEPT: c")
    assert headers == {"accept": "a, b, c", "x": "1"}


def test_field_values_are_latin_1_and_targets_keep_their_bytes():
    _, target, _, headers = parse_head(b"GET /caf\xe9 HTTP/1.1\r\nX-Name: J\xfcrgen")
    assert target == "/caf\xe9"
    assert headers["x-name"] == "J\xfcrgen"


@pytest.mark.parametrize("line", [
    b"GET /",  # no version
    b"GET / HTTP/1.1 ",  # trailing space
    b"GET  / HTTP/1.1",  # two spaces
    b" GET / HTTP/1.1",  # leading space
    b"GET\t/ HTTP/1.1",  # tab as separator
    b"GET / http/1.1",  # lower-case protocol name
    b"GET / HTTP/1",  # no minor version
    b"GET / HTTP/1.10",  # two-digit minor version
    b"GET / HTTP/11.1",
    b"G(T / HTTP/1.1",  # not a token
    b"GET /a\x00b HTTP/1.1",  # NUL in the target
    b"GET /a\x01b HTTP/1.1",  # a control character in the target
    b"GET /a\x7fb HTTP/1.1",  # DEL in the target
    b"GET /a\rb HTTP/1.1",  # bare CR in the request line
    b"GET / HTTP/1.1\nHost: x",  # bare LF ends the request line
    b"",
])
def test_malformed_request_line_is_400(line):
    assert status_of(parse_head, line) == 400


@pytest.mark.parametrize("version", [b"2.0", b"1.2", b"0.9", b"3.0"])
def test_other_http_versions_are_505(version):
    assert status_of(parse_head, b"GET / HTTP/" + version + b"\r\nHost: x") == 505


@pytest.mark.parametrize("fields", [
    b"Host: x\r\n folded",  # obsolete line folding (space)
    b"Host: x\r\n\tfolded",  # obsolete line folding (tab)
    b"Host : x",  # whitespace before the colon
    b"Host\t: x",
    b"Host: x\nX-Smuggled: y",  # bare LF between fields
    b"Host: x\rX-Smuggled: y",  # bare CR in a value
    b"Host: x\x00y",  # NUL in a value
    b"Ho\x00st: x",  # NUL in a name
    b"Host x",  # no colon
    b": x",  # empty name
    b"H(st: x",  # a name that is not a token
    b"Host: x\r\n",  # an empty line inside the head
])
def test_malformed_header_field_is_400(fields):
    assert status_of(parse_head, b"GET / HTTP/1.1\r\n" + fields) == 400


# --- body_framing ------------------------------------------------------------------------


@pytest.mark.parametrize("headers, length", [
    ({}, 0),
    ({"content-length": "0"}, 0),
    ({"content-length": "42"}, 42),
    ({"content-length": " 42 "}, 42),
    ({"content-length": "42, 42"}, 42),  # a repeated field with the same value (RFC 9112 6.3)
    ({"content-length": "007"}, 7),
    ({"transfer-encoding": "chunked"}, None),
    ({"transfer-encoding": "Chunked"}, None),
])
def test_framing_gives_the_length_or_none_for_chunked(headers, length):
    assert body_framing(headers) == length


def test_framing_of_a_joined_duplicate_content_length_header_from_parse_head():
    _, _, _, headers = parse_head(b"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5")
    assert body_framing(headers) == 5
    _, _, _, headers = parse_head(b"POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6")
    assert status_of(body_framing, headers) == 400


@pytest.mark.parametrize("value", ["5, 6", "5,", "", "-1", "+5", "5.0", "0x10", "1e3", "5 5", "\u0665", "1" * 19])
def test_bad_or_conflicting_content_length_is_400(value):
    assert status_of(body_framing, {"content-length": value}) == 400


def test_largest_accepted_content_length_has_18_digits():
    assert body_framing({"content-length": "9" * 18}) == 10**18 - 1


@pytest.mark.parametrize("te", ["chunked", "gzip", "gzip, chunked"])
def test_content_length_with_transfer_encoding_is_400(te):
    assert status_of(body_framing, {"content-length": "5", "transfer-encoding": te}) == 400


@pytest.mark.parametrize("te", ["gzip", "chunked, gzip", "identity", "", "chunked,", "xchunked"])
def test_transfer_encoding_not_ending_in_chunked_is_400(te):
    assert status_of(body_framing, {"transfer-encoding": te}) == 400


@pytest.mark.parametrize("te", ["gzip, chunked", "gzip,chunked", "deflate, chunked", "chunked, chunked"])
def test_other_transfer_codings_before_chunked_are_501(te):
    assert status_of(body_framing, {"transfer-encoding": te}) == 501


# --- ChunkedReader -----------------------------------------------------------------------

BODY = b"5\r\nhello\r\n1;name=value\r\n \r\nA\r\n0123456789\r\n0\r\n\r\n"
DECODED = b"hello 0123456789"


def feed_in_pieces(data: bytes, pieces: list[int], limit: int = 1 << 20) -> tuple[ChunkedReader, bytes]:
    """Feed `data` cut at the offsets in `pieces`, the way the server does: what the reader did
    not consume is kept and the next read appended to it. Returns the reader and what was left."""
    reader = ChunkedReader(limit)
    buf = b""
    start = 0
    for cut in [*pieces, len(data)]:
        buf += data[start:cut]
        start = cut
        buf = buf[reader.feed(buf, 0):]
    return reader, buf


def test_whole_body_in_one_feed():
    reader = ChunkedReader(1000)
    at = reader.feed(BODY + b"GET / HTTP/1.1\r\n\r\n", 0)
    assert reader.done
    assert b"".join(reader.parts) == DECODED
    assert reader.size == len(DECODED)
    assert not reader.too_large
    assert at == len(BODY)  # stops at the end of the body: what follows is the next request


def test_feed_honours_the_start_offset():
    reader = ChunkedReader(1000)
    assert reader.feed(b"junk" + BODY, 4) == 4 + len(BODY)
    assert reader.done and b"".join(reader.parts) == DECODED


def test_fed_byte_by_byte():
    reader, left = feed_in_pieces(BODY, list(range(1, len(BODY))))
    assert reader.done and left == b""
    assert b"".join(reader.parts) == DECODED


@pytest.mark.parametrize("cut", range(1, len(BODY)))
def test_split_at_every_position(cut):
    reader, left = feed_in_pieces(BODY, [cut])
    assert reader.done and left == b""
    assert b"".join(reader.parts) == DECODED


def test_not_done_until_the_final_empty_line():
    for end in range(len(BODY)):
        reader = ChunkedReader(1000)
        reader.feed(BODY[:end], 0)
        assert not reader.done, end


def test_trailers_are_read_and_dropped():
    body = b"3\r\nabc\r\n0\r\nX-Checksum: 1\r\nX-Other:two\r\n\r\nNEXT"
    for cut in range(1, len(body)):
        reader, left = feed_in_pieces(body, [cut])
        assert reader.done and left == b"NEXT"
        assert b"".join(reader.parts) == b"abc"


def test_empty_body_and_zero_padded_sizes():
    reader = ChunkedReader(10)
    reader.feed(b"0\r\n\r\n", 0)
    assert reader.done and reader.parts == [] and reader.size == 0
    reader = ChunkedReader(10)
    reader.feed(b"003\r\nabc\r\n000\r\n\r\n", 0)
    assert reader.done and b"".join(reader.parts) == b"abc"


def test_hex_sizes_in_both_cases_and_whitespace_around_the_size():
    data = bytes(range(256)) * 2
    reader = ChunkedReader(1000)
    reader.feed(b"1Ff\r\n" + data[:0x1FF] + b"\r\n1 \t; ext\r\n" + data[0x1FF:] + b"\r\n0\r\n\r\n", 0)
    assert reader.done and b"".join(reader.parts) == data


def test_limit_exceeded_is_too_large_and_keeps_nothing_past_it():
    reader = ChunkedReader(limit=8)
    reader.feed(b"5\r\nhello\r\n", 0)
    assert not reader.too_large
    reader.feed(b"5\r\nworld\r\n0\r\n\r\n", 0)
    assert reader.too_large
    assert reader.size == 10
    assert b"".join(reader.parts) == b"hello"  # the over-limit chunk is not kept


def test_body_exactly_at_the_limit_is_not_too_large():
    reader = ChunkedReader(limit=10)
    reader.feed(b"5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n", 0)
    assert reader.done and not reader.too_large
    assert b"".join(reader.parts) == b"helloworld"


def test_too_large_shows_as_soon_as_the_data_passes_the_limit():
    reader = ChunkedReader(limit=4)
    reader.feed(b"100\r\n" + b"x" * 5, 0)  # a chunk announced larger than the limit, partly sent
    assert reader.too_large and not reader.done


@pytest.mark.parametrize("line", [
    b"",  # empty size line
    b"g",
    b"-5",
    b"0x5",
    b"5 5",
    b"1" * 16,  # more than 15 hex digits
    b"5;ext\nx",  # bare LF inside a chunk extension
    b"5\n",  # bare LF then CRLF
    b"5;a\rb",  # bare CR in a chunk extension
    b"5;\x00",  # NUL in a chunk extension
])
def test_bad_size_line_is_400(line):
    reader = ChunkedReader(1000)
    assert status_of(reader.feed, line + b"\r\nhello\r\n0\r\n\r\n", 0) == 400


def test_bare_lf_as_the_size_line_terminator_is_refused_however_it_arrives():
    # A reader that accepted `5\n` would find a different chunk boundary than one that did not.
    body = b"5\nhello\r\n0\r\n\r\n"
    for cut in range(1, len(body)):
        with pytest.raises(HttpError):
            feed_in_pieces(body, [cut])


def test_size_line_too_long_is_400_without_waiting_for_its_end():
    reader = ChunkedReader(1000)
    assert status_of(reader.feed, b"5;" + b"x" * 5000, 0) == 400


@pytest.mark.parametrize("after", [b"XX", b"\n\r", b"\rX", b"hello"])
def test_chunk_data_not_followed_by_crlf_is_400(after):
    reader = ChunkedReader(1000)
    assert status_of(reader.feed, b"5\r\nhello" + after + b"0\r\n\r\n", 0) == 400


def test_bad_bytes_after_data_are_found_when_the_crlf_arrives_split():
    body = b"5\r\nhello\rX0\r\n\r\n"
    for cut in range(1, len(body)):
        with pytest.raises(HttpError):
            feed_in_pieces(body, [cut])


@pytest.mark.parametrize("trailer", [
    b"X-A: 1\nX-B: 2",  # bare LF inside the trailer section
    b" folded",
    b"X-A : 1",
    b"no colon",
    b"X-A: \x00",
])
def test_malformed_trailer_is_400(trailer):
    reader = ChunkedReader(1000)
    assert status_of(reader.feed, b"0\r\n" + trailer + b"\r\n\r\n", 0) == 400


def test_trailer_section_without_end_is_bounded():
    reader = ChunkedReader(1000)
    assert status_of(reader.feed, b"0\r\n" + b"x" * (MAX_HEAD + 1), 0) == 400
