"""The report's tables as rows of figures: each cell is a figure computed in the domain.

A template prints a cell with the `shown` filter and never adds, subtracts or divides: totals,
shares and differences are figures of their own. Costs and benefits are grouped by timing, so
the tables, the tiles and the text agree: the investment is every cost at the start (own lines
included), the recurring costs everything after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from crm_roi.business_case import BusinessCase, YearlyLine
from crm_roi.figures import Figure, Figures


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[Figure | None, ...]  # one per column of the table; None: an empty cell
    total: Figure | None = None
    kind: str = ""  # "line", "group", "strong", "sub" (a "waarvan" row): for the stylesheet
    negative: bool = False  # costs in the cash-flow table, shown as negative amounts
    own: bool = False  # a line of the consultant's own (eigen post)


@dataclass(frozen=True)
class ShareRow:
    """A one-time cost: its amount and its share of the investment."""

    label: str
    amount: Figure
    share: Figure | None
    own: bool = False


@dataclass(frozen=True)
class GroupRows:
    """The benefit lines of one goal (or the global estimate, replaced tools, own lines)."""

    key: str  # the goal, or "globaal", "vervangen", "eigen"
    label: str  # the goal's label; "" for the other groups (the template names them)
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Tables:
    recurring_years: tuple[int, ...]  # 1..N
    all_years: tuple[int, ...]  # 0..N
    benefit_years: tuple[int, ...]  # 1..N, or 0..N when a benefit falls at the start
    one_time: tuple[ShareRow, ...]
    investment: Figure
    cost_shares: tuple[ShareRow, ...]  # every cost line over the horizon, largest first
    recurring: tuple[Row, ...]
    recurring_total: Row
    all_costs: tuple[Row, ...]
    all_costs_total: Row
    benefit_groups: tuple[GroupRows, ...]
    benefits_total: Row
    cash_flow: tuple[Row, ...]


def _line_id(line: YearlyLine, suffix: str) -> str:
    return f"{line.kind}.{line.key}.{suffix}"


def _cells(figures: Figures, prefix: str, years: Sequence[int]) -> tuple[Figure | None, ...]:
    return tuple(figures.get(f"{prefix}.jaar_{year}") for year in years)


def build_tables(case: BusinessCase, figures: Figures, goal_labels: Mapping[str, str]) -> Tables:
    horizon = case.horizon
    later = tuple(range(1, horizon + 1))
    every = tuple(range(horizon + 1))
    benefit_years = every if case.benefits[0] != 0 else later

    one_time = tuple(
        ShareRow(
            label=line.label,
            amount=figures[_line_id(line, "jaar_0")],
            share=figures.get(_line_id(line, "aandeel_investering")),
            own=line.group == "eigen",
        )
        for line in case.cost_lines
        if line.group == "eenmalig" or (line.group == "eigen" and line.amounts[0] != 0)
    )
    cost_shares = tuple(
        sorted(
            (
                ShareRow(
                    label=line.label,
                    amount=figures.get(_line_id(line, "totaal"))
                    or figures[_line_id(line, "jaar_0")],
                    share=figures.get(_line_id(line, "aandeel")),
                    own=line.group == "eigen",
                )
                for line in case.cost_lines
                if line.total != 0
            ),
            key=lambda row: -(row.amount.value or 0.0),
        )
    )
    recurring = tuple(
        Row(
            label=line.label,
            cells=_cells(figures, f"{line.kind}.{line.key}", later),
            total=figures.get(_line_id(line, "totaal_na_start"))
            or figures.get(_line_id(line, "totaal")),
            kind="line",
            own=line.group == "eigen",
        )
        for line in case.cost_lines
        if line.group == "terugkerend" or (line.group == "eigen" and any(line.amounts[1:]))
    )
    all_costs = (
        Row("", (figures["kosten.jaar_0"], *(None for _ in later)), None, "one_time"),
        Row(
            "",
            (None, *_cells(figures, "kosten", later)),
            figures["kosten.terugkerend.totaal"],
            "recurring",
        ),
    )
    groups: dict[str, list[YearlyLine]] = {}
    for line in case.benefit_lines:
        groups.setdefault(line.goal or line.group, []).append(line)
    benefit_groups = tuple(
        GroupRows(
            key=key,
            label="" if lines[0].goal is None else goal_labels.get(key, key),
            rows=tuple(
                Row(
                    label=line.label,
                    cells=_cells(figures, f"{line.kind}.{line.key}", benefit_years),
                    total=figures.get(_line_id(line, "totaal")),
                    kind="line",
                    own=line.group == "eigen",
                )
                for line in lines
            ),
        )
        for key, lines in groups.items()
    )
    cash_flow = [
        Row("baten", _cells(figures, "baten", every), figures["baten.totaal"], "line"),
    ]
    if "baten.geld.totaal" in figures:
        cash_flow += [
            Row("geld", _cells(figures, "baten.geld", every), figures["baten.geld.totaal"], "sub"),
            Row(
                "tijdwinst",
                _cells(figures, "baten.tijdwinst", every),
                figures["baten.tijdwinst.totaal"],
                "sub",
            ),
        ]
    cash_flow += [
        Row(
            "kosten",
            _cells(figures, "kosten", every),
            figures["kosten.totaal"],
            "line",
            negative=True,
        ),
        Row(
            "kasstroom", _cells(figures, "kasstroom", every), figures["kasstroom.totaal"], "strong"
        ),
        Row("cumulatief", _cells(figures, "cumulatief", every), None, "line"),
        Row("contante_waarde", _cells(figures, "contante_waarde", every), figures["ncw"], "line"),
    ]
    return Tables(
        recurring_years=later,
        all_years=every,
        benefit_years=benefit_years,
        one_time=one_time,
        investment=figures["kosten.jaar_0"],
        cost_shares=cost_shares,
        recurring=recurring,
        recurring_total=Row(
            "", _cells(figures, "kosten", later), figures["kosten.terugkerend.totaal"], "strong"
        ),
        all_costs=all_costs,
        all_costs_total=Row(
            "", _cells(figures, "kosten", every), figures["kosten.totaal"], "strong"
        ),
        benefit_groups=benefit_groups,
        benefits_total=Row(
            "",
            _cells(figures, "baten", benefit_years),
            figures["baten.totaal"],
            "strong",
        ),
        cash_flow=tuple(cash_flow),
    )
