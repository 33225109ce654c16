"""Problems in the UI language: an upload's (``describe``) and the data files' on the
data-error screen (``describe_data_problem``, the same line ``python -m pri_data check`` prints,
in English).

A ``Problem`` carries its message in English, built from a template (``pri_data.read``,
``pri_data.load``, ``pri_data.schemas``, ``geo.nuts`` and ``pri_data.upload``, each marked
``N_``). A message is matched back to its template, the template translated and refilled; file,
line, field and value stay as data. A message no template matches stays English.
"""

from __future__ import annotations

import re
from functools import cache

from geo import lookup, nuts
from pri_data import load, read, schemas, upload
from pri_data.errors import Problem
from pri_data.i18n import ENGLISH, N_, Translator

# The messages of pri_data.load and pri_data.schemas (kept in step by test_upload).
CONTRACT_MESSAGES = (
    N_("has the wrong type (expected {arg})"),
    N_("is a duplicate; it must be unique"),
    N_("is not one of the allowed values {arg}"),
    N_("does not match the pattern {arg}"),
    N_("is empty"),
    N_("is outside the allowed range {arg}"),
    N_("is missing"),
    N_("must be greater than {arg}"),
    N_("must be at least {arg}"),
    N_("repeats another row; this combination of fields must be unique"),
    N_("is a required column missing from the header"),
    N_("is a column the file must not have"),
    N_("is out of order in the header"),
    N_("is not a NUTS 2021 code at the stated nuts_level"),
    N_("does not match the country of nuts_code"),
    N_("does not match the length of nuts_code"),
    N_("does not fit participant_type (member_state: 0; city: 3; region: 1-3)"),
    N_("a city needs lat and lon"),
    N_("a city needs its GeoNames id"),
    N_("is not the id of a group in groups.csv"),
    N_("is not the id of a participant in participants.csv"),
    N_("the city's coordinates fall outside its NUTS 3 polygon"),
)
UPLOAD_MESSAGES = (
    upload.TOO_LARGE, upload.TOO_MANY_ROWS, upload.EMPTY, upload.NO_ROWS, upload.NOT_UTF8,
    upload.NOT_EXCEL, upload.NO_SHEET, upload.TWICE, upload.DUPLICATE_COLUMN, upload.UNREADABLE,
    upload.NO_PARTICIPANTS,
)  # fmt: skip
WHERE_LINE = N_("{file}, line {line}")
WHO = N_("(id {id})")
FIELD_VALUE = N_("{where}{who}, field {field}, value {value}: {message}")
FIELD_ONLY = N_("{where}{who}, field {field}: {message}")
FILE_ONLY = N_("{where}: {message}")
DATA_WHERE_LINE = N_("{file} line {line}")  # as errors.Problem.__str__ says it
DATA_LINE = N_("{where}{who}, field {field}: {value}: {message}")
FILE_MESSAGES = (
    *read.MESSAGES, *load.MESSAGES, *schemas.ERRORS.values(), *nuts.MESSAGES, *lookup.MESSAGES
)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex with named groups, template) per known template, longest first."""
    out = []
    templates = {*CONTRACT_MESSAGES, *UPLOAD_MESSAGES, *FILE_MESSAGES}
    for template in sorted(templates, key=len, reverse=True):
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*)" for i, p in enumerate(parts)
        )
        out.append((re.compile(f"^{regex}$", re.DOTALL), template))
    return tuple(out)


def translate_message(message: str, tr: Translator = ENGLISH) -> str:
    """``message`` in the language of ``tr`` when it comes from a known template."""
    for pattern, template in _patterns():
        if match := pattern.match(message):
            return tr.gettext(template).format(**match.groupdict())
    return message


def describe(problem: Problem, tr: Translator = ENGLISH) -> str:
    """One line: where (file or sheet, line), which id and field, the value, what is wrong."""
    _ = tr.gettext
    where = problem.file
    if problem.line:
        where = _(WHERE_LINE).format(file=problem.file, line=problem.line)
    who = " " + _(WHO).format(id=repr(problem.row_id)) if problem.row_id else ""
    message = translate_message(problem.message, tr)
    if problem.field in (upload.FILE_FIELD, upload.SHEET_FIELD) and not problem.value:
        return _(FILE_ONLY).format(where=where, message=message)
    template = FIELD_VALUE if problem.value else FIELD_ONLY
    return _(template).format(
        where=where, who=who, field=problem.field, value=repr(problem.value), message=message
    )


def describe_data_problem(problem: Problem, tr: Translator = ENGLISH) -> str:
    """A data file's problem as ``str(problem)`` words it (the line ``python -m pri_data check``
    prints), the fixed words and the message in the language of ``tr``."""
    _ = tr.gettext
    where = _(DATA_WHERE_LINE).format(file=problem.file, line=problem.line) if problem.line \
        else problem.file  # fmt: skip
    who = " " + _(WHO).format(id=repr(problem.row_id)) if problem.row_id else ""
    return _(DATA_LINE).format(
        where=where,
        who=who,
        field=repr(problem.field),
        value=repr(problem.value),
        message=translate_message(problem.message, tr),
    )
