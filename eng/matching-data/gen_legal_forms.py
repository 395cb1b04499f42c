#!/usr/bin/env python3
"""Writes the legal-form dictionary the analyzer ships (Matching/Data/legal-forms.txt).

Source: the ISO 20275 Entity Legal Forms code list (GLEIF, v1.5 of 2023-09-28, CC0), read from
../shared/data/real-lists/gleif-elf-code-list-v1.5.csv next to the repository (or the path given as the first
argument), plus legal-form-additions.tsv (forms the registry lacks, each with its reason).

Each ELF code gives its local and transliterated names and abbreviations (';' or ',' separated), active and
inactive alike (old names keep old forms). Each spelling is cut into words as the analyzer cuts text (runs of
letters and digits) and folded as it folds letters: "S.A." -> s a, "Sp. z o.o." -> sp z o o, "A/S" -> a s.
Parenthesised parts of names are dropped ("Corporation (For-Profit)" -> corporation).

Left out, because dropping them would cut the wrong words out of a name:
  - a single letter or digit on its own ("E", "K", Japanese 株): it would eat the last initial of a name;
  - spellings of more than MAX_WORDS words: descriptions of a category ("Public Limited by Guarantee and not
    having a Share Capital"), never written after a company's name.
Glued spellings: where a form has single letters, they are also written glued in code ("A/S" -> `As`,
"Sp. z o.o." -> `SpZoo`), so each run of single letters is also kept glued (a s -> as; sp z o o -> sp zoo),
and a form of short words (three letters at most) also joined whole (sdn bhd -> sdnbhd), unless the glued spelling is a common English word and not itself a
registry spelling (i s -> "is" is left out).
Leading forms: a spelling may also be dropped from the START of a name ("OOO Severtrans", "PT Maju Jaya") when
it has a word that is not common English (common-words-english.txt, built by gen_common_words.py; single letters
count as common) or has three or more words ("Joint Stock Company ..."). So "Bank", "Trust", "As", "Too" are
dropped only at the end.

Output: one line per group of equivalent spellings (an ELF code; codes with identical spellings share a line):
  <codes, space-separated> TAB <spelling>|<spelling>|...
where a spelling is its folded words separated by spaces, prefixed by '^' when it may lead and '~' when it is a
glued variant.
"""
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(__file__))
from gen_letter_folds import fold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(REPO, "src", "SupplierRestrictions.Analyzers", "Matching", "Data")
DEFAULT_CSV = os.path.join(REPO, "..", "shared", "data", "real-lists", "gleif-elf-code-list-v1.5.csv")
ADDITIONS = os.path.join(HERE, "legal-form-additions.tsv")
MAX_WORDS = 6

NAME_COLUMNS = ("Entity Legal Form name Local name", "Entity Legal Form name Transliterated name (per ISO 01-140-10)")
ABBREVIATION_COLUMNS = ("Abbreviations Local language", "Abbreviations transliterated")


def cut(text):
    words, current = [], []
    for ch in text:
        if unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd"):
            current.append(fold(ch))
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return tuple(words)


def read_front_coded(path):
    words, prev = set(), ""
    with open(path, encoding="ascii") as f:
        for line in f:
            line = line.rstrip("\n")
            word = prev[:int(line[0])] + line[1:]
            words.add(word)
            prev = word
    return words


def kept(words):
    return bool(words) and len(words) <= MAX_WORDS and not (len(words) == 1 and len(words[0]) == 1)


def glued_variants(words):
    out = []
    runs, run = [], []
    for w in words:
        if len(w) == 1:
            run.append(w)
        else:
            if run:
                runs.append("".join(run) if len(run) > 1 else run[0])
                run = []
            runs.append(w)
    if run:
        runs.append("".join(run) if len(run) > 1 else run[0])
    if tuple(runs) != words:
        out.append(tuple(runs))
    joined = ("".join(words),)
    if len(words) > 1 and all(len(w) <= 3 for w in words) and joined not in out:
        out.append(joined)
    return out


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CSV
    english = read_front_coded(os.path.join(DATA, "common-words-english.txt"))

    def common(word):
        return len(word) == 1 or word.isdigit() or word in english

    def may_lead(words):
        return len(words) >= 3 or any(not common(w) for w in words)

    groups = defaultdict(set)
    dropped = defaultdict(int)
    with open(source, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            code = row["ELF Code"]
            candidates = [re.sub(r"\([^)]*\)", " ", row[c]) for c in NAME_COLUMNS]
            for column in ABBREVIATION_COLUMNS:
                candidates += [re.sub(r"^\s*or\s+", "", a) for a in re.split(r"[;,]", row[column])]
            for text in candidates:
                words = cut(text)
                if not words:
                    continue
                if kept(words):
                    groups[code].add(words)
                else:
                    dropped["single letter" if len(words) == 1 else f"more than {MAX_WORDS} words"] += 1
    registry_codes = len(groups)

    with open(ADDITIONS, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            spelling, group, reason = line.rstrip("\n").split("\t")
            if not reason.strip():
                raise SystemExit(f"{ADDITIONS}: '{spelling}' has no reason")
            if not group.startswith("+") and group not in groups:
                raise SystemExit(f"{ADDITIONS}: '{spelling}' joins {group}, which is not an ELF code with forms")
            groups[group].add(cut(spelling))

    written = {w for spellings in groups.values() for w in spellings}
    by_spellings = defaultdict(list)
    for code, spellings in groups.items():
        entries = set()
        for words in spellings:
            entries.add(("^" if may_lead(words) else "") + " ".join(words))
            for glued in glued_variants(words):
                if len(glued) == 1 and common(glued[0]) and glued not in written:
                    dropped["glued spelling that is a common word"] += 1
                    continue
                if glued not in spellings:
                    entries.add("~" + ("^" if may_lead(glued) else "") + " ".join(glued))
        by_spellings[tuple(sorted(entries, key=lambda e: (e.lstrip("~^"), e)))].append(code)

    lines = [
        "# Legal forms: written by eng/matching-data/gen_legal_forms.py from the ISO 20275 ELF code list v1.5 (GLEIF, CC0)",
        "# and eng/matching-data/legal-form-additions.tsv. Do not edit: change those and run the script again.",
        "# <ELF codes> TAB <spelling>|...; a spelling is folded words; ^ = may also lead a name; ~ = glued variant.",
    ]
    for spellings, codes in sorted(by_spellings.items(), key=lambda kv: sorted(kv[1])[0]):
        lines.append(" ".join(sorted(codes)) + "\t" + "|".join(spellings))
    with open(os.path.join(DATA, "legal-forms.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    distinct = {e.lstrip("~^") for s in by_spellings for e in s}
    print(f"legal-forms.txt: {registry_codes} ELF codes + additions -> {len(by_spellings)} groups, "
          f"{len(distinct)} distinct spellings; left out: {dict(dropped)}")


if __name__ == "__main__":
    main()
