"""train15: long benign documents and injections buried in long documents. Stdlib only, deterministic."""
import base64, codecs, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train15_data import DOCS, REQUESTS, SHORT_BENIGN, INJ, SHORT_INJ, FOREIGN

BATCH = "train15"
FIRST_ID = 150000
rng = random.Random(15015)

KEY = {"ignore", "instructions", "instruction", "previous", "prior", "prompt", "system", "rules", "disregard",
       "forget", "override", "reveal", "developer", "restrictions", "guidelines", "policy", "jailbroken",
       "unrestricted", "initial", "hidden", "assistant", "model", "admin", "mode", "repeat", "print",
       "pretend", "safety", "dan", "filters", "obey", "directives", "cancelled", "void", "outdated"}

def words_idx(text):
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i].isalpha():
            j = i
            while j < n and text[j].isalpha():
                j += 1
            out.append((i, j)); i = j
        else:
            i += 1
    return out

def pick_words(text, p=0.6):
    ws = words_idx(text)
    keys = [w for w in ws if text[w[0]:w[1]].lower() in KEY and rng.random() < p + 0.3]
    if not keys:
        ws2 = sorted(ws, key=lambda w: w[0] - w[1])[:3]
        keys = ws2
    return keys

def map_words(text, fn, p=0.6):
    ks = set(pick_words(text, p))
    res, last = [], 0
    for (a, b) in sorted(ks):
        res.append(text[last:a]); res.append(fn(text[a:b])); last = b
    res.append(text[last:])
    return "".join(res)

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
def zerowidth(t):
    def f(w):
        z = rng.choice(ZW)
        cut = sorted(rng.sample(range(1, len(w)), min(2, len(w) - 1))) if len(w) > 1 else []
        o, last = "", 0
        for c in cut:
            o += w[last:c] + z; last = c
        return o + w[last:]
    return map_words(t, f, 0.7)

HG = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
      "i": "\u0456", "s": "\u0455", "A": "\u0391", "E": "\u0395", "O": "\u039f", "P": "\u03a1", "T": "\u03a4",
      "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d", "B": "\u0392", "X": "\u03a7"}
