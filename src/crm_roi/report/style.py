"""The house style of a report: who made it for whom, logo and accent colour."""

from __future__ import annotations

import base64
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from crm_roi.report import messages
from crm_roi.report.errors import ReportError

DEFAULT_ACCENT = "#1F5F8B"
LOGO_TYPES = {".png": "image/png", ".svg": "image/svg+xml"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG_ROOTS = ("svg", "{http://www.w3.org/2000/svg}svg")
_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def parse_accent(text: str) -> str:
    """`#1f5` or `1F5F8B` → `#1F5F8B`; ReportError with a Dutch message otherwise."""
    match = _HEX.fullmatch(text.strip())
    if match is None:
        raise ReportError(messages.invalid_accent(text))
    digits = match.group(1).upper()
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits


def check_logo(path: Path) -> Path:
    """The logo's absolute path, when it is an existing file that is what its name says.

    A `.png` must start with the PNG signature; an `.svg` must be XML with an `<svg>` root.
    """
    suffix = path.suffix.lower()
    if suffix not in LOGO_TYPES:
        raise ReportError(messages.logo_wrong_type(path))
    resolved = path.expanduser().resolve()
    try:
        content = resolved.read_bytes()
    except OSError as exc:
        raise ReportError(messages.logo_missing(path)) from exc
    if suffix == ".png" and not content.startswith(PNG_SIGNATURE):
        raise ReportError(messages.logo_not_png(path))
    if suffix == ".svg" and not _is_svg(content):
        raise ReportError(messages.logo_not_svg(path))
    return resolved


def _is_svg(content: bytes) -> bool:
    """Whether `content` is well-formed XML whose root element is `<svg>`."""
    try:
        # expat fetches no external entities and (2.4+) stops entity expansion attacks
        root = ElementTree.fromstring(content)
    except (ElementTree.ParseError, ValueError):
        return False
    return root.tag in SVG_ROOTS


def logo_data_uri(path: Path) -> str:
    """The logo as a `data:` URI, so the report carries it inside (HTML sent to a client)."""
    mime = LOGO_TYPES[path.suffix.lower()]
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _channels(accent: str) -> tuple[int, int, int]:
    return int(accent[1:3], 16), int(accent[3:5], 16), int(accent[5:7], 16)


def _hex(channels: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(255.0, max(0.0, c))):02X}" for c in channels)


def _luminance(accent: str) -> float:
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(accent))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def readable_accent(accent: str) -> str:
    """The accent, darkened until white paper gives it a contrast of at least 4.5:1."""
    colour = accent
    factor = 1.0
    while (1.05 / (_luminance(colour) + 0.05)) < 4.5 and factor > 0.05:
        factor -= 0.05
        colour = _hex(tuple(c * factor for c in _channels(accent)))  # type: ignore[arg-type]
    return colour


def tint(accent: str, share: float) -> str:
    """The accent mixed with white: `share` 0.1 gives a pale background colour."""
    r, g, b = _channels(accent)
    return _hex((255 - (255 - r) * share, 255 - (255 - g) * share, 255 - (255 - b) * share))


def rendering_time() -> dt.datetime:
    """Now, in local time to the second: the PDF's creation date."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


@dataclass(frozen=True)
class ReportStyle:
    """House style; `organisation` overrides the interview's own when given."""

    consultant: str = ""
    consultant_company: str = ""
    organisation: str | None = None
    logo: Path | None = None
    accent: str = DEFAULT_ACCENT
    report_date: dt.date = field(default_factory=dt.date.today)
    created_at: dt.datetime = field(default_factory=lambda: rendering_time())  # PDF metadata

    @classmethod
    def build(
        cls,
        *,
        consultant: str = "",
        consultant_company: str = "",
        organisation: str | None = None,
        logo: str | Path | None = None,
        accent: str | None = None,
        report_date: dt.date | None = None,
        created_at: dt.datetime | None = None,
    ) -> ReportStyle:
        """Validate raw options (CLI, interview metadata) into a style."""
        return cls(
            consultant=consultant.strip(),
            consultant_company=consultant_company.strip(),
            organisation=organisation.strip() if organisation else None,
            logo=check_logo(Path(logo)) if logo else None,
            accent=parse_accent(accent) if accent else DEFAULT_ACCENT,
            report_date=report_date or dt.date.today(),
            created_at=created_at or rendering_time(),
        )

    @property
    def accent_text(self) -> str:
        """The accent as used for text and lines: dark enough to read in print."""
        return readable_accent(self.accent)
