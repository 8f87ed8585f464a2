"""Figures of the scenarios, the sensitivity analysis and the Monte-Carlosimulatie."""

from __future__ import annotations

from crm_roi import formatting
from crm_roi.figures.context import Builder
from crm_roi.figures.model import FigureUnit
from crm_roi.figures.shown import euro, input_text, input_unit, value_text

Row = tuple[str, str, float | None, FigureUnit]  # id suffix, label, value, unit


def add_uncertainty_figures(b: Builder) -> None:
    _scenarios(b)
    _sensitivity(b)
    _simulation(b)


def _scenarios(b: Builder) -> None:
    for scenario in b.case.scenarios:
        a = scenario.analysis
        note = b.texts.scenario_notes[scenario.name]
        inputs = tuple(scenario.inputs)
        rows: tuple[Row, ...] = (
            ("ncw", "scenario_npv", a.npv, "euro"),
            ("roi", "scenario_roi", a.roi, "fraction"),
            ("terugverdientijd", "scenario_payback", a.payback_months, "months"),
            ("kosten", "scenario_costs", a.total_costs, "euro"),
            ("baten", "scenario_benefits", a.total_benefits, "euro"),
        )
        for suffix, label, value, unit in rows:
            values = {
                "scenario": scenario.name,  # for the label
                "toelichting": note,
                "na": value_text(value, unit),
            }
            b.add(
                f"scenario.{scenario.name}.{suffix}",
                b.texts.label(label, {"scenario": scenario.name}),
                value,
                unit,
                b.texts.formula("scenario", values),
                inputs,
            )


def _sensitivity(b: Builder) -> None:
    for bar in b.case.sensitivity:
        name = b.name(bar.input_id)
        sentence_name = formatting.in_sentence(name)
        unit = input_unit(bar.input_id)
        for suffix, label, side, at in (
            ("laag", "sensitivity_low_value", "lage", bar.low_value),
            ("hoog", "sensitivity_high_value", "hoge", bar.high_value),
        ):
            values = {"kant": side, "aanname": sentence_name, "na": input_text(bar.input_id, at)}
            b.add(
                f"gevoeligheid.{bar.input_id}.{suffix}",
                b.texts.label(label, {"aanname": sentence_name}),
                at,
                unit,
                b.texts.formula("sensitivity_value", values),
                (bar.input_id,),
            )
        for suffix, label, at, npv in (
            ("ncw_laag", "sensitivity_low", bar.low_value, bar.npv_low),
            ("ncw_hoog", "sensitivity_high", bar.high_value, bar.npv_high),
        ):
            values = {
                "aanname": sentence_name,
                "waarde": input_text(bar.input_id, at),
                "na": euro(npv),
            }
            b.add(
                f"gevoeligheid.{bar.input_id}.{suffix}",
                b.texts.label(label, {"aanname": sentence_name}),
                npv,
                "euro",
                b.texts.formula("sensitivity", values),
                (f"gevoeligheid.{bar.input_id}.{suffix[4:]}",),
            )
        switch_id = f"gevoeligheid.{bar.input_id}.omslagwaarde"
        if bar.switch_value is None:
            formula = b.texts.formula("switch_value_none", {"aanname": sentence_name})
        else:
            values = {"aanname": sentence_name, "na": input_text(bar.input_id, bar.switch_value)}
            formula = b.texts.formula("switch_value", values)
        b.add(
            switch_id,
            b.texts.label("switch_value", {"aanname": sentence_name}),
            bar.switch_value,
            unit,
            formula,
            (bar.input_id, "ncw"),
        )
        if bar.switch_value is not None and bar.switch_change is not None:
            values = {
                "omslagwaarde": b.shown(switch_id),
                "verwacht": input_text(bar.input_id, bar.expected_value),
                "na": value_text(bar.switch_change, "fraction"),
            }
            b.add(
                f"gevoeligheid.{bar.input_id}.omslag_verandering",
                b.texts.label("switch_change", {"aanname": sentence_name}),
                bar.switch_change,
                "fraction",
                b.texts.formula("switch_change", values),
                (switch_id, bar.input_id),
            )
        # The swing as a reader computes it from the two amounts shown.
        low_id, high_id = (f"gevoeligheid.{bar.input_id}.{s}" for s in ("ncw_laag", "ncw_hoog"))
        first, second = (high_id, low_id) if bar.npv_high >= bar.npv_low else (low_id, high_id)
        swing = float(abs(round(bar.npv_high) - round(bar.npv_low)))
        values = {"eerste": b.shown(first), "tweede": b.shown(second), "na": euro(swing)}
        b.add(
            f"gevoeligheid.{bar.input_id}.bandbreedte",
            b.texts.label("sensitivity_swing", {"aanname": sentence_name}),
            swing,
            "euro",
            b.texts.formula("sensitivity_swing", values),
            (first, second),
        )


def _simulation(b: Builder) -> None:
    mc = b.case.monte_carlo
    if mc is None:
        return
    draws = value_text(float(mc.draws), "number")
    rows: tuple[Row, ...] = (
        ("p10", "npv_p10", mc.npv_p10, "euro"),
        ("p50", "npv_p50", mc.npv_p50, "euro"),
        ("p90", "npv_p90", mc.npv_p90, "euro"),
        ("gemiddelde", "npv_mean", mc.npv_mean, "euro"),
        ("kans_positief", "chance_positive_npv", mc.chance_positive_npv, "fraction"),
        (
            "kans_terugverdiend",
            "chance_payback_within_horizon",
            mc.chance_payback_within_horizon,
            "fraction",
        ),
        (
            "kans_binnen_doel",
            "chance_payback_within_target",
            mc.chance_payback_within_target,
            "fraction",
        ),
    )
    for suffix, key, value, unit in rows:
        values = {
            "toelichting": b.texts.simulation_notes[key],
            "trekkingen": draws,
            "na": value_text(value, unit),
        }
        b.add(
            f"simulatie.{suffix}",
            b.texts.label(key),
            value,
            unit,
            b.texts.formula("simulation", values),
        )
