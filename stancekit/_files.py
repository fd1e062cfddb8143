"""Reading and writing files safely: strict UTF-8 and JSON, clear errors, atomic writes."""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import re
import secrets
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

from stancekit.errors import InputError, OutputError, StancekitError, UsageError

__all__ = [
    "RepeatedKeyError",
    "atomic_write",
    "atomic_write_together",
    "atomic_writer",
    "cannot_read",
    "check_folder_free",
    "check_name",
    "check_no_nul",
    "check_not_device",
    "check_not_input",
    "check_start",
    "decode",
    "describe_json",
    "folder_files",
    "lock_holder",
    "lock_path",
    "make_folder",
    "name_not_utf8",
    "open_through",
    "output_lock",
    "parse_json",
    "read_bytes",
    "read_text",
    "replaced_file",
    "shown_path",
    "write_folder",
    "writes_through",
]

_BOM = b"\xef\xbb\xbf"


def cannot_read(path: str | os.PathLike[str], error: OSError) -> InputError:
    """The ``InputError`` for an ``OSError`` met opening or reading ``path``: missing, a folder, or unreadable."""
    if isinstance(error, FileNotFoundError):
        if os.fspath(path) == "-":  # the Unix name of standard input, where stancekit annotate alone reads it
            return InputError(
                "-: no such file; expected a file name (- is standard input only as a command's input file)"
            )
        return InputError(f"{path}: no such file")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{path}: is a folder; expected a file")
    return InputError(f"{path}: cannot be read ({error.strerror or error})")


def folder_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The files under ``folder`` that a command reads, found recursively, in path order; hidden ones left out.

    A file or folder whose name starts with a dot (``.git``,
    ``.ipynb_checkpoints``, ``.DS_Store``) holds no data of the user's: a
    notebook's checkpoint copy of ``a.json`` would be read as a second
    document ``a``, and ``.git`` would be walked file by file. Symbolic links
    to folders are not followed (a loop would never end); links to files are read.
    """
    found: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        found.extend(Path(root, name) for name in names if not name.startswith("."))
    return sorted(path for path in found if path.is_file())


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of ``path``; a missing or unreadable file, or an endless device, raises ``InputError``."""
    try:
        with open(path, "rb") as handle:
            check_not_device(handle, path)
            return handle.read()
    except OSError as error:
        raise cannot_read(path, error) from None


def check_not_device(handle: IO[bytes], path: str | os.PathLike[str]) -> None:
    """Refuse an input opened from a device such as ``/dev/zero`` or ``/dev/urandom``, which never ends.

    Read to its end, it would take all the memory there is. A terminal (``/dev/tty``, an interactive
    ``/dev/stdin``) ends with Ctrl-D, and ``/dev/null`` at once: both are read; so are pipes and files.

    Raises:
        InputError: naming the input, and what is expected instead.
    """
    if not stat.S_ISCHR(os.fstat(handle.fileno()).st_mode) or handle.isatty():
        return
    with contextlib.suppress(OSError):
        if os.path.samefile(path, os.devnull):
            return
    raise InputError(f"{path}: is a device, not a file, and may never end; expected a file or a pipe")


def decode(data: bytes, location: str, *, byte_order_mark: str = "drop", nul_bytes: str = "keep") -> str:
    """Decode strict UTF-8; a byte-order mark at the start is dropped, or kept with ``byte_order_mark="keep"``.

    Windows tools (Notepad, Excel's "CSV UTF-8", many exporters) start UTF-8
    files with a byte-order mark, and JSON lets a parser ignore one. A reader
    whose offsets count characters of the file as another tool read it (brat
    counts the mark as a character) keeps it, so that the offsets stay right.

    With ``nul_bytes="refuse"`` (an article to annotate) a NUL byte is refused:
    UTF-16 without a byte-order mark, or a binary file, is valid UTF-8 when
    its other bytes are ASCII, and would be annotated as nonsense without a
    word. Whatever ``nul_bytes`` says, data with the NUL bytes of UTF-16
    without a byte-order mark is refused as that, and a UTF-16 or UTF-32 file
    that starts with its byte-order mark is refused as such, by name.
    """
    marked = data.startswith(tuple(mark for mark, _ in _OTHER_MARKS))
    if not marked and _looks_like_utf16(data):
        # No file is meant to be read so; were its text all ASCII, it would decode, as nonsense that fails
        # later, far from its cause (a JSON reader's "Expecting property name").
        raise InputError(f"{location}: {_nul_place(data)} ({_nul_kind(data)}); expected UTF-8 text")
    if nul_bytes == "refuse" and not marked:
        check_no_nul(data, location)
    if byte_order_mark == "drop" and data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{location}: byte 0x{data[error.start]:02x} at offset {error.start} is not UTF-8"
            f"{_guess_encoding(data, error.start)}; expected UTF-8 text"
        ) from None


