"""``--text``, taken by every command that reads brat files: refused when no input is read as brat.

The option only tells brat's reader where a ``.ann`` file's text is; every
other format carries its text. Given where no input is brat, it would change
nothing and say nothing, which hides a slip (the wrong file, a ``--from``
forgotten): each command refuses it alike, in one line.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

#: What :func:`read_as` gives for a folder without a brat file under it.
NO_BRAT_FOLDER = "a folder without .ann files"


def read_as(path: str | os.PathLike[str], chosen: str | None = None, *, unknown: str | None = None) -> str | None:
    """The format ``path`` is read in: ``chosen`` (``--from``), else by its name; ``None`` when it cannot be told.

    A folder is read as brat when a ``.ann`` file is under it. ``unknown`` is
    what a file of no known extension is read as (``validate`` reads it as
    JSON); ``None`` leaves the command to report it.
    """
    from stancekit import formats
    from stancekit.errors import UsageError

    if chosen is not None:
        return chosen
    if os.path.isdir(path):
        from stancekit._files import folder_files

        return "brat" if any(file.suffix.lower() == ".ann" for file in folder_files(path)) else NO_BRAT_FOLDER
    try:
        return formats.guess(path)
    except UsageError:
        return unknown


def check_text(text: str | None, inputs: Sequence[tuple[str | os.PathLike[str], str | None]]) -> None:
    """Refuse ``--text`` when none of ``inputs`` (path, the format it is read in) is brat.

    An input whose format cannot be told (``None``) does not count against
    the option: the command reports that input in its own words.

    Raises:
        UsageError: naming what each input is read as; for ``--text -``, saying that it is no file.
    """
    from stancekit._commands._stdin import refuse_in_option
    from stancekit.errors import UsageError

    refuse_in_option("--text", [text], "a brat text", "--text ARTICLE.txt, or a folder of texts")
    if text is None or any(name in ("brat", None) for _, name in inputs):
        return
    if not inputs:
        raise UsageError("--text applies to brat input only, and no input is given; expected brat FILEs, or no --text")
    described = [
        f"{path} {'is ' + name if name == NO_BRAT_FOLDER else 'is read as ' + str(name)}" for path, name in inputs[:3]
    ]
    more = f", and {len(inputs) - 3} more inputs, none brat" if len(inputs) > 3 else ""
    raise UsageError(
        f"--text applies to brat input only, and {', '.join(described)}{more}; "
        "expected brat input (.ann files), or no --text"
    )
