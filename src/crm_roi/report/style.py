"""The house style of a report: who made it for whom, logo and accent colour."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from crm_roi.report import messages
from crm_roi.report.errors import ReportError

DEFAULT_ACCENT = "#1F5F8B"
LOGO_SUFFIXES = (".png", ".svg")
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
    """The logo's absolute path, when it is an existing PNG or SVG file."""
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise ReportError(messages.logo_wrong_type(path))
    resolved = path.expanduser().resolve()
    if not resolved.is_file():
        raise ReportError(messages.logo_missing(path))
    return resolved


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


@dataclass(frozen=True)
class ReportStyle:
    """House style; `organisation` overrides the interview's own when given."""

    consultant: str = ""
    consultant_company: str = ""
    organisation: str | None = None
    logo: Path | None = None
    accent: str = DEFAULT_ACCENT
    report_date: dt.date = field(default_factory=dt.date.today)

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
    ) -> ReportStyle:
        """Validate raw options (CLI, interview metadata) into a style."""
        return cls(
            consultant=consultant.strip(),
            consultant_company=consultant_company.strip(),
            organisation=organisation.strip() if organisation else None,
            logo=check_logo(Path(logo)) if logo else None,
            accent=parse_accent(accent) if accent else DEFAULT_ACCENT,
            report_date=report_date or dt.date.today(),
        )

    @property
    def accent_text(self) -> str:
        """The accent as used for text and lines: dark enough to read in print."""
        return readable_accent(self.accent)