#: Byte-order marks of the encodings a text editor may save in instead of UTF-8, longest first.
_OTHER_MARKS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _guess_encoding(data: bytes, start: int) -> str:
    """A hint, for the message, of what a file that is not UTF-8 is, and where the bad byte is, or ``""``.

    Windows editors save "Unicode" as UTF-16 with a byte-order mark, and
    older tools write Windows-1252 (a superset of Latin-1 for text): both are
    named, so that the user knows what to convert from.
    """
    for mark, name in _OTHER_MARKS:
        if data.startswith(mark):
            return f" (the file starts with a {name} byte-order mark: it is {name}; save it again as UTF-8)"
    lines = data.count(b"\n", 0, start)
    # A line of a corpus is named by its location already; the line counts only in a file of several.
    where = [f"line {lines + 1}"] if b"\n" in data.rstrip(b"\r\n") else []
    if b"\x00" not in data:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            where.append("the text reads as Windows-1252 or Latin-1: save it again as UTF-8")
    return f" ({'; '.join(where)})" if where else ""


#: What Python makes of a name's bytes that are not UTF-8 (its ``surrogateescape`` handler).
_NOT_UTF8_NAME = re.compile("[\udc80-\udcff]")


def name_not_utf8(name: str) -> str | None:
    """Why an article named ``name`` cannot be annotated when the name is not UTF-8, else None.

    The article's id is its name, and an id must be text that JSON and UTF-8 can carry: the error was "$.id: holds
    a lone surrogate (U+DCE9) at offset 3", which named neither the file nor that the id is its name.
    """
    bad = _NOT_UTF8_NAME.search(name)
    if bad is None:
        return None
    return (
        f"the file name is not UTF-8 (byte 0x{ord(bad.group()) - 0xDC00:02x}), and the document's id is the file's "
        "name; expected a UTF-8 name: rename the file"
    )


def shown_text(text: str) -> str:
    """``text`` with each of Python's stand-ins for a byte that is not UTF-8 written as a shell shows the byte
    (``caf\\xe9.txt``), so a message naming such a file can be written as UTF-8."""
    if _NOT_UTF8_NAME.search(text) is None:
        return text
    return _NOT_UTF8_NAME.sub(lambda stand_in: f"\\x{ord(stand_in.group()) - 0xDC00:02x}", text)


class ShownNames:
    """A text stream whose writes show file names that are not UTF-8 as a shell does (see ``shown_text``).

    The command line writes its messages through it, so each of them names such a file readably, whichever
    message it is, and none fails on a stream that is strict UTF-8.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(shown_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def shown_path(path: str) -> str:
    """``path`` as a shell shows it (``caf\\xe9.txt``): Python's stand-in for a byte that is not UTF-8 cannot be
    written as UTF-8. Any other path is itself."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def check_no_nul(data: bytes, location: str) -> None:
    """Refuse ``data`` when it holds a NUL byte, saying whether it looks like UTF-16 or a binary file.

    Raises:
        InputError: naming ``location``, the offset of the first NUL byte, what the data looks like (when it
            looks like anything but text with a stray NUL), and that UTF-8 text is expected.
    """
    if b"\x00" not in data:
        return
    kind = _nul_kind(data)
    if kind is None:
        raise InputError(f"{location}: {_nul_place(data)}; expected UTF-8 text without NUL bytes")
    raise InputError(f"{location}: {_nul_place(data)} ({kind}); expected UTF-8 text")


def check_start(head: bytes, location: str, expected: str) -> None:
    """Refuse a file whose first bytes (``head``) are UTF-16 or UTF-32: a byte-order mark, or UTF-16's NUL bytes.

    Meant for a file read line by line (JSON Lines): split at its line ends,
    UTF-16 would be refused once a line, each time for a reason of its own,
    and every line after the first would look like the other byte order.

    Raises:
        InputError: naming ``location``, the encoding and ``expected`` (``UTF-8 JSON Lines``).
    """
    for mark, name in _OTHER_MARKS:
        if head.startswith(mark):
            rest = head[len(mark) :]
            if rest.count(0) * 4 < len(rest) or not rest:
                return  # no NULs of UTF-16 or UTF-32 text after it: a stray mark, which that line's reader names
            raise InputError(
                f"{location}: it is {name} (the file starts with a {name} byte-order mark); "
                f"expected {expected}: save it again as UTF-8"
            )
    if _looks_like_utf16(head):
        first = head.find(b"\x00")
        raise InputError(f"{location}: NUL bytes from offset {first} ({_nul_kind(head)}); expected {expected}")


