"""The hand-drawn SVG charts: valid XML, escaped texts, sensible axes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_roi.report import charts

SVG = "{http://www.w3.org/2000/svg}"
YEARS = ["Start", "Jaar 1", "Jaar 2", "Jaar 3"]


def texts(svg: str) -> list[str]:
    return [el.text or "" for el in ET.fromstring(svg).iter(f"{SVG}text")]


def test_cumulative_chart_marks_break_even_when_there_is_one() -> None:
    svg = charts.cumulative_cashflow(
        [-10_000, -2_000, 8_000, 20_000],
        YEARS,
        payback_months=14.4,
        accent="#1F5F8B",
        title="Cumulatieve kasstroom",
        break_even_label="Break-evenpunt: 14,4 maanden",
    )
    assert "Break-evenpunt: 14,4 maanden" in texts(svg)
    assert "stroke-dasharray" in svg


def test_cumulative_chart_has_no_marker_without_payback() -> None:
    svg = charts.cumulative_cashflow(
        [-10_000, -12_000, -14_000, -16_000],
        YEARS,
        payback_months=None,
        accent="#1F5F8B",
        title="t",
        break_even_label="Break-evenpunt",
    )
    assert "Break-evenpunt" not in texts(svg)


def test_chart_texts_are_escaped() -> None:
    label = '<b>Tijdwinst</b> & "meer"'
    svg = charts.tornado(
        [(label, -5.0, 5.0)],
        0.0,
        accent="#1F5F8B",
        title="<t>",
        low_label="laag",
        high_label="hoog",
    )
    assert "<b>" not in svg
    assert any("<b>Tijdwinst</b>" in text for text in texts(svg))


def test_axis_labels_are_dutch_euros() -> None:
    svg = charts.costs_and_benefits(
        [150_000, 70_000],
        [0, 180_000],
        ["Start", "Jaar 1"],
        accent="#1F5F8B",
        title="t",
        costs_label="Kosten",
        benefits_label="Baten",
    )
    assert "€\xa0100.000" in texts(svg)


def test_costs_and_benefits_draws_two_bars_per_year() -> None:
    svg = charts.costs_and_benefits(
        [1.0, 2.0, 3.0],
        [3.0, 2.0, 1.0],
        YEARS[:3],
        accent="#000000",
        title="t",
        costs_label="Kosten",
        benefits_label="Baten",
    )
    bars = [r for r in ET.fromstring(svg).iter(f"{SVG}rect") if r.get("width") != "12"]
    assert len(bars) == 6


def test_tornado_with_equal_values_still_draws() -> None:
    svg = charts.tornado(
        [("Invoer", 5.0, 5.0)], 5.0, accent="#1F5F8B", title="t", low_label="l", high_label="h"
    )
    ET.fromstring(svg)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(min_value=-5e8, max_value=5e8, allow_nan=False), min_size=2, max_size=11))
def test_nice_ticks_cover_the_values_and_zero(values: list[float]) -> None:
    ticks = charts.nice_ticks(min(values), max(values))
    tolerance = 1e-6  # euros: far below anything a chart shows
    assert ticks[0] <= min([*values, 0.0]) + tolerance
    assert ticks[-1] >= max([*values, 0.0]) - tolerance
    assert 0.0 in ticks
    assert len(ticks) <= 12


@settings(max_examples=25, deadline=None)
@given(st.lists(st.floats(min_value=-5e8, max_value=5e8, allow_nan=False), min_size=2, max_size=11))
def test_cumulative_chart_is_valid_svg_for_any_flows(values: list[float]) -> None:
    years = ["Start"] + [f"Jaar {t}" for t in range(1, len(values))]
    svg = charts.cumulative_cashflow(
        values, years, payback_months=6.0, accent="#1F5F8B", title="t", break_even_label="b"
    )
    ET.fromstring(svg)


def test_tornado_labels_both_ends_of_a_bar() -> None:
    svg = charts.tornado(
        [("Tijdwinst", 12_000.0, 48_000.0)],
        30_000.0,
        accent="#1F5F8B",
        title="Gevoeligheid",
        low_label="laag",
        high_label="hoog",
    )
    shown = texts(svg)
    assert "€\xa012.000" in shown and "€\xa048.000" in shown
