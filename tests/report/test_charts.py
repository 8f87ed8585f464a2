"""The hand-drawn SVG charts: valid XML, escaped texts, sensible axes."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from functools import partial

import pytest
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


def _axis_ticks(svg: str) -> list[tuple[float, str, float]]:
    """The tornado's tick labels: (x, text, font size), left to right."""
    root = ET.fromstring(svg)
    lines = [el for el in root.iter(f"{SVG}line") if el.get("stroke") == charts.GRID]
    bottom = max(float(el.get("y2") or 0) for el in lines)
    return sorted(
        (float(el.get("x") or 0), el.text or "", float(el.get("font-size") or 0))
        for el in root.iter(f"{SVG}text")
        if el.get("text-anchor") == "middle" and float(el.get("y") or 0) > bottom
    )


def test_tornado_tick_labels_never_touch_at_large_amounts() -> None:
    rows = [("Daling van het klantverloop", -1_650_000.0, 2_400_000.0)] + [
        (f"Aanname {i}", -900_000.0 + i * 1000, 1_200_000.0) for i in range(7)
    ]
    ticks = _axis_ticks(
        charts.tornado(rows, 250_000.0, accent="#0B6E4F", title="t", low_label="l", high_label="h")
    )
    shown = [(x, text, size) for x, text, size in ticks if text]
    assert len(shown) >= 3
    for (x1, t1, size), (x2, t2, _) in itertools.pairwise(shown):
        half_widths = (len(t1) + len(t2)) / 2 * size * charts.CHAR_WIDTH
        assert x2 - x1 >= half_widths, (t1, t2)
    assert all(text.endswith("mln") or text == "€\xa00" for _, text, _ in shown)
    assert any("\u2212" in text for _, text, _ in shown)
    assert not any("-" in text for _, text, _ in shown)


def test_amounts_below_a_million_stay_whole_euros_with_a_true_minus() -> None:
    assert charts.tick_labels([-500_000.0, 0.0, 500_000.0]) == [
        "€\xa0\u2212500.000",
        "€\xa00",
        "€\xa0500.000",
    ]
    assert charts.tick_labels([-1_500_000.0, 0.0, 1_500_000.0]) == [
        "€\xa0\u22121,5\xa0mln",
        "€\xa00",
        "€\xa01,5\xa0mln",
    ]


def test_chart_text_prints_at_least_eight_and_a_half_points() -> None:
    svg = charts.tornado(
        [("Tijdwinst", 12_000.0, 48_000.0)],
        30_000.0,
        accent="#1F5F8B",
        title="t",
        low_label="laag",
        high_label="hoog",
    )
    sizes = {float(el.get("font-size") or 0) for el in ET.fromstring(svg).iter(f"{SVG}text")}
    points_per_unit = 170 / charts.WIDTH * 72 / 25.4  # 640 units printed 17 cm wide
    assert min(sizes) * points_per_unit >= 8.5


def _year_labels(svg: str) -> list[tuple[float, str]]:
    return sorted(
        (float(el.get("x") or 0), el.text or "")
        for el in ET.fromstring(svg).iter(f"{SVG}text")
        if (el.text or "").startswith(("Start", "Jaar"))
    )


def test_year_labels_of_a_long_horizon_on_a_compact_chart_never_touch() -> None:
    years = ["Start"] + [f"Jaar {t}" for t in range(1, 11)]
    values = [float(v) for v in range(-5, 6)]
    for svg in (
        charts.costs_and_benefits(
            values,
            values,
            years,
            accent="#000",
            title="t",
            costs_label="K",
            benefits_label="B",
            compact=True,
        ),
        charts.cumulative_cashflow(
            values,
            years,
            payback_months=None,
            accent="#000",
            title="t",
            break_even_label="b",
            compact=True,
        ),
    ):
        shown = _year_labels(svg)
        assert shown[0][1] == "Start" and len(shown) < len(years)
        widest = max(len(text) for _, text in shown) * charts.AXIS_SIZE * charts.CHAR_WIDTH
        assert all(b[0] - a[0] >= widest for a, b in itertools.pairwise(shown))


def test_a_short_horizon_labels_every_year() -> None:
    svg = charts.cumulative_cashflow(
        [-3.0, -1.0, 1.0, 3.0],
        YEARS,
        payback_months=None,
        accent="#000",
        title="t",
        break_even_label="b",
    )
    assert [text for _, text in _year_labels(svg)] == YEARS


def test_waterfall_crosses_zero_and_marks_only_its_ticks() -> None:
    from crm_roi.report.changes_view import WaterfallBar
    from crm_roi.report.waterfall import waterfall

    bars = [
        WaterfallBar("NCW versie 1", 0.0, -12_000.0, "€ −12.000", True),
        WaterfallBar("Tijdwinst per gebruiker per week", -12_000.0, 8_000.0, "€ 20.000", False),
        WaterfallBar("Licentie <per> gebruiker & maand", 8_000.0, 5_000.0, "€ −3.000", False),
        WaterfallBar("NCW nu", 0.0, 5_000.0, "€ 5.000", True),
    ]
    svg = waterfall(bars, title="Van versie 1 naar nu")
    root = ET.fromstring(svg)
    rects = [el for el in root.iter(f"{SVG}rect") if el.get("class") == "bar"]
    assert len(rects) == 4
    lefts = [float(el.get("x", "0")) for el in rects]
    rights = [left + float(el.get("width", "0")) for left, el in zip(lefts, rects, strict=True)]
    near = partial(pytest.approx, abs=0.15)  # coordinates are written to a tenth
    assert rights[0] == near(lefts[3])  # both totals stand on the zero line, on either side
    assert lefts[1] == near(lefts[0]) and rights[1] > rights[3]  # the rise: −12.000 to 8.000
    assert lefts[2] == near(rights[3]) and rights[2] == near(rights[1])  # the fall: to 5.000
    ticks = [el.text for el in root.iter(f"{SVG}text") if el.get("class") == "tick"]
    assert "€\xa00" in ticks and all((tick or "").startswith("€") for tick in ticks)
    assert "Licentie <per> gebruiker & maand" in " ".join(texts(svg))


def test_waterfall_with_many_changes_stays_within_a_page() -> None:
    from crm_roi.report.changes_view import WaterfallBar
    from crm_roi.report.waterfall import waterfall

    bars = [
        WaterfallBar(f"Wijziging {n}", n * 100.0, (n + 1) * 100.0, "€ 100", False)
        for n in range(40)
    ]
    root = ET.fromstring(waterfall(bars, title="t"))
    width, height = (float(v) for v in root.get("viewBox", "").split()[2:])
    assert height / width < 1.5  # printed 17 cm wide: under 25 cm high
