"""The Dutch labels and formula texts of the figures, from ``question_flows/figures.yaml``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from pydantic import BaseModel, ConfigDict

from crm_roi.locations import figures_path
from crm_roi.yaml_loading import safe_load

_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")


class FigureTexts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    line_formulas: dict[str, str]
    price_rise: str
    formulas: dict[str, str]
    scenario_notes: dict[str, str]
    simulation_notes: dict[str, str]
    labels: dict[str, str]

    def formula(self, name: str, values: Mapping[str, str]) -> str:
        return fill(self.formulas[name], values)

    def label(self, name: str, values: Mapping[str, str] | None = None) -> str:
        return fill(self.labels[name], values or {})


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with each `{name}` replaced; a name without a value is a bug (KeyError)."""
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def placeholders(template: str) -> tuple[str, ...]:
    """The names a template uses, in order."""
    return tuple(_PLACEHOLDER.findall(template))


@cache
def load_figure_texts() -> FigureTexts:
    """The bundled texts (cached: the file does not change while the program runs)."""
    return FigureTexts.model_validate(safe_load(figures_path().read_text(encoding="utf-8")))
