"""Write docs/api.md, the reference of stancekit's public API, from the docstrings.

Run it after changing a public name, a signature or a docstring:

    python docs/gen_api.py

``tests/test_docs.py`` fails while docs/api.md differs from what this script
writes. The public API is each listed module's ``__all__``; what a name's
docstring says is what the page says, so the page is only as good as the
docstrings.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

OUTPUT = Path(__file__).resolve().parent / "api.md"

#: The modules documented, in page order, each with a line on when to reach for it.
MODULES: list[tuple[str, str]] = [
    ("stancekit", "The front door: everything most programs need, importable as `stancekit.NAME`."),
    ("stancekit.model", "The documents and what is in them; the JSON form is in [the data model](data-model.md)."),
    ("stancekit.annotate", "The rule-based annotator and rule packs ([rules](rules.md))."),
    ("stancekit.batch", "Annotating corpora over several processes ([performance](performance.md))."),
    ("stancekit.dask", "Annotating on a Dask cluster (extra `stancekit[dask]`; [performance](performance.md))."),
    ("stancekit.io", "Reading and writing stancekit's own JSON and JSON Lines."),
    ("stancekit.schemas", "The JSON Schemas and validation ([validation](validation.md))."),
    ("stancekit.errors", "The exceptions ([reliability](reliability.md))."),
    ("stancekit.formats", "The format registry ([formats](formats.md))."),
    ("stancekit.formats.json", ""),
    ("stancekit.formats.jsonl", ""),
    ("stancekit.formats.brat", ""),
    ("stancekit.formats.csv", ""),
    ("stancekit.formats.dyads", ""),
    ("stancekit.formats.w3c", ""),
    ("stancekit.formats.labelstudio", ""),
    ("stancekit.formats.cas", ""),
    ("stancekit.evaluate", "Scoring against a gold standard, and agreement ([evaluation](evaluation.md))."),
    ("stancekit.render", "The HTML view."),
    ("stancekit.testing", "Hypothesis strategies for testing code that uses stancekit (extra `stancekit[testing]`)."),
    ("stancekit.cli", "The `stancekit` command ([the command line](cli.md))."),
]

_SECTIONS = re.compile(r"^(Args|Arguments|Returns|Yields|Raises|Attributes|Environment|Example|Examples|Note):\s*$")


class _Annotation:
    """An annotation kept as the source wrote it, shown without quotes."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _plain(annotation: Any) -> Any:
    if annotation is inspect.Parameter.empty:
        return annotation
    if isinstance(annotation, str):
        return _Annotation(annotation)
    return _Annotation(inspect.formatannotation(annotation))


def signature(value: Any) -> str:
    """The call signature with annotations as written in the source, or ``""`` when there is none."""
    try:
        found = inspect.signature(value)
    except (TypeError, ValueError):
        return ""
    parameters = [parameter.replace(annotation=_plain(parameter.annotation)) for parameter in found.parameters.values()]
    text = str(found.replace(parameters=parameters, return_annotation=_plain(found.return_annotation)))
    text = text.replace("= NOTHING", "= <factory>")  # attrs shows a default factory as NOTHING
    if " at 0x" in text:
        raise ValueError(f"{value!r}: a default value's repr holds a memory address: {text}")
    return text


def _markdown(docstring: str | None) -> str:
    """A Google-style docstring as Markdown: sections in bold, their entries as a list, ``code`` as `code`."""
    if not docstring:
        return "*(no docstring)*"
    text = inspect.cleandoc(docstring)
    text = re.sub(r":(?:func|class|meth|data|attr|mod):`~?([^`]+)`", r"`\1`", text)
    text = re.sub(r"``([^`]+)``", r"`\1`", text)
    lines: list[str] = []
    in_section = False
    for line in text.splitlines():
        heading = _SECTIONS.match(line)
        if heading:
            lines.extend(["", f"**{heading.group(1)}:**", ""])
            in_section = True
            continue
        if in_section and line.startswith("    "):
            stripped = line.strip()
            entry = re.match(r"^(\S[^:]{0,60}):\s+(.*)$", stripped)
            if line.startswith("        ") or not entry:
                if lines and lines[-1].startswith("- "):
                    lines[-1] += " " + stripped
                else:
                    lines.append(f"- {stripped}")
            else:
                lines.append(f"- `{entry.group(1)}`: {entry.group(2)}")
            continue
        if in_section and line.strip():
            in_section = False
            lines.append("")
        lines.append(line)
    return "\n".join(lines).strip()


def _constant_comment(module: ModuleType, name: str) -> str:
    """The ``#:`` comment lines written just above ``name = ...`` in the module's source."""
    try:
        source = inspect.getsource(module).splitlines()
    except (OSError, TypeError):
        return ""
    for index, line in enumerate(source):
        if re.match(rf"^{re.escape(name)}\s*(:[^=]+)?=", line):
            comments: list[str] = []
            back = index - 1
            while back >= 0 and source[back].startswith("#:"):
                comments.insert(0, source[back][2:].strip())
                back -= 1
            return " ".join(comments)
    return ""


