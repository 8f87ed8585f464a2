"""Recording a version: what a report was made from and what it said (docs/METHOD.md §14)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from crm_roi.business_case import BusinessCase
from crm_roi.flow import ResolvedAnswer
from crm_roi.flow.outcomes import AnswerSource
from crm_roi.interview import FlowReference, Interview
from crm_roi.interview.model import InputSourceName, Version, VersionInput, VersionResults
from crm_roi.pipeline import Evaluation

SOURCE_NAMES: Mapping[AnswerSource, InputSourceName] = {
    "user": "eigen",
    "default": "standaard",
    "benchmark": "benchmark",
}


def _percent(fraction: float | None) -> float | None:
    return None if fraction is None else round(fraction * 100, 6)


def headline_results(case: BusinessCase) -> VersionResults:
    """The headline figures of a case as a version keeps them (percent units)."""
    analysis = case.analysis
    return VersionResults(
        ncw=round(analysis.npv, 2),
        roi=_percent(analysis.roi),
        irr=_percent(analysis.irr),
        terugverdientijd_maanden=(
            None if analysis.payback_months is None else round(analysis.payback_months, 4)
        ),
        totale_kosten=round(analysis.total_costs, 2),
        totale_baten=round(analysis.total_benefits, 2),
        advies=None if case.recommendation is None else case.recommendation.verdict,
    )


def version_inputs(resolved: Mapping[str, ResolvedAnswer]) -> dict[str, VersionInput]:
    """Every relevant question's value and source, as used."""
    return {
        question_id: VersionInput(
            waarde=list(answer.value) if isinstance(answer.value, tuple) else answer.value,
            bron=SOURCE_NAMES[answer.source],
            toelichting=answer.source_text or None,
        )
        for question_id, answer in resolved.items()
    }


def version_of(
    evaluation: Evaluation,
    *,
    number: int,
    benchmarks_version: str,
    report: str | None,
    when: dt.datetime | None = None,
) -> Version:
    """The version a report made from `evaluation` records."""
    when = when or dt.datetime.now().astimezone().replace(microsecond=0)
    return Version(
        nummer=number,
        datum=when,
        flow=FlowReference(id=evaluation.flow.id, version=evaluation.flow.version),
        benchmarks=benchmarks_version,
        rapport=report,
        invoer=version_inputs(evaluation.resolved),
        eigen_posten=evaluation.interview.eigen_posten,
        resultaten=headline_results(evaluation.case),
    )


def record_version(
    interview: Interview,
    evaluation: Evaluation,
    *,
    benchmarks_version: str,
    report: str | None,
    when: dt.datetime | None = None,
) -> Interview:
    """`interview` with one more version, made from `evaluation` (of that interview)."""
    version = version_of(
        evaluation,
        number=interview.next_version_number,
        benchmarks_version=benchmarks_version,
        report=report,
        when=when,
    )
    return interview.with_version(version)
