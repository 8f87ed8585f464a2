"""The advice in one word: doorgaan, doorgaan onder voorwaarden, niet doorgaan.

The rule is in docs/METHOD.md (Recommendation).

The verdict is data; the report and the app word it (and its conditions) in Dutch.
"""

from __future__ import annotations

from crm_roi.business_case.model import (
    MonteCarloResult,
    Recommendation,
    SensitivityBar,
    Verdict,
)
from crm_roi.finance import MONTHS_PER_YEAR, Analysis

GO_MIN_CHANCE = 0.8  # doorgaan: chance of a positive NPV at least this
STOP_MAX_CHANCE = 0.2  # niet doorgaan: chance of a positive NPV below this
MAX_CONDITIONS = 2  # the assumptions named as conditions (largest tornado swing first)


def recommend(
    analysis: Analysis,
    target_years: int,
    monte_carlo: MonteCarloResult,
    sensitivity: tuple[SensitivityBar, ...],
) -> Recommendation:
    """The verdict of the rule of §6 with the facts that decided it.

    ``sensitivity`` is the tornado, largest swing first; its first MAX_CONDITIONS bars are
    the conditions of doorgaan onder voorwaarden.
    """
    npv_positive = analysis.npv > 0
    chance = monte_carlo.chance_positive_npv
    payback = analysis.payback_months
    within_target = payback is not None and payback <= target_years * MONTHS_PER_YEAR
    verdict: Verdict
    if npv_positive and chance >= GO_MIN_CHANCE and within_target:
        verdict = "doorgaan"
    elif analysis.npv < 0 and chance < STOP_MAX_CHANCE:
        verdict = "niet_doorgaan"
    else:
        verdict = "doorgaan_onder_voorwaarden"
    conditions = sensitivity[:MAX_CONDITIONS] if verdict == "doorgaan_onder_voorwaarden" else ()
    return Recommendation(
        verdict=verdict,
        npv_positive=npv_positive,
        chance_positive_npv=chance,
        payback_within_target=within_target,
        conditions=conditions,
    )
