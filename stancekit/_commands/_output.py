"""Where a command may write: never over one of its inputs, and over an existing file only with ``--force``."""

from __future__ import annotations

import os
from pathlib import Path

#: What ``-o -`` means to a Unix user: standard output, never a file named "-".
STANDARD_OUTPUT = "-"


def claim(path: str | os.PathLike[str], inputs: list[str], force: bool, *, unless_text: str | None = None) -> bool:
    """Check that ``path`` may be written; return False when it already holds exactly ``unless_text``.

    A device or pipe (``/dev/null``, ``/dev/stdout``) is written into, not
    replaced, so it needs no ``force``.

    Raises:
        UsageError: when ``path`` is an input, is a folder or ends in ``/``, or exists and ``force`` is not given.
        OutputError: when ``path`` is a block device, or a name too long for the file system.
    """
    from stancekit._files import check_name, check_not_input, writes_through
    from stancekit.errors import UsageError

    given = os.fspath(path)
    if given.endswith(("/", os.sep)) and not os.path.isdir(given):
        # Path() would drop the slash, and the run would write a file of the folder's name.
        raise UsageError(f"{given}: ends in {given[-1]}, so it names a folder; expected a file name to write")
    path = Path(path)
    check_name(path)
    check_not_input(path, inputs)
    if writes_through(path):
        return True
    if not path.exists():
        return True
    if unless_text is not None and path.is_file():
        try:
            if path.read_bytes() == unless_text.encode("utf-8"):
                return False
        except OSError:
            pass
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; expected a file name to write")
    if not force:
        raise UsageError(f"{path}: exists; give --force to replace it, or choose another output")
    return True
