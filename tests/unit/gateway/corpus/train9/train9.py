#!/usr/bin/env python3
"""train9: training batch (tools & exfiltration emphasis). Stdlib only, deterministic."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = "train9"
FIRST_ID = 90000
rng = random.Random(9090)

def load(names):
    out = []
    for n in names:
        with open(os.path.join(HERE, n), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.strip():
                    out.append(line.replace("\\n", "\n"))
    return out

# ---------------- evasion functions ----------------
KEYWORDS = ["ignore", "instructions", "instruction", "previous", "secretly", "quietly", "silently", "send",
            "forward", "email", "share", "curl", "shell", "system", "prompt", "assistant", "append", "every",
            "change", "account", "transfer", "conversation", "password", "token", "upload", "delete", "don't",
            "tell", "user", "link", "image", "rules", "reveal", "disregard", "forget", "override", "run",
            "admin", "mode", "tool", "bcc", "invite", "export", "webhook", "api", "key", "secret", "copy",
            "hidden", "post", "from", "now", "include", "without", "mention", "verbatim", "repeat", "print"]

def _words_idx(text):
    # indices (start,end) of alphabetic word tokens
    spans, i = [], 0
    n = len(text)
    while i < n:
        if text[i].isalpha():
            j = i
            while j < n and text[j].isalpha():
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans

def _pick_spans(text, frac=0.45, minlen=3):
    spans = [s for s in _words_idx(text) if s[1] - s[0] >= minlen]
    key = [s for s in spans if text[s[0]:s[1]].lower() in KEYWORDS]
    other = [s for s in spans if s not in key]
    chosen = set(key)
    for s in other:
        if rng.random() < frac * 0.5:
            chosen.add(s)
    if not chosen and spans:
        chosen.add(rng.choice(spans))
    return sorted(chosen)

def _apply_words(text, fn, **kw):
    spans = _pick_spans(text, **kw)
    out, last = [], 0
    for a, b in spans:
        out.append(text[last:a]); out.append(fn(text[a:b])); last = b
    out.append(text[last:])
    return "".join(out)

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
def zerowidth(t):
    def f(w):
        chars = list(w); res = []
        for k, c in enumerate(chars):
            res.append(c)
            if k < len(chars) - 1 and rng.random() < 0.5:
                res.append(rng.choice(ZW))
        if len(res) == len(chars):
            res.insert(1, rng.choice(ZW))
        return "".join(res)
    return _apply_words(t, f)

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
        "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "T": "Т", "H": "Н", "K": "К", "M": "М",
        "B": "В", "I": "І", "S": "Ѕ", "N": "Ν", "v": "ν", "u": "υ", "k": "κ"}
def homoglyph(t):
    def f(w):
        res = [HOMO[c] if c in HOMO and rng.random() < 0.6 else c for c in w]
        if "".join(res) == w:
            for k, c in enumerate(w):
                if c in HOMO:
                    res[k] = HOMO[c]; break
        return "".join(res)
    return _apply_words(t, f)

def fullwidth(t):
    def fw(s):
        return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c) for c in s)
    mode = rng.random()
    if mode < 0.4:
        return fw(t)
    return _apply_words(t, fw)

def case(t):
    mode = rng.random()
    if mode < 0.5:
        res, up = [], rng.random() < 0.5
        for c in t:
            if c.isalpha():
                res.append(c.upper() if up else c.lower()); up = not up
            else:
                res.append(c)
        out = "".join(res)
    else:
        out = "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c.lower() if c.isalpha() else c for c in t)
    if out == t:
        out = t.swapcase()
    return out

def spacing(t):
    mode = rng.random()
    if mode < 0.5:
        sep = rng.choice([" ", " ", "  ", "\t"])
        return _apply_words(t, lambda w: sep.join(w), frac=0.2, minlen=4)
    elif mode < 0.8:
        # random extra whitespace between words, some newlines
        parts = t.split(" ")
        return "".join(p + (rng.choice(["   ", "\n", "\t", "  "]) if rng.random() < 0.6 else " ") for p in parts).rstrip()
    else:
        return _apply_words(t, lambda w: "\n".join(w) if len(w) <= 7 else " ".join(w), frac=0.05, minlen=5)

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1", "g": "9", "b": "8"}
def leet(t):
    def f(w):
        res = [LEET[c.lower()] if c.lower() in LEET and rng.random() < 0.7 else c for c in w]
        if "".join(res) == w:
            for k, c in enumerate(w):
                if c.lower() in LEET:
                    res[k] = LEET[c.lower()]; break
        return "".join(res)
    return _apply_words(t, f)

def punctuation(t):
    def f(w):
        sep = rng.choice([".", "-", "_", "*", "·"])
        if rng.random() < 0.6:
            return sep.join(w)
        k = rng.randint(1, len(w) - 1)
        return w[:k] + sep + w[k:]
    return _apply_words(t, f, frac=0.2, minlen=4)

SIMPLE = {"zerowidth": zerowidth, "homoglyph": homoglyph, "fullwidth": fullwidth, "case": case,
          "spacing": spacing, "leet": leet, "punctuation": punctuation}

def combined(t):
    # order matters: char-level transforms first, then insertion-type ones
    pairs = [("leet", "zerowidth"), ("case", "zerowidth"), ("homoglyph", "spacing"), ("leet", "punctuation"),
             ("case", "homoglyph"), ("punctuation", "zerowidth"), ("case", "spacing"), ("leet", "case"),
             ("homoglyph", "zerowidth"), ("fullwidth", "zerowidth")]
    a, b = rng.choice(pairs)
    return SIMPLE[b](SIMPLE[a](t))

EVASIONS = dict(SIMPLE, combined=combined)

def main():
    inj = load(["inj1.txt", "inj2.txt", "inj3.txt", "inj4.txt", "inj5.txt"])
    oos = load(["oos.txt"])
    ben = load(["ben%d.txt" % i for i in range(1, 9)])
    rows = []
    # ~55% of injections disguised; evasion kinds spread round-robin after shuffle
    order = list(range(len(inj)))
    rng.shuffle(order)
    kinds = list(EVASIONS)
    n_disg = int(len(inj) * 0.56)
    disguised = set(order[:n_disg])
    k = 0
    for idx, t in enumerate(inj):
        if idx in disguised:
            ev = kinds[k % len(kinds)]; k += 1
            nt = EVASIONS[ev](t)
            if nt == t:
                ev = "none"
            rows.append((nt, "injection", ev))
        else:
            rows.append((t, "injection", "none"))
    for t in oos:
        rows.append((t, "injection", "out_of_scope"))
    # a few disguised benign texts
    bidx = list(range(len(ben)))
    rng.shuffle(bidx)
    bdis = set(bidx[:16])
    bk = 0
    for idx, t in enumerate(ben):
        if idx in bdis:
            ev = ["case", "spacing", "fullwidth", "zerowidth"][bk % 4]; bk += 1
            rows.append((EVASIONS[ev](t), "benign", ev))
        else:
            rows.append((t, "benign", "none"))
    rng.shuffle(rows)
    seen, out = set(), []
    for t, lab, ev in rows:
        if t in seen:
            continue
        seen.add(t)
        out.append({"id": FIRST_ID + len(out), "text": t, "label": lab, "evasion": ev, "split": BATCH})
    with open(os.path.join(HERE, BATCH + ".jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
