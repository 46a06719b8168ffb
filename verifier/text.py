"""Texts for people: English, remembering their template and arguments.

A ``Text`` *is* the English string (JSON, reports and logs see plain text), and also carries
the template it was formatted from and its arguments, so the desktop application can show it
in the officer's language: it looks the template up in its translations (Qt context
``texts``) and formats it with the arguments, themselves translated when they are Texts.
``make translations`` collects every ``say("...")`` template of the package and every
description of the bundled library.

>>> t = say("Valid until {date}.", date="2034-04-15")
>>> t, t.template, dict(t.args)
('Valid until 2034-04-15.', 'Valid until {date}.', {'date': '2034-04-15'})
>>> joined("; ", [say("A."), "b"])
'A.; b'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping


class Text(str):
    template: str
    args: Mapping[str, object]

    def __new__(cls, template: str, /, **args: object) -> Text:
        text = super().__new__(cls, template.format(**args) if args else template)
        text.template = template
        text.args = args
        return text

    def __reduce__(self) -> tuple[object, ...]:  # pickling (Qt signals, processes) keeps both
        return (_rebuild, (self.template, dict(self.args)))


def _rebuild(template: str, args: dict[str, object]) -> Text:
    return Text(template, **args)


def say(template: str, /, **args: object) -> Text:
    """A text for people; ``template`` is a constant (it is what translators see)."""
    return Text(template, **args)


def translated(value: object, lookup: Callable[[str], str | None]) -> str:
    """A text in another language: its template looked up (``lookup``: source -> translation),
    then formatted with its arguments, themselves translated. A translation that does not fit
    its arguments falls back to English. The screens (Qt's translator) and the printed reports
    (verifier.printing.words) both use this.

    >>> translated(say("Valid until {date}.", date="x"), {"Valid until {date}.": "Do {date}."}.get)
    'Do x.'
    """
    if isinstance(value, Text):
        template = lookup(value.template) or value.template
        args = {
            k: translated(v, lookup) if isinstance(v, str) else v for k, v in value.args.items()
        }
        try:
            return template.format(**args) if value.args else template
        except (KeyError, IndexError, ValueError):
            return str(value)
    if isinstance(value, str):
        return lookup(value) or value
    return str(value)


def as_record(text: str) -> dict[str, object] | None:
    """A Text as data a record can keep (its template and arguments, nested Texts too), so the
    words can be chosen again in another language; None for a plain string."""
    if not isinstance(text, Text):
        return None
    args: dict[str, object] = {}
    for key, value in text.args.items():
        if isinstance(value, str):
            args[key] = as_record(value) or str(value)
        elif isinstance(value, bool | int | float) or value is None:
            args[key] = value
        else:
            args[key] = str(value)
    return {"template": text.template, "args": args}


def from_record(record: Mapping[str, object] | None, fallback: str) -> str:
    """The Text a record kept (``as_record``), or ``fallback`` when there is none or it does not
    fit (a record written by another version)."""
    if not isinstance(record, Mapping) or not isinstance(record.get("template"), str):
        return fallback
    raw = record.get("args")
    args = {
        k: from_record(v, "") if isinstance(v, Mapping) else v
        for k, v in (raw.items() if isinstance(raw, Mapping) else ())
    }
    try:
        return Text(str(record["template"]), **args)
    except (KeyError, IndexError, ValueError):
        return fallback


def joined(separator: str, parts: Iterable[str]) -> Text:
    """Texts put side by side (each translated on its own)."""
    items = list(parts)
    template = (
        separator.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(items)))
    )
    return Text(template, **{f"p{i}": part for i, part in enumerate(items)})