def _short_repr(value: Any, limit: int = 110) -> str:
    text = repr(value)
    if " at 0x" in text:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 5] + " ...)"


def _members(cls: type) -> list[tuple[str, Any]]:
    """The public methods and properties a class defines itself, in source order."""
    found = []
    for name, value in vars(cls).items():
        if name.startswith("_") or name in getattr(cls, "__attrs_attrs__", ()).__class__.__dict__:
            continue
        if isinstance(value, (staticmethod, classmethod)):
            found.append((name, value.__func__))
        elif isinstance(value, property) or inspect.isfunction(value):
            found.append((name, value))
    return found


def _document_name(module: ModuleType, name: str, lines: list[str]) -> None:
    value = getattr(module, name)
    qualified = f"{module.__name__}.{name}"
    if inspect.isclass(value):
        kind = "exception" if issubclass(value, BaseException) else "class"
        bases = [base.__name__ for base in value.__bases__ if base is not object]
        shown = signature(value) if kind == "class" else f"({', '.join(bases)})"
        if kind == "class" and getattr(value, "_is_protocol", False):
            shown = "(Protocol)"
        lines.append(f"### {kind} `{qualified}{shown}`")
        lines.extend(["", _markdown(value.__doc__), ""])
        for member_name, member in _members(value):
            if isinstance(member, property):
                lines.append(f"- property `{member_name}`: {_first_line(member.__doc__)}")
            else:
                lines.append(f"- `{member_name}{signature(member)}`: {_first_line(member.__doc__)}")
        if _members(value):
            lines.append("")
    elif callable(value):
        lines.append(f"### `{qualified}{signature(value)}`")
        lines.extend(["", _markdown(value.__doc__), ""])
    else:
        comment = _constant_comment(module, name)
        lines.append(f"### `{qualified}`")
        lines.append("")
        lines.append(f"`{_short_repr(value)}`")
        if comment:
            lines.extend(["", re.sub(r"``([^`]+)``", r"`\1`", comment)])
        lines.append("")


def _first_line(docstring: str | None) -> str:
    if not docstring:
        return "*(no docstring)*"
    first = inspect.cleandoc(docstring).split("\n\n", 1)[0].replace("\n", " ")
    return re.sub(r"``([^`]+)``", r"`\1`", first)


def _home(name: str, value: Any) -> str:
    """The first documented module (other than the front door) that exports this very object, or is it."""
    if isinstance(value, ModuleType) and value.__name__ in dict(MODULES[1:]):
        return value.__name__  # stancekit.annotate: a package that is called like a function
    for module_name, _ in MODULES[1:]:
        if not _exists(module_name):
            continue
        module = importlib.import_module(module_name)
        if name in getattr(module, "__all__", ()) and getattr(module, name) is value:
            return module_name
    raise ValueError(f"stancekit.{name} is documented in none of the modules of docs/gen_api.py")


def _front_door(module: ModuleType, lines: list[str]) -> None:
    lines.append("| name | what | documented in |")
    lines.append("|---|---|---|")
    for name in module.__all__:
        if name == "__version__":
            lines.append("| `__version__` | the installed version, a string such as `1.2.0` | |")
            continue
        value = getattr(module, name)
        home = _home(name, value)
        anchor = home.replace(".", "")
        lines.append(f"| `{name}` | {_first_line(value.__doc__)} | [`{home}`](#{anchor}) |")
    lines.append("")


def generate() -> str:
    """The text of docs/api.md."""
    lines = [
        "# API reference",
        "",
        "<!-- Written by docs/gen_api.py from the docstrings; do not edit by hand: run `python docs/gen_api.py`. -->",
        "",
        "The public API of stancekit, module by module: each module's `__all__`, with the signatures and",
        "docstrings of the code. Names not listed here (modules and names starting with `_`, the stages",
        "inside `stancekit.annotate`) may change without notice. For a guided tour, start with",
        "[getting started](getting-started.md); for how the modules fit together, [architecture](architecture.md).",
        "",
        "Modules: " + ", ".join(f"[`{name}`](#{name.replace('.', '')})" for name, _ in MODULES if _exists(name)) + ".",
        "",
    ]
    for name, purpose in MODULES:
        if not _exists(name):
            continue
        module = importlib.import_module(name)
        lines.append(f"## `{name}`")
        lines.append("")
        if purpose:
            lines.extend([purpose, ""])
        summary = _markdown(module.__doc__) if name != "stancekit" else ""
        if summary:
            lines.extend([summary, ""])
        if name == "stancekit":
            _front_door(module, lines)
            continue
        for public in module.__all__:
            _document_name(module, public, lines)
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"


def _exists(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def main() -> int:
    OUTPUT.write_text(generate(), encoding="utf-8")
    print(f"wrote {OUTPUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
