"""The logo on a report: a PNG or SVG file that is what its name says, read once.

A logo named on the command line may be anywhere. A logo named in an interview file is read
only from that file's own folder (or a folder inside it): a file handed over by someone else
must not make the report embed any other file of the user's, not by `../`, an absolute path
or a symbolic link that leads out of the folder.
"""

from __future__ import annotations

import base64
import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from crm_roi.house_style import messages
from crm_roi.house_style.errors import HouseStyleError, Problem

LOGO_TYPES = {".png": "image/png", ".svg": "image/svg+xml"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG_ROOTS = ("svg", "{http://www.w3.org/2000/svg}svg")
MAX_LOGO_MEGABYTES = 5
MAX_LOGO_BYTES = MAX_LOGO_MEGABYTES * 1024 * 1024
MAX_LOGO_PIXELS = 25_000_000  # a few kB of PNG may claim gigabytes once decoded


@dataclass(frozen=True)
class Logo:
    """A checked logo: where it was read and its content (never read again)."""

    path: Path
    mime: str
    content: bytes = field(repr=False)

    @property
    def data_uri(self) -> str:
        """The logo as a `data:` URI, so the report carries it inside."""
        return f"data:{self.mime};base64," + base64.b64encode(self.content).decode("ascii")


def _fail(message: str, problem: Problem) -> HouseStyleError:
    return HouseStyleError(message, field="logo", problem=problem)


def read_logo(path: Path, *, shown: str | None = None, follow_symlinks: bool = True) -> Logo:
    """The logo in `path`: an existing regular file of at most 5 MB that is a PNG or an SVG.

    A `.png` must start with the PNG signature; an `.svg` must be XML with an `<svg>` root.
    A pipe or a device is refused without reading from it (it could block forever).
    Messages name the logo as `shown` (as the user wrote it), else as `path`.
    """
    shown = str(path) if shown is None else shown
    suffix = path.suffix.lower()
    if suffix not in LOGO_TYPES:
        raise _fail(messages.logo_wrong_type(shown), "type")
    resolved = path.expanduser().resolve()
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(resolved, flags)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise _fail(messages.logo_missing(shown), "missing") from exc
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:  # no file can have that name: there is none
            raise _fail(messages.logo_missing(shown), "missing") from exc
        raise _fail(messages.logo_unreadable(shown), "unreadable") from exc
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise _fail(messages.logo_not_a_file(shown), "not_a_file")
        content = _read_at_most(descriptor, MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise _fail(messages.logo_unreadable(shown), "unreadable") from exc
    finally:
        os.close(descriptor)
    if len(content) > MAX_LOGO_BYTES:
        raise _fail(messages.logo_too_big(shown, MAX_LOGO_MEGABYTES), "too_big")
    if suffix == ".png" and not content.startswith(PNG_SIGNATURE):
        raise _fail(messages.logo_not_png(shown), "not_png")
    if suffix == ".png" and _png_pixels(content) > MAX_LOGO_PIXELS:
        raise _fail(messages.logo_too_many_pixels(shown, *_png_size(content)), "too_big")
    if suffix == ".svg" and not _is_svg(content):
        raise _fail(messages.logo_not_svg(shown), "not_svg")
    return Logo(path=resolved, mime=LOGO_TYPES[suffix], content=content)


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(descriptor, min(1 << 16, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _png_size(content: bytes) -> tuple[int, int]:
    """Width and height from the PNG header (IHDR, right after the signature); 0 x 0 when
    the header is cut short (the renderer then refuses the file itself)."""
    header = content[16:24]
    if len(header) < 8:
        return 0, 0
    return int.from_bytes(header[:4], "big"), int.from_bytes(header[4:], "big")


def _png_pixels(content: bytes) -> int:
    width, height = _png_size(content)
    return width * height


def _is_svg(content: bytes) -> bool:
    """Whether `content` is well-formed XML whose root element is `<svg>`."""
    from xml.etree import ElementTree  # only when a logo is read: the CLI starts without it

    try:
        # expat fetches no external entities and (2.4+) stops entity expansion attacks
        root = ElementTree.fromstring(content)
    except (ElementTree.ParseError, ValueError):
        return False
    return root.tag in SVG_ROOTS


def logo_in_folder(text: str, folder: Path) -> Path:
    """Where the logo `text` named in an interview file is; it must lie inside `folder`.

    `text` is taken as written (no `~`), relative to `folder`; the result, with every
    symbolic link followed, must still be inside `folder`. HouseStyleError otherwise.
    """
    root = folder.resolve()
    resolved = (root / text).resolve()
    if not resolved.is_relative_to(root):
        raise _fail(messages.logo_outside_folder(text), "outside")
    return resolved


def read_logo_in_folder(text: str, folder: Path) -> Logo:
    """The logo named in an interview file, found inside `folder` and checked."""
    return read_logo(logo_in_folder(text, folder), shown=text, follow_symlinks=False)
