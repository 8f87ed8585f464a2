"""The house style on a report, checked in one place for every way it is given.

The command line (`--adviseur`, `--adviesbureau`, `--logo`, `--accentkleur`), the interview
file's metadata and the app's report-details dialog all make a `HouseStyle` through the
functions here, so a colour or a logo means the same everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

from crm_roi.house_style import messages
from crm_roi.house_style.errors import HouseStyleError
from crm_roi.house_style.logo import Logo, read_logo, read_logo_in_folder

DEFAULT_ACCENT = "#1F5F8B"
_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def parse_accent(text: str) -> str:
    """`#1f5`, `1F5F8B` or ` #1f5f8b ` → `#1F5F8B`; HouseStyleError (Dutch) otherwise."""
    match = _HEX.fullmatch(text.strip())
    if match is None:
        raise HouseStyleError(messages.invalid_accent(text), field="accentkleur", problem="accent")
    digits = match.group(1).upper()
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits


def _name(text: str | None) -> str | None:
    return (text or "").strip() or None


@dataclass(frozen=True)
class HouseStyle:
    """Who made the report and how it looks; None is "not given" (another source may fill it).

    Make one with `given` (values typed by the user: checked here) or `from_file` (the
    metadata of an interview file: its logo must be in the file's folder).
    """

    consultant: str | None = None  # adviseur
    consultancy: str | None = None  # adviesbureau
    logo: Logo | None = None
    accent: str | None = None  # "#RRGGBB"

    @classmethod
    def given(
        cls,
        *,
        consultant: str | None = None,
        consultancy: str | None = None,
        logo: Path | str | None = None,
        accent: str | None = None,
    ) -> HouseStyle:
        """A style from values the user typed (the command line): a logo may be anywhere."""
        return cls(
            consultant=_name(consultant),
            consultancy=_name(consultancy),
            logo=read_logo(Path(logo)) if logo else None,
            accent=parse_accent(accent) if accent else None,
        )

    @classmethod
    def from_file(
        cls,
        folder: Path,
        *,
        consultant: str | None = None,
        consultancy: str | None = None,
        logo: str | None = None,
        accent: str | None = None,
    ) -> HouseStyle:
        """A style from an interview file in `folder`: its logo is read only inside `folder`."""
        return cls(
            consultant=_name(consultant),
            consultancy=_name(consultancy),
            logo=read_logo_in_folder(logo, folder) if logo else None,
            accent=parse_accent(accent) if accent else None,
        )

    def over(self, other: HouseStyle) -> HouseStyle:
        """This style, with the fields it leaves open taken from `other`."""
        missing = {
            item.name: getattr(other, item.name)
            for item in fields(self)
            if getattr(self, item.name) is None
        }
        return replace(self, **missing)

    @property
    def accent_or_default(self) -> str:
        return self.accent or DEFAULT_ACCENT
