#!/usr/bin/env python3
"""Writes the letter-folding table the analyzer ships (Matching/Data/LetterFolds.g.cs).

Source: the Unicode Character Database as bundled with Python's `unicodedata` module. The script refuses to run
on any other Unicode version than UNICODE_VERSION, so the table is the same whoever regenerates it.

Every UTF-16 code unit c of the BMP folds to a short string (usually one char):
  1. case folding (str.casefold: ß/ẞ -> ss, ſ -> s, K (Kelvin) -> k);
  2. decomposition, canonical and compatibility (the UCD decomposition field, applied recursively:
     é -> e + ◌́, ﬁ -> fi, Ａ -> A, ㎏ -> kg), dropping every combining mark (categories Mn, Mc, Me);
     Hangul syllables have no decomposition field and stay whole;
  3. transliteration of the letters that do not decompose: a Latin letter named "LATIN ... LETTER X WITH ..."
     folds to x (ø, ł, đ, ħ, ŧ, ƀ, ɨ, ...), plus the named letters in TRANSLITERATIONS below;
  4. repeated until nothing changes, so every output char folds to itself (folding twice is folding once).
Only letters and decimal digits (categories L* and Nd) fold, and only to letters and digits; every other
char (marks, symbols, surrogates) folds to itself, since the matcher never puts it inside a word.
"""
import os
import sys
import unicodedata

UNICODE_VERSION = "14.0.0"  # Python 3.11
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "SupplierRestrictions.Analyzers", "Matching", "Data",
                   "LetterFolds.g.cs")

# Letters that neither decompose nor carry "WITH <mark>" in their name, folded as transliteration does.
TRANSLITERATIONS = {
    "\u00e6": "ae",  # LATIN SMALL LETTER AE
    "\u0153": "oe",  # LATIN SMALL LIGATURE OE
    "\u00f0": "d",   # LATIN SMALL LETTER ETH
    "\u00fe": "th",  # LATIN SMALL LETTER THORN
    "\u0131": "i",   # LATIN SMALL LETTER DOTLESS I
    "\u0237": "j",   # LATIN SMALL LETTER DOTLESS J
    "\u00df": "ss",  # LATIN SMALL LETTER SHARP S (casefold already gives ss; kept for clarity)
    "\u0138": "k",   # LATIN SMALL LETTER KRA
    "\u014b": "n",   # LATIN SMALL LETTER ENG
    "\u0111": "d",   # LATIN SMALL LETTER D WITH STROKE (also covered by the name rule)
    "\u0142": "l",   # LATIN SMALL LETTER L WITH STROKE (also covered by the name rule)
    "\u00f8": "o",   # LATIN SMALL LETTER O WITH STROKE (also covered by the name rule)
}


def is_mark(ch):
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def is_word_char(ch):
    return unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd")


def decompose(ch):
    field = unicodedata.decomposition(ch)
    if not field:
        return ch
    parts = field.split()
    if parts[0].startswith("<"):
        parts = parts[1:]
    return "".join(decompose(chr(int(p, 16))) for p in parts)


def transliterate(ch):
    if ch in TRANSLITERATIONS:
        return TRANSLITERATIONS[ch]
    name = unicodedata.name(ch, "")
    # "LATIN SMALL LETTER O WITH STROKE" -> o; "LATIN SMALL LETTER D WITH HOOK AND TAIL" -> d.
    words = name.split()
    if (len(words) >= 6 and words[0] == "LATIN" and words[2] == "LETTER" and len(words[3]) == 1
            and words[4] == "WITH" and words[1] in ("SMALL", "CAPITAL")):
        return words[3].lower()
    return ch


def step(s):
    s = s.casefold()
    s = "".join(decompose(ch) for ch in s)
    s = "".join(ch for ch in s if not is_mark(ch))
    s = "".join(transliterate(ch) for ch in s)
    return s


