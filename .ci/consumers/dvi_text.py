#!/usr/bin/env python3
"""Reads the text that LaTeX typeset back out of a DVI file and compares it with digest's records.

    dvi_text.py fields RECORDS.jsonl DOC.dvi   (the document typeset with digest-fields.bst)
    dvi_text.py plain RECORDS.jsonl DOC.dvi    (the document typeset with plain.bst)

fields: the document was read with \\UseRawInputEncoding and T1 fonts, so every byte of the text is
one glyph of the same number (UTF-8 bytes included) and the text comes back exactly; each field
follows a \\special naming it ("digest-key:KEY", "digest-field:title", ...). Every field of every
record must come back as the record holds it: title, abstract, the first link (url) and the date
(note). White space is compared as TeX typesets it: a run of it is one space.

plain: plain.bst's own document, as a user typesets it (UTF-8, the default OT1 fonts). Its text is
compared by letters and digits only (accents, ligatures and the glyphs of symbol fonts aside): every
record's title must be there. plain.bst sets titles in sentence case, so case is not compared here:
check.sh's sentence-case check proves which capitals stay.

Both: the only \\special commands allowed are the document's own (digest-...) and LaTeX's backend
header; any other is text that became a command (dvips runs `\\special{psfile="`cmd"}`).
Prints one line a difference and exits 1 when there is one.
"""
import json
import re
import struct
import sys
import unicodedata

# A horizontal move at least this wide is a space: 1.5pt, in DVI units (TeX's sp). Word spaces of
# the 10pt fonts are 3.33pt (5.25pt in typewriter) and never shrink in ragged-right text; kerns are
# under 1pt.
SPACE = 98304

# T1 slots below 32 and 127 come only from ligatures and accents; above that, in a document read
# with \UseRawInputEncoding, a glyph's number is the byte of the text that made it.
T1_LOW = {16: "\u201c", 17: "\u201d", 18: "\u201e", 19: "\u00ab", 20: "\u00bb", 21: "\u2013",
          22: "\u2014", 27: "ff", 28: "fi", 29: "fl", 30: "ffi", 31: "ffl", 127: "-"}

# OT1 (Computer Modern text fonts) slots that are not ASCII: ligatures, dotless i and j, the letters
# of \ss \ae \oe \o \AE \OE \O; accents (18-24) and the stroke of \l (32) add no letter.
OT1_LOW = {11: "ff", 12: "fi", 13: "fl", 14: "ffi", 15: "ffl", 16: "i", 17: "j", 25: "ss",
           26: "ae", 27: "oe", 28: "o", 29: "AE", 30: "OE", 31: "O"}
OT1_NO_LETTER = set(range(0, 11)) | set(range(18, 25)) | {32}
# Letters that do not decompose into a base letter and an accent.
TRANSLIT = {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l",
            "Ł": "L", "ı": "i", "ȷ": "j", "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ð": "d",
            "Ð": "D", "ŋ": "ng", "Ŋ": "NG"}

ALLOWED_SPECIAL = re.compile(rb"^(digest-(key|field):|header=l3backend-)")


def read_dvi(path):
    """The DVI file as events: ("char", font, code), ("space",), ("line",), ("special", bytes)."""
    data = open(path, "rb").read()
    fonts = {}
    font = None
    events = []
    i = 0
    w = x = 0  # the DVI registers that w0 and x0 repeat

    def signed(n):
        return int.from_bytes(data[i:i + n], "big", signed=True)

    def unsigned(n):
        return int.from_bytes(data[i:i + n], "big", signed=False)

    def move(amount):
        if amount >= SPACE:
            events.append(("space",))

    while i < len(data):
        op = data[i]
        i += 1
        if op < 128:
            events.append(("char", font, op))
        elif op <= 131 or 133 <= op <= 136:  # set1-4, put1-4
            n = (op - 127) if op <= 131 else (op - 132)
            events.append(("char", font, unsigned(n)))
            i += n
        elif op in (132, 137):  # set_rule, put_rule
            i += 8
        elif op == 138:  # nop
            pass
        elif op == 139:  # bop
            i += 44
            events.append(("line",))
        elif op == 140:  # eop
            events.append(("line",))
        elif op in (141, 142):  # push, pop
            pass
        elif 143 <= op <= 146:  # right1-4
            n = op - 142
            move(signed(n))
            i += n
        elif op in (147, 152):  # w0, x0: the last w or x again
            move(w if op == 147 else x)
        elif 148 <= op <= 151:
            n = op - 147
            w = signed(n)
            move(w)
            i += n
        elif 153 <= op <= 156:
            n = op - 152
            x = signed(n)
            move(x)
            i += n
        elif 157 <= op <= 170:  # down1-4, y0-4, z0-4: a new line (or a raised accent)
            if op in (161, 166):
                n = 0
            elif op <= 160:
                n = op - 156
            elif op <= 165:
                n = op - 161
            else:
                n = op - 166
            i += n
            events.append(("line",))
        elif 171 <= op <= 234:
            font = fonts[op - 171]
        elif 235 <= op <= 238:
            n = op - 234
            font = fonts[unsigned(n)]
            i += n
        elif 239 <= op <= 242:  # xxx1-4
            n = op - 238
            k = unsigned(n)
            i += n
            events.append(("special", data[i:i + k]))
            i += k
        elif 243 <= op <= 246:  # fnt_def1-4
            n = op - 242
            k = unsigned(n)
            i += n + 12
            a, l = data[i], data[i + 1]
            i += 2
            fonts[k] = data[i:i + a + l].decode("ascii", "replace")
            i += a + l
        elif op == 247:  # pre
            k = data[i + 13]
            i += 14 + k
        elif op == 248:  # post: the pages are over
            break
        else:
            raise ValueError("%s: unknown DVI command %d at byte %d" % (path, op, i - 1))
    return events


