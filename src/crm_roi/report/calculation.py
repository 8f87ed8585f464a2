"""The "Berekening" appendix: per cost and benefit line the working of each year, and the
source of every input; then the working of the totals and the headline results.

Everything comes from the figures (computed once in the domain); consecutive years with the
same working text are shown once ("jaar 3 t/m 5").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from crm_roi.business_case import BusinessCase, YearlyLine
from crm_roi.figures import Figure, Figures
from crm_roi.report.view import Assumption, Calculation, CalculationLine, CalculationStep

_YEAR = re.compile(r"\.jaar_(\d+)$")


TOTAL_ROWS = ("kosten", "baten", "kasstroom", "cumulatief", "contante_waarde")
RESULT_IDS = (
    "kosten.totaal",
    "baten.totaal",
    "baten.geld.totaal",
    "baten.tijdwinst.totaal",
    "baten.tijdwinst.aandeel",
    "cw.kosten",
    "cw.baten",
    "ncw",
    "cw.tijdwinst",
    "ncw.zonder_tijdwinst",
    "roi",
    "roi.eenvoudig",
    "irr",
    "terugverdientijd",
    "terugverdientijd.verdisconteerd",
    "methode_a.vereist",
    "methode_a.verwacht",
    "methode_a.verschil",
    "methode_b.baten_volledig",
    "methode_b.investering",
    "methode_b.terugverdientijd",
)


def build_calculation(
    case: BusinessCase, figures: Figures, assumptions: Sequence[Assumption]
) -> Calculation:
    by_id = {a.question_id: a for a in assumptions}
    costs = [_line(line, figures, by_id) for line in case.cost_lines]
    return Calculation(
        one_time=tuple(
            c for c, line in zip(costs, case.cost_lines, strict=True) if _one_time(line)
        ),
        recurring=tuple(
            c for c, line in zip(costs, case.cost_lines, strict=True) if not _one_time(line)
        ),
        benefits=tuple(_line(line, figures, by_id) for line in case.benefit_lines),
        totals=tuple(
            step
            for row in TOTAL_ROWS
            for step in _yearly_steps(
                [figures[f"{row}.jaar_{t}"] for t in range(case.horizon + 1)], labelled=True
            )
        ),
        results=tuple(
            CalculationStep(figures[i].label, None, None, figures[i].formula)
            for i in RESULT_IDS
            if i in figures
        ),
    )


def _one_time(line: YearlyLine) -> bool:
    """One-time costs, and own cost lines whose only amount falls at the start."""
    return line.group == "eenmalig" or (
        line.group == "eigen" and not any(line.amounts[1:]) and line.amounts[0] != 0
    )


def _line(
    line: YearlyLine, figures: Figures, assumptions: Mapping[str, Assumption]
) -> CalculationLine:
    prefix = f"{line.kind}.{line.key}."
    full = figures.get(prefix + "volledig")
    yearly = [f for f in figures.with_prefix(prefix) if _YEAR.search(f.id)]
    steps: list[CalculationStep] = []
    if full is not None:
        steps.append(CalculationStep("", None, None, full.formula))
    steps.extend(_yearly_steps(yearly, labelled=False))
    used = dict.fromkeys(
        i for f in (*([full] if full else []), *yearly) for i in f.inputs if i in assumptions
    )
    return CalculationLine(
        label=line.label,
        own=line.group == "eigen",
        steps=tuple(steps),
        inputs=tuple(assumptions[i] for i in used),
    )


def _yearly_steps(yearly: Sequence[Figure], *, labelled: bool) -> list[CalculationStep]:
    """A step per run of consecutive years whose working reads the same (apart from labels)."""
    steps: list[CalculationStep] = []
    for figure in yearly:
        match = _YEAR.search(figure.id)
        assert match is not None
        year = int(match.group(1))
        previous = steps[-1] if steps else None
        if (
            previous is not None
            and previous.formula == figure.formula
            and previous.last_year == year - 1
            and not labelled
        ):
            steps[-1] = CalculationStep(previous.label, previous.first_year, year, figure.formula)
        else:
            label = figure.label if labelled else ""
            steps.append(CalculationStep(label, year, year, figure.formula))
    return steps