def fold(ch):
    if 0xD800 <= ord(ch) <= 0xDFFF:
        return ch
    s = ch
    for _ in range(10):
        nxt = step(s)
        if nxt == s:
            break
        s = nxt
    else:
        raise SystemExit(f"folding U+{ord(ch):04X} does not settle")
    if not is_word_char(ch) or s == "" or not all(is_word_char(c) and ord(c) <= 0xFFFF for c in s):
        # Only letters and digits are ever part of a word, so only they fold, and only to letters and digits:
        # "⑴" keeps its parentheses out of words, "ﷺ" (a ligature of a whole phrase) stays one letter.
        return ch
    return s


def main():
    if unicodedata.unidata_version != UNICODE_VERSION:
        # Exit code 3: an input (here the Unicode data of this Python) is not on this machine; CI then skips the check.
        print(f"needs Unicode {UNICODE_VERSION} (Python 3.11); this Python has {unicodedata.unidata_version}", file=sys.stderr)
        sys.exit(3)

    singles = {}
    expansions = {}
    for cp in range(0x10000):
        ch = chr(cp)
        f = fold(ch)
        if f == ch:
            continue
        if len(f) == 1:
            singles[cp] = ord(f)
        else:
            expansions[cp] = f

    # Idempotence: every output char folds to itself.
    for out in list(singles.values()) + [ord(c) for s in expansions.values() for c in s]:
        if fold(chr(out)) != chr(out):
            raise SystemExit(f"U+{out:04X} is an output that does not fold to itself")

    # Runs of consecutive code points with the same offset (A-Z -> a-z is one run): start, length, offset.
    runs = []
    for cp in sorted(singles):
        delta = (singles[cp] - cp) & 0xFFFF
        if runs and runs[-1][0] + runs[-1][1] == cp and runs[-1][2] == delta:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, delta])

    lines = []
    lines.append("// <auto-generated>")
    lines.append("// Written by eng/matching-data/gen_letter_folds.py from the Unicode Character Database "
                 f"{UNICODE_VERSION} (Python {sys.version_info.major}.{sys.version_info.minor} unicodedata).")
    lines.append("// Do not edit: change the script and run it again.")
    lines.append("// </auto-generated>")
    lines.append("namespace SupplierRestrictions.Analyzers.Matching;")
    lines.append("")
    lines.append("internal static class LetterFolds")
    lines.append("{")
    lines.append(f"    public const string UnicodeVersion = \"{UNICODE_VERSION}\";")
    lines.append("")
    lines.append(f"    /// <summary>{len(runs)} runs of (first char, length, offset added mod 65536) folding to one char each ({len(singles)} chars).</summary>")
    lines.append("    public static readonly ushort[] Runs =")
    lines.append("    {")
    for i in range(0, len(runs), 6):
        chunk = runs[i:i + 6]
        lines.append("        " + " ".join(f"0x{a:04X}, {b}, 0x{c:04X}," for a, b, c in chunk))
    lines.append("    };")
    lines.append("")
    lines.append(f"    /// <summary>The {len(expansions)} chars that fold to two or more chars, ascending.</summary>")
    lines.append("    public static readonly char[] ExpandingChars =")
    lines.append("    {")
    keys = sorted(expansions)
    for i in range(0, len(keys), 12):
        lines.append("        " + " ".join(f"'\\u{k:04X}'," for k in keys[i:i + 12]))
    lines.append("    };")
    lines.append("")
    lines.append("    /// <summary>What each of <see cref=\"ExpandingChars\"/> folds to, in the same order.</summary>")
    lines.append("    public static readonly string[] Expansions =")
    lines.append("    {")
    for i in range(0, len(keys), 8):
        lines.append("        " + " ".join('"' + "".join(f"\\u{ord(c):04X}" if ord(c) > 126 or c in '"\\' else c
                                                         for c in expansions[k]) + '",' for k in keys[i:i + 8]))
    lines.append("    };")
    lines.append("}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{OUT}: {len(singles)} single folds in {len(runs)} runs, {len(expansions)} expansions")


if __name__ == "__main__":
    main()