def _nul_place(data: bytes) -> str:
    """Where ``data``'s NUL bytes are, for a message: ``a NUL byte at offset 7``, ``12 NUL bytes, the first at 1``."""
    first, count = data.find(b"\x00"), data.count(b"\x00")
    return f"a NUL byte at offset {first}" if count == 1 else f"{count:,} NUL bytes, the first at offset {first}"


#: How many bytes, from the start, the guess at what a file with NUL bytes is looks at.
_SAMPLE = 4096

#: The fewest NUL bytes, on one side (odd or even offsets), that can be called the pattern of UTF-16: one or two
#: stray NULs at odd offsets are not.
_UTF16_NULS = 4

#: Control bytes no text holds, for telling a binary file (more than a tenth of them) from text with a stray NUL.
_CONTROL_BYTES = bytes(sorted(set(range(0x20)) - set(b"\t\n\v\f\r\x1b") | {0x7F}))


def _utf16_order(data: bytes) -> str | None:
    """``little-endian`` or ``big-endian`` when ``data`` looks like UTF-16 of mostly Latin text, else None.

    Such UTF-16 has a NUL in every other byte, at odd offsets (little-endian,
    what Windows writes) or even ones (big-endian), and almost none at the
    others. A real pattern is asked for: at least :data:`_UTF16_NULS` NULs
    on one side, most of that side's bytes, over the first 4 KiB.
    """
    sample = data[:_SAMPLE]
    even, odd = sample[0::2], sample[1::2]
    for nuls, others, order in ((odd, even, "little-endian"), (even, odd, "big-endian")):
        found = nuls.count(0)
        if found >= _UTF16_NULS and found >= len(nuls) / 2 and others.count(0) <= len(others) / 10:
            return order
    return None


def _looks_like_utf16(data: bytes) -> bool:
    """Whether ``data`` looks like UTF-16 without a byte-order mark; one search for a NUL when it does not."""
    return data.find(b"\x00", 0, _SAMPLE) >= 0 and _utf16_order(data) is not None


def _nul_kind(data: bytes) -> str | None:
    """What a file with NUL bytes most likely is, for the message: UTF-16, binary, or None for text with stray NULs.

    A file whose first 4 KiB are more than a tenth control bytes (NUL among
    them) is taken for binary; one NUL in a line of text is not.
    """
    order = _utf16_order(data)
    if order is not None:
        return f"it looks like {order} UTF-16 without a byte-order mark: save it again as UTF-8"
    sample = data[:_SAMPLE]
    if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > len(sample) / 10:
        return "it looks like a binary file, not text"
    return None


def read_text(path: str | os.PathLike[str], *, byte_order_mark: str = "drop", nul_bytes: str = "keep") -> str:
    """The text of ``path`` as strict UTF-8, newlines kept exactly (CRLF stays CRLF); see :func:`decode`."""
    return decode(read_bytes(path), str(path), byte_order_mark=byte_order_mark, nul_bytes=nul_bytes)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number; expected a finite number")


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        shown = literal if len(literal) <= 40 else literal[:39] + "…"
        raise ValueError(f"{shown} is too large for a number; expected a finite number")
    return value


class _DuplicateKey(ValueError):
    """A key given twice in one JSON object; the key, for the message."""


