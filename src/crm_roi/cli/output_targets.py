"""Where each report goes, decided before any report is made: never over a file that is read.

A report never replaces an input interview (in whichever format it is asked), the logo, a
YAML file (likely another interview) or anything that is not a regular file (a folder, a
pipe, a device such as /dev/null); and no two interviews of a batch write the same file. All
of it is refused with a Dutch message before anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from crm_roi.cli import messages
from crm_roi.cli.errors import CliError
from crm_roi.output_files import target_kind

OutputFormat = Literal["pdf", "html", "json"]
YAML_SUFFIXES = (".yaml", ".yml")


def output_paths(
    files: Sequence[Path],
    output: str | None,
    fmt: OutputFormat,
    *,
    protected: Sequence[Path] = (),
) -> list[Path | None]:
    """Where each file's report goes (None: standard output, JSON without -o).

    `output` is -o as typed: a file for one interview, else (or when it is a folder or ends
    in `/`) the folder for the reports. `protected` are other files that are read (a logo).
    CliError when any report would replace something it must not.
    """
    _refuse_repeated_inputs(files)
    targets = _targets(files, output, fmt)
    _refuse_unsafe_targets(files, targets, protected)
    return targets


def same_file(first: Path, second: Path) -> bool:
    """Whether the two paths are one file (links followed; capitals ignored, as on macOS)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return _key(first) == _key(second)


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path)).casefold()


def _targets(files: Sequence[Path], output: str | None, fmt: OutputFormat) -> list[Path | None]:
    if output is None:
        if fmt == "json":
            return [None for _ in files]
        return [Path.cwd() / f"{path.stem}.{fmt}" for path in files]
    folder = Path(output)
    folder_meant = output.endswith(("/", os.sep)) or folder.is_dir()
    if len(files) == 1 and not folder_meant:
        return [folder]
    if folder.exists() and not folder.is_dir():
        if len(files) > 1:
            raise CliError(messages.output_must_be_folder(output))
        raise CliError(messages.output_not_a_file(output, "other"))
    return [folder / f"{path.stem}.{fmt}" for path in files]


def _refuse_repeated_inputs(files: Sequence[Path]) -> None:
    seen: list[Path] = []
    for path in files:
        if any(same_file(path, earlier) for earlier in seen):
            raise CliError(messages.same_input_twice(str(path)))
        seen.append(path)


def _refuse_unsafe_targets(
    files: Sequence[Path], targets: Sequence[Path | None], protected: Sequence[Path]
) -> None:
    sharing: dict[str, tuple[Path, list[Path]]] = {}  # one output file: the inputs it is for
    for source, target in zip(files, targets, strict=True):
        if target is None:
            continue
        kind = target_kind(target)
        if kind is not None:
            raise CliError(messages.output_not_a_file(str(target), kind))
        for read in (*files, *protected):
            if same_file(target, read):
                raise CliError(messages.output_is_input(str(target), str(read)))
        if target.suffix.lower() in YAML_SUFFIXES and target.exists():
            raise CliError(messages.output_is_an_interview(str(target)))
        sharing.setdefault(_key(target), (target, []))[1].append(source)
    for target, sources in sharing.values():
        if len(sources) > 1:
            raise CliError(messages.outputs_collide(str(target), [str(path) for path in sources]))
