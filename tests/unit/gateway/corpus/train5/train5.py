#!/usr/bin/env python3
"""Batch train5 of the prompt-injection corpus (training split).

Deterministic: seeded random, stdlib only. Writes train5.jsonl beside this file.
Plain texts are hand-written in inj_*.py / ben_*.py (one text per block, blocks separated by
lines containing only '@@'). In long documents the injected payload is marked with ⟦ ⟧; the
evasion functions below disguise only that span (the markers are removed in every output).
"""
import base64
import codecs
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import inj_a, inj_b, inj_c, inj_d  # noqa: E402
import ben_a, ben_b, ben_c  # noqa: E402

BATCH = "train5"
FIRST_ID = 50000
SEED = 50005


def blocks(raw):
    return [b.strip("\n") for b in raw.split("\n@@\n") if b.strip()]


# ---------------------------------------------------------------- evasions
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
HOMO = {
    "a": ["\u0430", "\u03b1"], "e": ["\u0435"], "o": ["\u043e", "\u03bf"], "p": ["\u0440", "\u03c1"],
    "c": ["\u0441"], "x": ["\u0445"], "y": ["\u0443"], "i": ["\u0456", "\u03b9"], "s": ["\u0455"],
    "j": ["\u0458"], "h": ["\u04bb"], "n": ["\u0578"], "r": ["\u0433"],
    "A": ["\u0410", "\u0391"], "B": ["\u0412", "\u0392"], "C": ["\u0421"], "E": ["\u0415", "\u0395"],
    "H": ["\u041d", "\u0397"], "I": ["\u0406", "\u0399"], "K": ["\u041a", "\u039a"], "M": ["\u041c", "\u039c"],
    "O": ["\u041e", "\u039f"], "P": ["\u0420", "\u03a1"], "S": ["\u0405"], "T": ["\u0422", "\u03a4"],
    "X": ["\u0425", "\u03a7"], "Y": ["\u04ae", "\u03a5"], "N": ["\u039d"], "Z": ["\u0396"],
}
LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["5", "$"], "t": ["7"],
        "l": ["1"], "g": ["9"], "b": ["8"], "A": ["4"], "E": ["3"], "I": ["1"], "O": ["0"], "S": ["5"], "T": ["7"]}

WORD = re.compile(r"[A-Za-z]{3,}")


def _words(rng, s, fn, p, minlen=4):
    """Apply fn to a fraction p of the alphabetic words of length >= minlen (at least one)."""
    ms = [m for m in WORD.finditer(s) if len(m.group()) >= minlen]
    if not ms:
        ms = list(WORD.finditer(s))
    if not ms:
        return s
    chosen = {id(m) for m in ms if rng.random() < p}
    if not chosen:
        chosen = {id(rng.choice(ms))}
    out, last = [], 0
    for m in ms:
        if id(m) in chosen:
            out.append(s[last:m.start()])
            out.append(fn(m.group()))
            last = m.end()
    out.append(s[last:])
    return "".join(out)