class RepeatedKeyError(InputError):
    """JSON with a key given twice in one object.

    Attributes:
        path: the JSON path of that object (``$.entities[2]``), or ``""`` when the file breaks further on.
        reason: the message without the location and the path.
    """

    def __init__(self, location: str, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{location}: {path + ': ' if path else ''}{reason}")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's pairs as a dict, or ``_DuplicateKey`` when a key repeats, which a dict would silently lose.

    The pairs are the one place json shows a repeat (``object_hook`` gets the
    dict after the loss). Of the ways tried this is the cheapest: a third to
    a half more parsing time, up to a sixth more for reading a document (the
    schema check dominates); counting the colons outside strings against the
    keys parsed costs more than the hook saves.
    """
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _duplicate_path(text: str) -> str | None:
    """The JSON path of the first object (as the parser closes them) that repeats a key, or None.

    Only called once a key is known to repeat: the text is parsed again,
    every object kept as its list of pairs, and the tree walked to that one.
    """

    class Pairs(list[tuple[str, Any]]):
        """An object as its pairs, so that a repeated key survives."""

    found: list[Pairs] = []

    def keep(pairs: list[tuple[str, Any]]) -> Pairs:
        kept = Pairs(pairs)
        if not found and len({key for key, _ in pairs}) != len(pairs):
            found.append(kept)
        return kept

    try:
        root = json.loads(text, object_pairs_hook=keep, parse_constant=_refuse_constant, parse_float=_finite_float)
    except (ValueError, RecursionError):  # broken further on: the key is news enough
        return None
    stack: list[tuple[str, Any]] = [("$", root)]
    while stack:  # no recursion: the depth is the file's
        path, value = stack.pop()
        if found and value is found[0]:
            return path
        if isinstance(value, Pairs):
            stack.extend((f"{path}.{key}", item) for key, item in reversed(value))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in reversed(list(enumerate(value))))
    return None


#: What is left of a ``true``, ``false``, ``null`` or a number cut off after its first characters.
_PART_OF_A_VALUE = re.compile(r"t(?:ru?)?|f(?:a(?:ls?)?)?|n(?:ul?)?|-|\.|[eE][-+]?")


def _cut_short(text: str, error: json.JSONDecodeError) -> bool:
    """Whether ``error`` comes from the text ending before its value does: a file cut off mid-write.

    Parsing stops at the end (``Expecting value``, ``Expecting ',' delimiter``),
    inside a string that never closes, or inside a literal or number cut off.
    """
    return (
        error.pos >= len(text)
        or error.msg.startswith("Unterminated string")
        or _PART_OF_A_VALUE.fullmatch(text, error.pos) is not None
    )


def parse_json(text: str, location: str) -> Any:
    """Parse strict JSON: no NaN or Infinity (nor ``1e400``), no key twice in an object, bounded nesting.

    A repeated key is refused rather than read as most JSON readers do,
    keeping the last value and losing the first without a word.

    Raises:
        InputError: naming ``location``, the line and column (or the JSON
            path of the object that repeats a key), and the problem.
    """
    # Whitespace after the value means nothing, but an error at the very end
    # (a line cut short) would be placed past it, on a line of its own, and a
    # string cut short would end in a newline json calls a control character.
    text = text.removeprefix("\ufeff").rstrip(" \t\r\n")
    if not text:
        raise InputError(f"{location}: is empty; expected JSON")
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, parse_float=_finite_float, object_pairs_hook=_unique_keys
        )
    except json.JSONDecodeError as error:
        one_line = "\n" not in text
        where = f"column {error.colno}" if one_line else f"line {error.lineno} column {error.colno}"
        # Some of json's messages end in " at", expecting the position after them.
        message = error.msg.removesuffix(" at").replace("string starting", "string starting there")
        kind = _nul_kind(text.encode("utf-8", "surrogatepass")) if text.startswith("\x00", error.pos) else None
        if kind is not None:
            # JSON holds no raw NUL, so the parse stops at the first: UTF-16 (or a binary file) read as UTF-8.
            raise InputError(
                f"{location}: not valid JSON at {where}: a NUL byte ({kind}); expected UTF-8 JSON"
            ) from None
        if _cut_short(text, error):
            message += (
                " (the text ends before the JSON does: the file may be truncated, cut off while it was written);"
                " expected complete JSON"
            )
        elif error.msg == "Extra data":
            # A second value after the first: most often JSON Lines in a file named .json.
            message += (
                " (a second JSON value after the first); expected one JSON value, or JSON Lines in a .jsonl file"
                if not one_line
                else " (a second JSON value after the first); expected one JSON value"
            )
        raise InputError(f"{location}: not valid JSON at {where}: {message}") from None
    except RecursionError:
        raise InputError(f"{location}: JSON nested too deeply; expected a document of sensible depth") from None
    except _DuplicateKey as duplicate:
        key = duplicate.args[0] if len(duplicate.args[0]) <= 40 else duplicate.args[0][:39] + "…"
        reason = (
            f"the key {key!r} is repeated in this object; "
            "expected each key once (other JSON readers would keep the last value and lose the others)"
        )
        raise RepeatedKeyError(location, _duplicate_path(text) or "", reason) from None
    except ValueError as error:
        if "digits" in str(error):
            message = "a number with thousands of digits; expected numbers of sensible size"
            raise InputError(f"{location}: {message}") from None
        raise InputError(f"{location}: {error}") from None  # NaN or Infinity


def describe_json(value: Any) -> str:
    """How an error names a parsed JSON value: ``null``, ``the number 3``, ``the string 'x'``, ``an array``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {json.dumps(value)}"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {value!r}" if len(value) <= 40 else "a string"
    return "an array" if isinstance(value, list) else "an object"


def _create_beside(target: Path) -> tuple[int, Path]:
    """Create a new, empty temporary file in ``target``'s folder.

    Unlike ``tempfile.mkstemp`` (always mode 0600), the file gets the mode a
    plain new file would have, so that the user's umask decides who may read
    the result.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = target.parent / f".{target.name[:80]}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue


def _keep_mode(target: Path, temporary: Path) -> None:
    """Give the new file the permissions of the file it replaces."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.chmod(temporary, mode)


def _cannot_write(path: str | os.PathLike[str], error: OSError) -> OutputError:
    if error.errno == errno.ENAMETOOLONG:
        return _name_too_long(path)
    folder = Path(path).parent
    if isinstance(error, FileNotFoundError) and not folder.exists():
        # The one reason a new file cannot be made that the system's words leave unsaid: its folder is missing.
        return OutputError(
            f"{path}: cannot be written ({error.strerror or error}: the folder {folder} does not exist); "
            "expected a path in an existing folder"
        )
    return OutputError(f"{path}: cannot be written ({error.strerror or error}); expected a writable file path")


#: The longest name of one file or folder most file systems take (ext4, NTFS, APFS), in bytes.
_NAME_MAX = 255


def _name_limit(path: Path) -> int:
    """The longest name, in bytes, the file system of ``path``'s nearest existing folder takes."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, ValueError, OSError):  # no pathconf on Windows
        return _NAME_MAX


def _name_too_long(path: str | os.PathLike[str]) -> OutputError:
    """The ``OutputError`` for a path the file system refuses as too long, naming the part at fault."""
    limit = _name_limit(Path(os.path.abspath(path)))
    parts = Path(path).parts or (os.fspath(path),)
    longest = max(parts, key=lambda part: len(os.fsencode(part)))
    size = len(os.fsencode(longest))
    shown = longest if len(longest) <= 40 else f"{longest[:20]}…{longest[-12:]}"
    if size > limit:
        # The path is named with the long part cut short, so that the message stays one readable line.
        location = os.path.join(*(shown if part == longest else part for part in parts))
        return OutputError(
            f"{location}: a name of {size} bytes, longer than the file system allows ({limit}); expected a shorter name"
        )
    size = len(os.fsencode(os.fspath(path)))
    return OutputError(f"{path}: a path of {size} bytes, longer than the file system allows; expected a shorter path")


def check_name(path: str | os.PathLike[str]) -> None:
    """Refuse a path to write that the file system would refuse as too long, before anything is read or written.

    Raises:
        OutputError: naming the part of the path that is too long, its size and the limit.
    """
    limit = None
    for part in Path(path).parts:
        if len(os.fsencode(part)) > _NAME_MAX:
            limit = _name_limit(Path(os.path.abspath(path))) if limit is None else limit
            if len(os.fsencode(part)) > limit:
                raise _name_too_long(path)


#: The standard streams' paths, written into as they are even when they lead to a regular file:
#: ``/dev/stdout`` may stand for a file the shell opened, which renaming a new file over would detach
#: from the shell's redirection. Any other regular file, under ``/dev/shm`` too, is replaced as usual.
_STREAM_PATH = re.compile(r"/dev/(?:stdout|stderr|fd/\d+)|/proc/(?:self|\d+)/fd/\d+")


def writes_through(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a device, a pipe or a standard stream (``/dev/null``, a FIFO, ``/dev/stdout``), written into.

    Such a file is never replaced: renaming a new file over ``/dev/null``
    would destroy the device. Writing into one needs no ``--force``.

    Raises:
        OutputError: for a block device (a disk), which no command should write.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # missing (a new file) or unreachable: the writer reports it
    if stat.S_ISBLK(mode):
        raise OutputError(
            f"{path}: is a block device; expected a file, a character device such as /dev/null, or a pipe"
        )
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return True
    return stat.S_ISREG(mode) and _STREAM_PATH.fullmatch(os.path.abspath(path)) is not None


def replaced_file(path: str | os.PathLike[str]) -> Path:
    """The file an atomic write of ``path`` replaces: ``path`` itself, or the file a symbolic link names.

    Renaming a new file over a link would replace the link and leave the
    file it names as it was; the new file goes where the link leads, and the
    link stays.
    """
    target = Path(path)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _stage(path: str | os.PathLike[str]) -> tuple[int, Path, Path]:
    """A new temporary file beside the file that writing ``path`` replaces: ``(descriptor, temporary, target)``.

    What :func:`atomic_writer` and :func:`atomic_write_together` both start
    with; the caller writes it through :func:`_synced`, then renames it over
    ``target`` or removes it.

    Raises:
        OutputError: when it cannot be created (no such folder, no permission), naming ``path``.
    """
    target = replaced_file(path)
    try:
        descriptor, temporary = _create_beside(target)
    except OSError as error:
        raise _cannot_write(path, error) from None
    return descriptor, temporary, target


@contextlib.contextmanager
def _synced(descriptor: int, encoding: str) -> Iterator[IO[str]]:
    """The temporary file ``descriptor`` open for text; on leaving the block, flushed to the disk and closed.

    Only then may it be renamed into place: a crash after the rename must not leave an empty or partial file.
    """
    with os.fdopen(descriptor, "w", encoding=encoding, newline="") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Open a temporary text file beside ``path``; on success rename it into place.

    A failure half-way never leaves half a file: either the old content or
    the new one is there, and the temporary file is removed. The new file
    keeps the permissions of the one it replaces. A symbolic link keeps
    pointing at its file, which is the one replaced; a device or a pipe
    (see :func:`writes_through`) is written into directly.

    Raises:
        OutputError: when the file cannot be created, written or renamed
            (no such folder, no permission, disk full).
    """
    check_name(path)
    if writes_through(path):
        with _through_writer(path, encoding) as handle:
            yield handle
        return
    descriptor, temporary, target = _stage(path)
    try:
        with _synced(descriptor, encoding) as handle:
            yield handle
        _keep_mode(target, temporary)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        # Only errors of the writing itself become OutputError; an OSError
        # about some other file (an input read lazily) keeps its own meaning.
        if (
            isinstance(error, OSError)
            and not isinstance(error, StancekitError)
            and error.filename in (None, str(temporary), str(target), os.fspath(path))
        ):
            raise _cannot_write(path, error) from error
        raise


def _try_lock(descriptor: int, *, shared: bool = False) -> bool:
    """Take an exclusive lock on an open file without waiting; False when another process holds it.

    The system releases the lock when the process ends, however it ends, so
    a run that was killed never leaves a lock behind, only its empty file.
    A ``shared`` lock (to look whether a run holds the lock) is refused only
    by an exclusive one, so that two lookers never take each other for a
    run; Windows has exclusive locks only.
    """
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of an output: ``OUT.jsonl.lock`` beside ``OUT.jsonl``, ``OUTDIR.lock`` beside a folder.

    The same output has the same lock however it is named: ``out/``,
    ``./out`` and a symbolic link to ``out`` all lock ``out.lock`` (``out/``
    once locked ``out/.lock``, and two runs into one folder went ahead). A
    folder whose parent cannot be written (a mount point under a system
    folder) holds its lock itself, as ``OUTDIR/.lock``.
    """
    real = os.path.realpath(path)
    beside = Path(f"{real}.lock")
    if os.path.isdir(real) and not os.access(beside.parent, os.W_OK):
        return Path(real) / ".lock"
    return beside


def lock_holder(path: str | os.PathLike[str]) -> str | None:
    """Whether a run holds the lock of ``path`` now: ``" (process N)"`` (or ``""``) if one does, else ``None``.

    It looks without waiting and without making a lock file. A lock file a
    killed run left behind is held by nobody.
    """
    try:
        descriptor = os.open(lock_path(path), os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return None  # no lock file (or none this user may open, which no run of this user holds)
    try:
        if _try_lock(descriptor, shared=True):
            return None  # closing the descriptor releases it at once
        try:
            return f" (process {int(os.read(descriptor, 32).decode('ascii').strip())})"
        except (OSError, ValueError):
            return ""
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def output_lock(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold ``OUT.lock`` beside ``path`` while a run writes ``path``, so that a second run refuses instead of mixing in.

    The lock file holds the process id of the run, for the message, and is
    removed when the run ends. A file (``OUT.jsonl``) and a folder of files
    (brat, CAS XMI) are locked alike; see :func:`lock_path`.

    Raises:
        UsageError: when another run holds the lock, naming the output and that run's process id.
        OutputError: when the lock file cannot be made.
    """
    lock = lock_path(path)
    while True:
        try:
            descriptor = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
        except OSError as error:
            # Named by the output: the lock is a detail, and what stops it (a missing folder) stops the output too.
            raise _cannot_write(path, error) from None
        if not _try_lock(descriptor):
            try:
                who = f" (process {int(os.read(descriptor, 32).decode('ascii').strip())})"
            except (OSError, ValueError):
                who = ""
            os.close(descriptor)
            raise _busy(path, who)
        # A run that ended between our open and our lock removed the file we hold: lock the one that is there.
        try:
            current = os.path.samestat(os.fstat(descriptor), os.stat(lock))
        except OSError:
            current = False
        if current:
            break
        os.close(descriptor)
    try:
        os.ftruncate(descriptor, 0)
        os.write(descriptor, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        with contextlib.suppress(OSError):  # Windows cannot remove an open file: the next run reuses it
            os.unlink(lock)
        os.close(descriptor)


def _busy(path: str | os.PathLike[str], who: str) -> UsageError:
    return UsageError(f"{path}: another run is writing it{who}; wait for that run to end, or choose another output")


def check_folder_free(path: str | os.PathLike[str]) -> None:
    """Refuse to write the file ``path`` while a run writes its whole folder (brat or CAS files into ``OUTDIR``).

    A file written alone holds its own lock (``X.ann.lock``), a folder
    written whole the folder's (``OUTDIR.lock``): each writer checks the
    other's after taking its own, so that of two runs started together at
    least one sees the other (see :func:`write_folder`).

    Raises:
        UsageError: naming the file, the folder and the process writing it.
    """
    folder = Path(path).parent
    who = lock_holder(folder)
    if who is not None:
        raise UsageError(
            f"{path}: another run is writing its folder {folder}{who}; "
            "wait for that run to end, or choose another output"
        )


def open_through(path: str | os.PathLike[str], encoding: str = "utf-8") -> IO[str]:
    """Open a device or pipe for writing: appending, never creating or truncating it.

    Appending is what the shell's ``>>`` does; through ``/dev/stdout`` it
    also keeps what the shell's ``>`` opened from being cut back to nothing.

    Raises:
        OutputError: when it cannot be opened.
    """
    try:
        return open(path, "a", encoding=encoding, newline="")
    except OSError as error:
        raise _cannot_write(path, error) from None


@contextlib.contextmanager
def _through_writer(path: str | os.PathLike[str], encoding: str) -> Iterator[IO[str]]:
    handle = open_through(path, encoding)
    try:
        with handle:
            yield handle
    except OSError as error:
        # A pipe whose reader stopped early (`-o /dev/stdout | head`) is no failure to write: the command line
        # ends quietly on BrokenPipeError, as it does for its standard output.
        if isinstance(error, (StancekitError, BrokenPipeError)) or error.filename not in (None, os.fspath(path)):
            raise
        raise _cannot_write(path, error) from error


def make_folder(path: str | os.PathLike[str], purpose: str) -> bool:
    """Make the folder ``path``, and its parents, unless it exists; ``purpose`` says what it is for.

    Returns:
        whether this call made it (``False`` when it was there).

    Raises:
        OutputError: naming the part of the path that is too long, or the folder, why it cannot be made,
            and ``purpose``.
    """
    folder = Path(path)
    check_name(folder)  # before is_dir(), which Python 3.10 lets raise for a name too long
    if folder.is_dir():
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            f"{folder}: cannot be made a folder ({error.strerror or error}); expected a folder for {purpose}"
        ) from None
    return True


def check_not_input(output: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse to write ``output`` when it is one of ``inputs``: same path, a link to it, or a hard link.

    Raises:
        UsageError: naming the file.
    """
    for source in inputs:
        try:
            same = os.path.samefile(source, output)
        except OSError:  # one of them does not exist (yet): compare the paths
            same = os.path.abspath(source) == os.path.abspath(output)
        if same:
            raise UsageError(f"{output}: is also an input, and writing it would destroy it; choose another output")


def atomic_write(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through :func:`atomic_writer`."""
    with atomic_writer(path, encoding=encoding) as handle:
        handle.write(text)


def atomic_write_together(files: Sequence[tuple[str | os.PathLike[str], str]]) -> None:
    """Write several files that belong together (brat's ``X.txt`` and ``X.ann``): each to a temporary file first.

    Every file is written in full, and flushed to the disk, before the
    first is renamed into place; the renames follow in the order given. A
    failure while writing (a full disk, a folder that cannot be written)
    leaves every file as it was, where two :func:`atomic_write` calls would
    have left the first file new beside the second one old. A device or a
    pipe (see :func:`writes_through`) is written into once the others are
    renamed.

    Raises:
        OutputError: naming the file that could not be written.
    """
    staged: list[tuple[Path, Path]] = []  # (temporary, target)
    through: list[tuple[str | os.PathLike[str], str]] = []
    try:
        for path, text in files:
            check_name(path)
            if writes_through(path):
                through.append((path, text))
                continue
            descriptor, temporary, target = _stage(path)
            staged.append((temporary, target))
            try:
                with _synced(descriptor, "utf-8") as handle:
                    handle.write(text)
            except OSError as error:
                raise _cannot_write(path, error) from None
        while staged:
            temporary, target = staged[0]
            _move_in(temporary, target)
            staged.pop(0)
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    for path, text in through:
        with _through_writer(path, "utf-8") as handle:
            handle.write(text)


def _staging_folder(folder: Path) -> Path:
    """A new hidden folder beside ``folder``, or inside it when the parent cannot be written or is on another device.

    The files must be renamed from it into ``folder``, and a rename cannot cross file systems.
    """
    beside = folder.resolve()
    places = [beside.parent, beside]
    with contextlib.suppress(OSError):
        if os.stat(beside.parent).st_dev != os.stat(beside).st_dev:  # ``folder`` is a mount point
            places = [beside]
    for parent in places:
        with contextlib.suppress(OSError):
            return Path(tempfile.mkdtemp(prefix=f".{beside.name[:80]}.", suffix=".tmp", dir=parent))
    raise OutputError(f"{folder}: no temporary folder can be made beside or in it; expected a writable folder")


def _move_in(staged: Path, target: Path) -> None:
    """Rename ``staged`` to ``target``, keeping the permissions of the file it replaces."""
    try:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(staged, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(staged, target)
    except OSError as error:
        raise OutputError(
            f"{target}: cannot be written ({error.strerror or error}); expected a writable file path"
        ) from None


def write_folder(
    directory: str | os.PathLike[str],
    files: Iterable[tuple[str, str]],
    *,
    purpose: str,
    check: Callable[[Path, str], bool] | None = None,
) -> None:
    """Write each ``(name, content)`` of ``files`` into ``directory`` (made if missing): all of them or none.

    The files are written into a temporary folder beside ``directory`` as
    they come, so a corpus of any size needs the memory of one file, and
    moved in, each by a rename, only once every file is written. A failure
    on the way (an error raised by ``files``, a full disk, a refusal by
    ``check``) leaves ``directory`` as it was, and removes it when this call
    made it. The whole write holds ``directory``'s lock (:func:`output_lock`,
    as the corpus writer does for ``OUT.jsonl``): a second run into the same
    folder is refused rather than moving its files in between this one's,
    which could leave one run's ``.ann`` beside the other's ``.txt``.

    Args:
        directory: the folder.
        files: file names in the folder and their text, in any iterable (a lazy one too).
        purpose: what the folder is for, for the message when it cannot be made.
        check: called with each file's path in ``directory`` and its new content before it is written:
            it raises to stop, or returns ``False`` to keep the file that is there (one already holding the
            content). By default every file is written, replacing any file of its name.

    Raises:
        UsageError: when another run is writing ``directory`` (it holds the lock), or one of the files to move in
            (a brat file written alone holds its own lock), naming its process id.
        OutputError: when the folder or a file cannot be written.
    """
    folder = Path(directory)
    made = make_folder(folder, purpose)  # the name is checked there, once
    # Refused by the lock, a run leaves the folder alone, even one it made: the run holding it writes there.
    with output_lock(folder):
        try:
            staging = _staging_folder(folder)
            try:
                _stage_and_move(folder, staging, files, check)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        except BaseException:
            if made:
                with contextlib.suppress(OSError):  # only when empty: never remove what someone else put there
                    folder.rmdir()
            raise


def _stage_and_move(
    folder: Path, staging: Path, files: Iterable[tuple[str, str]], check: Callable[[Path, str], bool] | None
) -> None:
    """Write ``files`` into ``staging``, then move them into ``folder``; see :func:`write_folder`."""
    staged: list[str] = []
    for name, content in files:
        if check is None or check(folder / name, content):
            atomic_write(staging / name, content)
            staged.append(name)
    for name in staged:
        # A file written alone (convert doc.json OUTDIR/x.ann) holds its own lock, not the folder's: it
        # checks this folder's lock after taking its own, and this run checks its lock after taking the folder's.
        who = lock_holder(folder / name)
        if who is not None:
            raise UsageError(
                f"{folder}: another run is writing {folder / name} in it{who}; "
                "wait for that run to end, or choose another output"
            )
    for name in staged:
        # Every place is checked before the first move: a folder in the way would stop the moves half-way.
        if (folder / name).is_dir():
            raise OutputError(f"{folder / name}: is a folder; expected a file path the document can be written to")
    for name in staged:
        _move_in(staging / name, folder / name)
