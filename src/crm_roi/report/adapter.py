"""From an Evaluation (flow, resolved answers, business case, advice) to a ReportView.

The one function the integration needs: ``build_report_view(evaluation, style)``. Labels
come from the flow (question labels, choice labels), the business case (line labels) and
the advice rules; nothing here writes Dutch prose.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

from crm_roi.advice import SUMMARY_ADVICES, flow_labels
from crm_roi.pipeline import is_live
from crm_roi.report.actuals_view import build_actuals_view
from crm_roi.report.calculation import build_calculation
from crm_roi.report.changes_view import build_changes_view
from crm_roi.report.style import ReportStyle, tint
from crm_roi.report.tables import build_tables
from crm_roi.report.view import (
    Advice,
    Assumption,
    Goal,
    Kpi,
    MethodA,
    ReportMeta,
    ReportView,
    SensitivityRow,
    Target,
    Unit,
)

if TYPE_CHECKING:
    from crm_roi.advice.evaluate import AdviceResult
    from crm_roi.business_case.model import BusinessCase
    from crm_roi.flow.model import Flow
    from crm_roi.flow.outcomes import ResolvedAnswer
    from crm_roi.pipeline import Evaluation

GOALS_QUESTION = "doelen"
OTHER_PACKAGE = "anders"  # crm_pakket's choice for another package, or none chosen yet
INT_TOLERANCE = 1e-9  # a float target of 12.0000000001 leads is 12, not 13
UNITS: dict[str, Unit] = {"euro": "euro", "percent": "percent", "hours": "hours"}


class _KpiLike(Protocol):
    goal: str
    name: str
    baseline: str
    target: str
    how: str


def build_report_view(evaluation: Evaluation, style: ReportStyle) -> ReportView:
    """The view the templates render, for one evaluated interview and house style."""
    flow, case = evaluation.flow, evaluation.case
    used, unused = _assumptions(flow, evaluation.resolved, case.inputs)
    return ReportView(
        meta=_meta(evaluation, style),
        horizon=case.horizon,
        discount_rate=case.discount_rate,
        risk_costs=case.risk_costs,
        risk_benefits=case.risk_benefits,
        adoption=case.adoption,
        case=case,
        goals=_goals(flow, evaluation.inputs, evaluation.advice),
        method_a=_method_a(flow, case),
        sensitivity=tuple(
            SensitivityRow(
                input_id=bar.input_id,
                label=_label(flow, bar.input_id),
                role=bar.role,
                unit=_unit(flow, bar.input_id),
                low_value=bar.low_value,
                high_value=bar.high_value,
                npv_low=bar.npv_low,
                npv_high=bar.npv_high,
                switch_value=bar.switch_value,
            )
            for bar in case.sensitivity
        ),
        monte_carlo=case.monte_carlo,
        recommendation=case.recommendation,
        assumptions=used,
        advices=_advices(evaluation.advice, None),
        top_advices=_advices(evaluation.advice, SUMMARY_ADVICES),
        unused_assumptions=unused,
        figures=evaluation.figures,
        calculation=build_calculation(case, evaluation.figures, used),
        tables=build_tables(case, evaluation.figures, flow_labels(flow)),
        changes=(
            None
            if evaluation.changes is None
            else build_changes_view(evaluation.changes, evaluation.figures)
        ),
        actuals=(
            None
            if evaluation.actuals is None
            else build_actuals_view(
                evaluation.actuals,
                evaluation.interview,
                evaluation.figures,
                flow_labels(flow),
                lambda question_id: _unit(flow, question_id),
            )
        ),
        live=is_live(evaluation.interview),
        go_live=evaluation.interview.metadata.startdatum,
    )


def _answer_text(flow: Flow, question_id: str, value: object) -> str:
    from crm_roi.flow.parsing import format_answer

    if question_id not in flow:
        return str(value)
    return format_answer(flow.question(question_id), value)


def _meta(evaluation: Evaluation, style: ReportStyle) -> ReportMeta:
    inputs, flow = evaluation.inputs, evaluation.flow
    organisation = style.organisation or str(inputs.get("organisatie") or "")
    method: Literal["gedetailleerd", "globaal"] = (
        "globaal" if inputs.get("methode") == "globaal" else "gedetailleerd"
    )
    return ReportMeta(
        organisation=organisation,
        consultant=style.consultant,
        consultant_company=style.consultant_company,
        report_date=style.report_date,
        created_at=style.created_at,
        logo_url=style.logo_url,
        accent=style.accent,
        accent_text=style.accent_text,
        accent_tint=tint(style.accent, 0.1),
        crm_package=_answer_text(flow, "crm_pakket", inputs.get("crm_pakket", "")),
        package_known=inputs.get("crm_pakket", OTHER_PACKAGE) not in ("", OTHER_PACKAGE),
        sector=_answer_text(flow, "sector", inputs.get("sector", "")),
        user_count=int(inputs.get("aantal_gebruikers", 0)),
        method=method,
    )


def _goal_label(flow: Flow, goal: str) -> str:
    if GOALS_QUESTION in flow:
        return flow.question(GOALS_QUESTION).choice_label(goal)
    return goal


def _label(flow: Flow, question_id: str) -> str:
    return flow.question(question_id).short_label if question_id in flow else question_id


def _unit(flow: Flow, question_id: str) -> Unit:
    """The unit of an input as its question knows it; percentage points apart from percent."""
    from crm_roi.flow.parsing import is_percentage_points

    if question_id not in flow:
        return "int"
    question = flow.question(question_id)
    if is_percentage_points(question):
        return "points"
    return UNITS.get(question.type, "int")


def _method_a(flow: Flow, case: BusinessCase) -> MethodA:
    a = case.method_a
    return MethodA(
        target_years=a.target_years,
        required_yearly_benefit=a.required_yearly_benefit,
        expected_average_yearly_benefit=a.expected_average_yearly_benefit,
        reached=a.reached,
        gap=a.gap,
        targets=tuple(
            Target(
                goal_label=_goal_label(flow, t.goal),
                input_label=_label(flow, t.input_id),
                current=t.current,
                required=_shown_target(t.required, _unit(flow, t.input_id)),
                unit=_unit(flow, t.input_id),
                feasible=t.feasible,
                maximum=t.maximum,
            )
            for t in a.targets
        ),
    )


def _shown_target(required: float, unit: Unit) -> float:
    """A target for a count (int) is a whole number, rounded up: 11,5 leads → 12."""
    return float(math.ceil(required - INT_TOLERANCE)) if unit == "int" else required


def _assumptions(
    flow: Flow, resolved: Mapping[str, ResolvedAnswer], case_inputs: Mapping[str, object]
) -> tuple[tuple[Assumption, ...], tuple[Assumption, ...]]:
    """Every resolved input in flow order with the section it was asked in: those the business
    case uses, and those it does not.

    The case's validated inputs tell what is used. A question that only decides which other
    questions are asked (``geavanceerd``: set the risk correction yourself?) is no input of the
    case, but it explains the rows after it and counts as used.
    """
    gates = {name for compiled in flow.compiled if compiled.when for name in compiled.when.names}
    used: list[Assumption] = []
    unused: list[Assumption] = []
    for question in flow.questions:
        answer = resolved.get(question.id)
        if answer is None:
            continue
        row = Assumption(
            question_id=question.id,
            section=flow.section_of(question.id).title,
            label=question.short_label,
            value_text=_answer_text(flow, question.id, answer.value),
            source=answer.source,
            source_text=answer.source_text or "",
        )
        (used if question.id in case_inputs or question.id in gates else unused).append(row)
    return tuple(used), tuple(unused)


def _advices(result: AdviceResult | None, top: int | None) -> tuple[Advice, ...]:
    """All advices, most important first, or the `top` ones as the advice rules pick them."""
    if result is None:  # the advice rules are not installed
        return ()
    advices = result.advices if top is None else result.top(top)
    return tuple(Advice(title=a.title, text=a.text, severity=a.severity) for a in advices)


def _goals(flow: Flow, inputs: Mapping[str, Any], result: Any) -> tuple[Goal, ...]:
    chosen = [str(goal) for goal in inputs.get(GOALS_QUESTION) or []]
    kpis = cast(Sequence[_KpiLike], result.kpis if result is not None else ())
    return tuple(
        Goal(
            key=goal,
            label=_goal_label(flow, goal),
            kpis=tuple(
                Kpi(name=k.name, baseline=k.baseline, target=k.target, how=k.how)
                for k in kpis
                if k.goal == goal
            ),
        )
        for goal in chosen
    )
