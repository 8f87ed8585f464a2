"""Advice rules: conditions over inputs and results → Dutch advice and KPI's per goal."""

from crm_roi.advice.evaluate import (
    SUMMARY_ADVICES,
    Advice,
    AdviceResult,
    Kpi,
    evaluate_advice,
    flow_labels,
)
from crm_roi.advice.facts import RESULT_NAMES, case_facts
from crm_roi.advice.rules import AdviceError, AdviceRules, load_advice_rules, load_advice_rules_file

__all__ = [
    "RESULT_NAMES",
    "SUMMARY_ADVICES",
    "Advice",
    "AdviceError",
    "AdviceResult",
    "AdviceRules",
    "Kpi",
    "case_facts",
    "evaluate_advice",
    "flow_labels",
    "load_advice_rules",
    "load_advice_rules_file",
]
