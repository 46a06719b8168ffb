"""Serbian in Cyrillic script, made from the Serbian Latin translation.

Serbian has two official scripts with a one-to-one correspondence (Latin lj, nj, dž are single
Cyrillic letters љ, њ, џ), so the Cyrillic translation is derived, never kept by hand. What is
not Serbian stays in Latin: placeholders ({0}), HTML tags and entities, keys (Ctrl+O, F5),
acronyms and codes (MRZ, UV, TD3, PDF), check ids (uv.features), file and command names, and
text in backticks. The one known ambiguity of the pairs (nj in "konjunkcija") does not occur in
the interface's vocabulary; ``EXCEPTIONS`` holds any word that needs it.
"""

from __future__ import annotations

import re

_PAIRS = {"Lj": "Љ", "LJ": "Љ", "lj": "љ", "Nj": "Њ", "NJ": "Њ", "nj": "њ",
          "Dž": "Џ", "DŽ": "Џ", "dž": "џ"}  # fmt: skip
_SINGLE = dict(
    zip(
        "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠabvgdđežzijklmnoprstćufhcčš",
        "АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШабвгдђежзијклмнопрстћуфхцчш",
        strict=True,
    )
)
EXCEPTIONS: dict[str, str] = {}
# kept in Latin: placeholders, tags, entities, backticks, key names, words with a digit, dot,
# underscore or slash, acronyms of two or more capitals, and Latin words that are names/codes
_KEEP = re.compile(
    r"\{[^}]*\}|<[^>]+>|&\w+;|`[^`]*`|\b(?:Ctrl|Shift|Alt|Space|Esc|Tab|Enter)\b(?:\+\S+)?"
    r"|\b[\w.+/-]*[\d._/][\w.+/-]*\b|\b[A-Z]{2,}[a-z]?\b|\bverifier\b[\w -]*|\bnm\b|\bdpi\b"
    r"|\bmm\b|\bhttps?://\S+"
)


def _word(word: str) -> str:
    if word in EXCEPTIONS:
        return EXCEPTIONS[word]
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _PAIRS:
            out.append(_PAIRS[pair])
            i += 2
        else:
            out.append(_SINGLE.get(word[i], word[i]))
            i += 1
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """Serbian Latin text in Cyrillic script, leaving what is not Serbian in Latin."""
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(re.sub(r"[^\W\d_]+", lambda m: _word(m.group()), text[last : match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(re.sub(r"[^\W\d_]+", lambda m: _word(m.group()), text[last:]))
    return "".join(out)