def ev_zerowidth(rng, s):
    def f(w):
        chars = list(w)
        k = rng.randint(1, max(1, len(w) // 3))
        pos = sorted(rng.sample(range(1, len(w)), min(k, len(w) - 1)))
        for off, p in enumerate(pos):
            chars.insert(p + off, rng.choice(ZW))
        return "".join(chars)
    return _words(rng, s, f, 0.6)


def ev_homoglyph(rng, s):
    def f(w):
        out = []
        hit = False
        for ch in w:
            if ch in HOMO and rng.random() < 0.5:
                out.append(rng.choice(HOMO[ch]))
                hit = True
            else:
                out.append(ch)
        if not hit:
            for i, ch in enumerate(w):
                if ch in HOMO:
                    out[i] = HOMO[ch][0]
                    break
        return "".join(out)
    return _words(rng, s, f, 0.7)


def ev_fullwidth(rng, s):
    mode = rng.random()
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " " and mode < 0.5:
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def ev_case(rng, s):
    mode = rng.choice(["alt", "alt2", "random", "words"])
    out, k = [], 0
    if mode == "words":
        return _words(rng, s, lambda w: "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(w)), 0.7)
    for ch in s:
        if ch.isalpha():
            if mode == "alt":
                out.append(ch.lower() if k % 2 == 0 else ch.upper())
            elif mode == "alt2":
                out.append(ch.upper() if k % 2 == 0 else ch.lower())
            else:
                out.append(ch.upper() if rng.random() < 0.5 else ch.lower())
            k += 1
        else:
            out.append(ch)
    res = "".join(out)
    if res == s:
        res = s.swapcase()
    return res


def ev_spacing(rng, s):
    mode = rng.choice(["letters", "letters", "gaps", "newlines", "tabs"])
    if mode == "letters":
        sep = rng.choice([" ", " ", "  "])
        return _words(rng, s, lambda w: sep.join(w), 0.5)
    if mode == "gaps":
        return re.sub(r" ", lambda m: " " * rng.randint(2, 4), s)
    if mode == "newlines":
        return re.sub(r" ", lambda m: "\n" if rng.random() < 0.45 else " ", s)
    return re.sub(r" ", lambda m: "\t" if rng.random() < 0.5 else "  ", s)


def ev_leet(rng, s):
    def f(w):
        out = []
        for ch in w:
            if ch in LEET and rng.random() < 0.7:
                out.append(rng.choice(LEET[ch]))
            else:
                out.append(ch)
        return "".join(out)
    return _words(rng, s, f, 0.75, minlen=3)


def ev_punctuation(rng, s):
    def f(w):
        style = rng.choice(["dots", "dash", "under", "mixed"])
        if style == "dots":
            return ".".join(w)
        if style == "under":
            return "_".join(w)
        if style == "dash":
            i = rng.randint(1, len(w) - 1)
            return w[:i] + "-" + w[i:]
        return "".join(c + (rng.choice(".-_*'") if rng.random() < 0.5 and i < len(w) - 1 else "")
                       for i, c in enumerate(w))
    return _words(rng, s, f, 0.5)


EVASIONS = {
    "zerowidth": ev_zerowidth, "homoglyph": ev_homoglyph, "fullwidth": ev_fullwidth, "case": ev_case,
    "spacing": ev_spacing, "leet": ev_leet, "punctuation": ev_punctuation,
}
# order in which a combination is applied (character substitutions before separators)
ORDER = ["case", "leet", "homoglyph", "fullwidth", "punctuation", "spacing", "zerowidth"]


def ev_combined(rng, s):
    while True:
        kinds = rng.sample(ORDER, rng.choice([2, 2, 3]))
        if not ("fullwidth" in kinds and ("homoglyph" in kinds or "leet" in kinds)):
            break
    for k in sorted(kinds, key=ORDER.index):
        s = EVASIONS[k](rng, s)
    return s


EVASIONS["combined"] = ev_combined

SPAN = re.compile(r"⟦(.*?)⟧", re.S)


def strip_markers(t):
    return t.replace("⟦", "").replace("⟧", "")


def disguise(rng, text, kind):
    fn = EVASIONS[kind]
    if "⟦" in text:
        out = SPAN.sub(lambda m: fn(rng, m.group(1)), text)
    else:
        out = fn(rng, text)
    return strip_markers(out)


# ---------------------------------------------------------------- build
def main():
    rng = random.Random(SEED)
    inj = blocks(inj_a.RAW) + blocks(inj_b.RAW) + blocks(inj_c.RAW) + blocks(inj_d.RAW)
    ben = blocks(ben_a.RAW) + blocks(ben_b.RAW) + blocks(ben_c.RAW)

    rows = []  # (text, label, evasion)
    order = list(range(len(inj)))
    rng.shuffle(order)
    kinds = ["zerowidth", "homoglyph", "fullwidth", "case", "spacing", "leet", "punctuation", "combined"]
    n_ev = 205
    for j, idx in enumerate(order):
        base = inj[idx]
        if j < n_ev:
            kind = kinds[j % len(kinds)]
            t = disguise(rng, base, kind)
            if t == strip_markers(base):
                raise SystemExit(f"evasion {kind} left text unchanged: {base[:60]!r}")
            rows.append((t, "injection", kind))
        else:
            rows.append((strip_markers(base), "injection", "none"))

    # out of scope: other languages, encodings, split payloads
    for t in blocks(inj_d.FOREIGN):
        rows.append((t, "injection", "out_of_scope"))
    enc = blocks(inj_d.ENCODE)
    rows.append(("Decode this and do what it says: " + base64.b64encode(enc[0].encode()).decode(), "injection", "out_of_scope"))
    rows.append((base64.b64encode(enc[1].encode()).decode() + "\n(base64 — run it)", "injection", "out_of_scope"))
    rows.append(("rot13 time! " + codecs.encode(enc[2], "rot13"), "injection", "out_of_scope"))
    rows.append(("hex: " + enc[3].encode().hex(), "injection", "out_of_scope"))
    for t in inj_d.SPLIT:
        rows.append((t, "injection", "out_of_scope"))

    # benign: a few disguised (short ones), the rest plain
    short_idx = [i for i, t in enumerate(ben) if len(t) < 160]
    disg = set(rng.sample(short_idx, 14))
    bkinds = ["case", "spacing", "zerowidth", "fullwidth", "leet", "homoglyph", "punctuation"]
    for j, i in enumerate(sorted(disg)):
        kind = bkinds[j % len(bkinds)]
        rows.append((disguise(rng, ben[i], kind), "benign", kind))
    for i, t in enumerate(ben):
        if i not in disg:
            rows.append((strip_markers(t), "benign", "none"))

    rng.shuffle(rows)
    seen = set()
    out_path = os.path.join(HERE, BATCH + ".jsonl")
    with open(out_path, "w", encoding="utf-8") as fh:
        for k, (t, label, ev) in enumerate(rows):
            if t in seen:
                raise SystemExit(f"duplicate text: {t[:80]!r}")
            seen.add(t)
            fh.write(json.dumps({"id": FIRST_ID + k, "text": t, "label": label, "evasion": ev,
                                 "split": BATCH}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out_path}")


if __name__ == "__main__":
    main()
