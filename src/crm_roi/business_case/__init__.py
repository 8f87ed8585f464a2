"""The CRM business case: answers in, named yearly lines, analysis and uncertainty out.

Importing this package does not import numpy (the Monte Carlo imports it when it runs).
"""

from crm_roi.business_case.compute import DEFAULT_DRAWS, DEFAULT_SEED, compute_business_case
from crm_roi.business_case.errors import InputError
from crm_roi.business_case.inputs import GOAL_NUMBERS
from crm_roi.business_case.model import (
    BusinessCase,
    MethodA,
    MethodB,
    MonteCarloResult,
    Recommendation,
    Scenario,
    SensitivityBar,
    TangibleTarget,
    YearlyLine,
)

__all__ = [
    "DEFAULT_DRAWS",
    "DEFAULT_SEED",
    "GOAL_NUMBERS",
    "BusinessCase",
    "InputError",
    "MethodA",
    "MethodB",
    "MonteCarloResult",
    "Recommendation",
    "Scenario",
    "SensitivityBar",
    "TangibleTarget",
    "YearlyLine",
    "compute_business_case",
]
