"""English templates of the messages errors carry by id (see app/domain/errors.py).

The templates live in one module per area (``_core``, ``_archive``, ``_casework``,
``_cli``, ``_letters``, ``_records``); ``MESSAGES`` merges them and refuses an id defined
twice. Each entry is ``msg_id: template`` with ``{name}`` placeholders filled from the
error's ``params``. The UI translates the template (context ``"messages"``) and
fills the same placeholders; the CLI prints the English text. Add an id here
when you raise ``SomeError.of("area.what", ...)``; ``tests/unit/test_messages.py``
checks that every template's placeholders are plain names.

A reason is never glued in as an English fragment: a refusal that gives reasons (or
lists several, e.g. every problem of an archive) passes each as a :class:`Part`, its
own id and arguments, and :func:`render` words the parts with the same table
(``app.ui.message_catalog.Translated()`` is that table in the interface language).

After adding or changing a template run ``.venv/bin/python scripts/update_translations.py``:
it regenerates ``app/ui/message_catalog.py`` (the templates marked for pyside6-lupdate)
and extracts them into ``resources/translations/exemptio_{fr,de}.ts``; translate the new
entries of the context ``"messages"`` (same ``{placeholders}``), then run it with
``--compile``. ``tests/unit/test_message_catalog.py`` and
``tests/ui/test_translations_messages.py`` fail until that is done.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.domain.messages import _archive, _casework, _cli, _core, _letters, _records

AREAS = (_core, _archive, _casework, _cli, _letters, _records)


def _merged() -> dict[str, str]:
    table: dict[str, str] = {}
    for area in AREAS:
        twice = table.keys() & area.MESSAGES.keys()
        if twice:
            raise RuntimeError(f"message ids defined twice: {sorted(twice)}")
        table.update(area.MESSAGES)
    return table


MESSAGES: dict[str, str] = _merged()


def placeholders(template: str) -> list[str]:
    """The ``{name}`` fields of a template."""
    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None]


@dataclass(frozen=True)
class Part:
    """One reason of a refusal, by id and arguments: a parameter value of another message.

    A refusal that gives a reason (or lists several) carries them as data::

        BadInput.of("archive.bag_problem", file="data/a", reason=Part("archive.why.unlisted", alg="sha256"))

    :func:`render` words a ``Part`` with the same (translated) table as the message it
    stands in, and a tuple of parts as their texts joined by ``"; "``: the UI and the
    CLI join the rendered parts, no English fragment is glued in the service."""

    msg_id: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.msg_id, self.params)


def part(msg_id: str, **params: object) -> Part:
    """``Part(msg_id, params)`` written like ``ExemptioError.of``."""
    return Part(msg_id, params)


def _filled(value: object, templates: Mapping[str, str] | None) -> object:
    if isinstance(value, Part):
        return render(value.msg_id, value.params, templates)
    if isinstance(value, tuple) and value and all(isinstance(v, Part) for v in value):
        return "; ".join(render(v.msg_id, v.params, templates) for v in value)
    return value


def render(msg_id: str, params: Mapping[str, object], templates: Mapping[str, str] | None = None) -> str:
    """The text of ``msg_id`` with ``params`` filled in (missing ones shown as ``{name}``).

    ``templates`` is the (translated) table to use; the English one by default, and
    the English template when the id is missing from ``templates``. A :class:`Part`
    argument (or a tuple of parts) is rendered with the same table."""
    english = MESSAGES.get(msg_id, msg_id)
    for template in ((templates or MESSAGES).get(msg_id) or english, english):
        try:
            values = {
                name: _filled(params[name], templates) if name in params else "{" + name + "}"
                for name in placeholders(template)
            }
            return template.format_map(values)
        except (ValueError, IndexError, KeyError, AttributeError):  # a broken translation: English
            continue
    return msg_id
