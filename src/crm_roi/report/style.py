"""The report's style: the house style (checked in `crm_roi.house_style`), for whom, when.

Also the colours derived from the accent for print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from crm_roi.house_style import DEFAULT_ACCENT, HouseStyle, Logo


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
    """House style, as the report uses it; `organisation` overrides the interview's own."""

    consultant: str = ""
    consultant_company: str = ""
    organisation: str | None = None
    logo: Logo | None = None
    accent: str = DEFAULT_ACCENT
    report_date: dt.date = field(default_factory=dt.date.today)
    created_at: dt.datetime = field(default_factory=lambda: rendering_time())  # PDF metadata

    @classmethod
    def of(
        cls,
        house: HouseStyle,
        *,
        organisation: str | None = None,
        report_date: dt.date | None = None,
        created_at: dt.datetime | None = None,
    ) -> ReportStyle:
        """The report's style for a checked house style."""
        return cls(
            consultant=house.consultant or "",
            consultant_company=house.consultancy or "",
            organisation=organisation.strip() if organisation else None,
            logo=house.logo,
            accent=house.accent_or_default,
            report_date=report_date or dt.date.today(),
            created_at=created_at or rendering_time(),
        )

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
        """A style from values as typed (a logo anywhere); HouseStyleError when one is bad."""
        house = HouseStyle.given(
            consultant=consultant, consultancy=consultant_company, logo=logo, accent=accent
        )
        return cls.of(
            house, organisation=organisation, report_date=report_date, created_at=created_at
        )

    @property
    def logo_url(self) -> str | None:
        """The logo as a `data:` URI, so the report carries it inside (HTML sent to a client)."""
        return self.logo.data_uri if self.logo is not None else None

    @property
    def accent_text(self) -> str:
        """The accent as used for text and lines: dark enough to read in print."""
        return readable_accent(self.accent)