def homoglyph(t):
    def f(w):
        chars = list(w); idx = [k for k, ch in enumerate(chars) if ch in HG]
        if not idx:
            return w
        for k in rng.sample(idx, max(1, len(idx) // 2 + rng.randint(0, 1)) if len(idx) > 1 else 1):
            chars[k] = HG[chars[k]]
        return "".join(chars)
    return map_words(t, f, 0.8)

def fullwidth(t):
    fw = lambda s: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " and rng.random() < 0.3 else c) for c in s)
    if rng.random() < 0.5:
        return fw(t)
    return map_words(t, fw, 0.8)

def case(t):
    if rng.random() < 0.5:
        flip = [rng.random() < 0.5 for _ in t]
        return "".join(c.upper() if f else c.lower() for c, f in zip(t, flip))
    out, k = [], 0
    for c in t:
        if c.isalpha():
            out.append(c.upper() if k % 2 else c.lower()); k += 1
        else:
            out.append(c)
    return "".join(out)

def spacing(t):
    mode = rng.choice(["letters", "letters", "ws"])
    if mode == "letters":
        sep = rng.choice([" ", " ", "  ", "\t"])
        return map_words(t, lambda w: sep.join(w), 0.6)
    return "".join(rng.choice(["  ", "\n", "\t", "   "]) if c == " " and rng.random() < 0.6 else c for c in t)

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "l": "1"}
def leet(t):
    def f(w):
        return "".join(LEET.get(c.lower(), c) if rng.random() < 0.75 else c for c in w)
    if rng.random() < 0.4:
        return "".join(LEET.get(c.lower(), c) if c.lower() in LEET and rng.random() < 0.5 else c for c in t)
    return map_words(t, f, 0.7)

def punctuation(t):
    def f(w):
        sep = rng.choice([".", "-", "_", "*", "."])
        if rng.random() < 0.4 and len(w) > 3:
            k = rng.randint(1, len(w) - 1)
            return w[:k] + sep + w[k:]
        return sep.join(w)
    return map_words(t, f, 0.6)

EV = {"zerowidth": zerowidth, "homoglyph": homoglyph, "fullwidth": fullwidth, "case": case,
      "spacing": spacing, "leet": leet, "punctuation": punctuation}

def combined(t):
    a, b = rng.sample(["zerowidth", "homoglyph", "case", "spacing", "leet", "punctuation"], 2)
    return EV[b](EV[a](t))
EV["combined"] = combined

def apply_ev(ev, t):
    for _ in range(10):
        o = EV[ev](t)
        if o != t:
            return o
    raise RuntimeError(ev)

# wrappers for buried passages (markers)
def wrap(p):
    k = rng.randrange(9)
    if p.lstrip().startswith(("<", "[", "{", "#")) and k in (1, 2, 3):
        k = 0
    return [p, "<!-- " + p + " -->", "<span style=\"color:#ffffff;font-size:1px\">" + p + "</span>",
            "[hidden] " + p, "P.S. " + p, "Footnote 4: " + p, p, "> " + p, "(" + p + ")"][k]

def doc_body(dom, n_min=3, n_max=6):
    title, paras = DOCS[dom]
    n = rng.randint(min(n_min, len(paras)), min(n_max, len(paras)))
    if rng.random() < 0.5:
        s = rng.randint(0, len(paras) - n); chosen = paras[s:s + n]
    else:
        idx = sorted(rng.sample(range(len(paras)), n)); chosen = [paras[i] for i in idx]
    return title, list(chosen)

def render(title, paras, req):
    style = rng.randrange(5)
    head = {0: title, 1: "# " + title, 2: title.upper(), 3: "Subject: " + title, 4: "=== " + title + " ==="}[style]
    body = head + "\n\n" + "\n\n".join(paras)
    r = rng.random()
    if r < 0.55:
        return req + "\n\n" + body
    if r < 0.8:
        return body + "\n\n" + req
    return req + "\n\n\"\"\"\n" + body + "\n\"\"\""

rows, seen = [], set()
def add(text, label, ev):
    if text in seen:
        return False
    seen.add(text)
    rows.append({"text": text, "label": label, "evasion": ev})
    return True

doms = sorted(DOCS)
# ---- benign long documents
target_doc_benign = 610
while sum(1 for r in rows if r["label"] == "benign") < target_doc_benign:
    dom = rng.choice(doms)
    title, paras = doc_body(dom)
    add(render(title, paras, rng.choice(REQUESTS)), "benign", "none")
# ---- short benign
for s in SHORT_BENIGN:
    add(s, "benign", "none")
# ---- a few disguised benign
for s in rng.sample(SHORT_BENIGN, 16):
    ev = rng.choice(["case", "spacing", "fullwidth", "punctuation", "leet", "zerowidth", "homoglyph"])
    add(apply_ev(ev, s), "benign", ev)
# a few long benign with whole-document casing noise (all caps memo)
for _ in range(8):
    dom = rng.choice(doms); title, paras = doc_body(dom, 2, 3)
    add(render(title, [p.upper() for p in paras], rng.choice(REQUESTS)), "benign", "none")

# ---- injections buried in long documents
EVS = ["zerowidth", "homoglyph", "fullwidth", "case", "spacing", "leet", "punctuation", "combined"]
def buried(passage_text, ev_name):
    dom = rng.choice(doms)
    title, paras = doc_body(dom)
    pos = rng.randint(0, len(paras))
    paras.insert(pos, wrap(passage_text))
    return render(title, paras, rng.choice(REQUESTS))

inj_plan = []
for p in INJ:  # each passage: ~3 plain + ~4 evaded placements
    for _ in range(3):
        inj_plan.append((p, "none"))
    for ev in rng.sample(EVS, 4):
        inj_plan.append((p, ev))
rng.shuffle(inj_plan)
n_inj = 0
for p, ev in inj_plan[:370]:
    t = p if ev == "none" else apply_ev(ev, p)
    if add(buried(t, ev), "injection", ev):
        n_inj += 1
# short standalone injections, plain and evaded
for s in SHORT_INJ:
    add(s, "injection", "none")
    ev = rng.choice(EVS)
    add(apply_ev(ev, s), "injection", ev)
# out_of_scope: foreign-language and encoded passages buried in documents
for f in FOREIGN:
    add(buried(f, "out_of_scope"), "injection", "out_of_scope")
for p in rng.sample(INJ, 8):
    if rng.random() < 0.6:
        enc = "Encoded note (base64): " + base64.b64encode(p.encode()).decode()
    else:
        enc = "rot13: " + codecs.encode(p, "rot13")
    add(buried(enc, "out_of_scope"), "injection", "out_of_scope")

rng.shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), BATCH + ".jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for k, r in enumerate(rows):
        fh.write(json.dumps({"id": FIRST_ID + k, "text": r["text"], "label": r["label"],
                             "evasion": r["evasion"], "split": BATCH}, ensure_ascii=False) + "\n")
print("wrote", len(rows), "rows to", out)