def fold_space(s):
    """A run of white space or control characters is one space, as TeX typesets it."""
    return re.sub(r"[\x00-\x20\x7f-\x9f]+", " ", s).strip()


def skeleton(s):
    """The ASCII letters and digits of s, accents dropped and ligature letters spelled out."""
    out = []
    for ch in s:
        ch = TRANSLIT.get(ch, ch)
        for c in unicodedata.normalize("NFKD", ch):
            if c.isascii() and c.isalnum():
                out.append(c)
    return "".join(out)


def records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def bad_specials(events):
    return ["a \\special that is not the document's: %r" % e[1].decode("utf-8", "replace")[:200]
            for e in events if e[0] == "special" and not ALLOWED_SPECIAL.match(e[1])]


def fields(jsonl, dvi):
    events = read_dvi(dvi)
    problems = bad_specials(events)
    got = []  # [key, {field: bytearray}]
    current = None
    for e in events:
        if e[0] == "special":
            s = e[1].decode("utf-8", "replace")
            if s.startswith("digest-key:"):
                got.append([s[len("digest-key:"):], {}])
                current = None
            elif s.startswith("digest-field:") and got:
                current = got[-1][1].setdefault(s[len("digest-field:"):], bytearray())
        elif current is None:
            continue
        elif e[0] == "char":
            font, code = e[1], e[2]
            if not (font or "").startswith("ec"):
                current.extend(("\ufffd[%s %d]" % (font, code)).encode())
            elif code < 32 or code == 127:
                current.extend(T1_LOW.get(code, "\ufffd[T1 %d]" % code).encode())
            else:
                current.append(code)
        else:
            current.append(32)

    want = records(jsonl)
    if len(got) != len(want):
        problems.append("%d records, %d typeset" % (len(want), len(got)))
    for r, (key, typeset) in zip(want, got):
        if key != r["key"]:
            problems.append("%s: typeset under the key %s" % (r["key"], key))
            continue
        expected = {"title": r["title"]}
        if r["abstract"]:
            expected["abstract"] = r["abstract"]  # an empty abstract is left out of the entry
        if r.get("arxiv") is not None:
            # an arXiv paper's url is its abstract page
            expected["url"] = "https://arxiv.org/abs/" + r["arxiv"]
        elif r["urls"]:
            # digest percent-encodes a caret in the url field (TeX could read it as a character
            # code) and a dollar sign (Zotero's reader takes it for math)
            expected["url"] = r["urls"][0].replace("^", "%5E").replace("$", "%24")
        if r["date"] is not None:
            expected["note"] = r["date"]
        for name in sorted(set(expected) | set(typeset)):
            text = bytes(typeset.get(name, b"")).decode("utf-8", "replace")
            if name == "url":  # \url breaks lines after slashes, with no space
                text = re.sub(r"\s+", "", text)
            else:
                text = fold_space(text)
            want_text = fold_space(expected.get(name, ""))
            if name not in typeset:
                problems.append("%s: no %s typeset" % (key, name))
            elif name not in expected:
                problems.append("%s: a %s typeset that the record does not have: %r" % (key, name, text))
            elif text != want_text:
                at = next((k for k in range(min(len(text), len(want_text))) if text[k] != want_text[k]),
                          min(len(text), len(want_text)))
                lo = max(0, at - 30)
                problems.append("%s: %s typeset as %r, the record has %r (from character %d)"
                                % (key, name, text[lo:at + 50], want_text[lo:at + 50], at))
    return problems, "digest-fields.bst: every field typeset as written"


def plain(jsonl, dvi):
    events = read_dvi(dvi)
    problems = bad_specials(events)
    text = []
    for e in events:
        if e[0] != "char":
            continue
        font, code = e[1] or "", e[2]
        # Computer Modern text fonts only: the symbol fonts' letters are glyphs such as braces.
        if not font.startswith("cm") or font.startswith(("cmsy", "cmmi", "cmex", "cmbsy")):
            continue
        if code in OT1_NO_LETTER:
            continue
        text.append(OT1_LOW.get(code, chr(code)))
    typeset = skeleton("".join(text)).lower()
    want = records(jsonl)
    missing = [r for r in want if skeleton(r["title"]).lower() not in typeset]
    for r in missing[:10]:
        problems.append("%s: title not typeset as written (its letters and digits: %s)"
                        % (r["key"], skeleton(r["title"])))
    if len(missing) > 10:
        problems.append("... and %d more titles" % (len(missing) - 10))
    return problems, "plain.bst: every title typeset"


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("fields", "plain"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        sys.exit(2)
    problems, summary = (fields if sys.argv[1] == "fields" else plain)(sys.argv[2], sys.argv[3])
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(summary)


if __name__ == "__main__":
    main()
