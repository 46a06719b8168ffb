"""Names in the MRZ (Doc 9303-3 §4.6, 9303-4 §4.6): primary and secondary identifiers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Name:
    surname: str  # primary identifier, words separated by single spaces
    given_names: str  # secondary identifier, "" when absent
    truncated: bool  # the field is filled to its last position: it may have been truncated


def _words(part: str) -> str:
    return " ".join(word for word in part.split("<") if word)


def split_name(field: str) -> Name:
    """Split a name field at the first double filler.

    >>> split_name("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
    Name(surname='ERIKSSON', given_names='ANNA MARIA', truncated=False)
    >>> split_name("VAN<DER<MUELLEN<<MARTIN<<<<<<<")
    Name(surname='VAN DER MUELLEN', given_names='MARTIN', truncated=False)
    >>> split_name("ARKFREITH<<<<<<<<<<<<<<<<<<<<<")
    Name(surname='ARKFREITH', given_names='', truncated=False)
    >>> split_name("BUENDIA<<JOSE<ARCADIO<AUREL")
    Name(surname='BUENDIA', given_names='JOSE ARCADIO AUREL', truncated=True)
    """
    primary, sep, secondary = field.partition("<<")
    return Name(
        surname=_words(primary),
        given_names=_words(secondary) if sep else "",
        truncated=bool(field) and not field.endswith("<"),
    )


def join_words(field: str) -> str:
    """A single-identifier field (the French card's surname or given names) as words.

    >>> join_words("DE<LA<TOUR<<<<"), join_words("JEAN<<PIERRE<<<")
    ('DE LA TOUR', 'JEAN PIERRE')
    """
    return _words(field)
