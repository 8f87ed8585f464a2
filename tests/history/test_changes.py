"""What changed since a version, and the NPV change input by input (docs/METHOD.md §14)."""

from __future__ import annotations

import math

import pytest

from crm_roi.history import compare_with_file, compare_with_version
from crm_roi.interview.model import VersionInput

from .cases import benchmarks, changed, fast, first_version, pipedrive


def _npv_by_hand_of_three_more_users() -> float:
    """Pipedrive example, 12 → 15 users, everything else as answered (docs/METHOD.md):
    training hours and licences cost more, time saving yields more; risk: costs +5%,
    benefits -10%; ramp-up 50/85/100%; discount rate 10%."""
    users = 3
    training = users * 6 * 52 * 1.05  # hours per user × labour cost, year 0
    licences = [users * 29 * 12 * 1.03 ** (t - 1) * 1.05 for t in (1, 2, 3)]
    time_saved = users * 1.5 * 46 * 52 * 0.40  # run-rate of efficiency
    benefits = [time_saved * ramp * 0.90 for ramp in (0.50, 0.85, 1.00)]
    flows = [b - c for b, c in zip(benefits, licences, strict=True)]
    return -training + sum(f / 1.1**t for t, f in enumerate(flows, start=1))


def test_one_changed_answer_carries_the_whole_change_computed_by_hand() -> None:
    before = pipedrive()
    now = changed(before, aantal_gebruikers=15)

    changes = compare_with_version(fast(now), first_version(before), benchmarks())

    assert [item.id for item in changes.inputs] == ["aantal_gebruikers"]
    assert changes.inputs[0].kind == "eigen"
    assert (changes.inputs[0].before_text, changes.inputs[0].after_text) == (
        "12 gebruikers",
        "15 gebruikers",
    )
    [effect] = changes.attribution
    assert effect.id == "aantal_gebruikers"
    assert effect.npv_effect == pytest.approx(_npv_by_hand_of_three_more_users(), abs=0.01)
    assert effect.npv_effect == pytest.approx(3608.67, abs=0.01)
    assert changes.npv_change == pytest.approx(effect.npv_effect, abs=0.005)


def test_effects_follow_flow_order_and_add_up_to_the_cent() -> None:
    before = pipedrive()
    now = changed(before, tijdwinst_uren_per_week=1.2, aantal_gebruikers=14, brutomarge=30)

    changes = compare_with_version(fast(now), first_version(before), benchmarks())

    ids = [item.id for item in changes.attribution]
    assert ids == ["aantal_gebruikers", "tijdwinst_uren_per_week", "brutomarge"]
    total = math.fsum(item.npv_effect for item in changes.attribution)
    assert round(total, 2) == changes.npv_change
    assert changes.npv_after == pytest.approx(fast(now).case.analysis.npv, abs=0.005)


def test_each_effect_is_measured_from_the_state_before_it() -> None:
    before = pipedrive()
    users = changed(before, aantal_gebruikers=14)
    both = changed(users, tijdwinst_uren_per_week=1.2)

    changes = compare_with_version(fast(both), first_version(before), benchmarks())

    first, second = changes.attribution
    assert first.npv_effect == pytest.approx(
        fast(users).case.analysis.npv - fast(before).case.analysis.npv, abs=0.01
    )
    assert second.npv_effect == pytest.approx(
        fast(both).case.analysis.npv - fast(users).case.analysis.npv, abs=0.01
    )


def test_what_no_input_explains_is_one_line_of_other_changes() -> None:
    before = pipedrive()
    version = first_version(before)
    # As if the version had been computed by an older formula: its NCW was 1.000 lower.
    results = version.resultaten.model_copy(update={"ncw": version.resultaten.ncw - 1000})
    version = version.model_copy(update={"resultaten": results})

    changes = compare_with_version(fast(before), version, benchmarks())

    assert changes.inputs == ()
    [other] = changes.attribution
    assert (other.id, other.label, other.npv_effect) == (
        "overige_wijzigingen",
        "Overige wijzigingen",
        1000.0,
    )


def test_an_accepted_default_whose_benchmark_moved_is_named_with_both_sources() -> None:
    before = changed(pipedrive(), licentie_per_gebruiker_per_maand=None)
    before = before.with_answers(dict(before.answers), ("licentie_per_gebruiker_per_maand",))
    version = first_version(before)
    invoer = dict(version.invoer)
    invoer["licentie_per_gebruiker_per_maand"] = VersionInput(
        waarde=27, bron="benchmark", toelichting="prijslijst Pipedrive, 2024"
    )
    version = version.model_copy(update={"invoer": invoer})

    changes = compare_with_version(fast(before), version, benchmarks())

    [moved] = changes.inputs
    assert moved.kind == "standaard"
    assert (moved.before_text, moved.after_text) == ("€\u00a027", "€\u00a029")
    assert moved.source_before == "standaardwaarde (prijslijst Pipedrive, 2024)"
    assert moved.source_after is not None and "2025" in moved.source_after
    assert changes.attribution[0].npv_effect < 0  # dearer licences


def test_a_new_goal_takes_its_new_drivers_along_in_one_step() -> None:
    before = pipedrive()
    goals = [*before.answers["doelen"], "conversie"]  # type: ignore[misc]
    now = changed(before, doelen=goals, omzet_per_jaar=2_000_000, tijdwinst_uren_per_week=2)

    changes = compare_with_version(fast(now), first_version(before), benchmarks())

    kinds = {item.id: item.kind for item in changes.inputs}
    assert kinds["omzet_per_jaar"] == "nieuw" and kinds["omzetgroei"] == "nieuw"
    goal_step = next(item for item in changes.attribution if item.id == "doelen")
    assert set(goal_step.together_with) == {"omzet_per_jaar", "omzetgroei"}
    assert [item.id for item in changes.attribution] == ["doelen", "tijdwinst_uren_per_week"]
    total = math.fsum(item.npv_effect for item in changes.attribution)
    assert round(total, 2) == changes.npv_change


def test_a_question_a_newer_flow_dropped_keeps_the_version_readable() -> None:
    before = pipedrive()
    version = first_version(before)
    invoer = {**version.invoer, "oude_vraag": VersionInput(waarde=5, bron="eigen")}
    version = version.model_copy(update={"invoer": invoer})

    changes = compare_with_version(fast(before), version, benchmarks())

    [dropped] = changes.inputs
    assert (dropped.id, dropped.kind, dropped.label) == ("oude_vraag", "vervallen", "oude_vraag")
    assert dropped.after_text == "niet gevraagd"
    [effect] = changes.attribution  # every changed input has its line, even at € 0
    assert (effect.id, effect.npv_effect) == ("oude_vraag", 0.0)


def test_compare_with_another_interview_file() -> None:
    before = pipedrive()
    now = changed(before, aantal_gebruikers=15)

    changes = compare_with_file(fast(now), fast(before), benchmarks(), "voor.yaml")

    assert changes.since == "het interview 'voor.yaml'"
    assert changes.since_version is None
    assert changes.attribution[0].npv_effect == pytest.approx(3608.67, abs=0.01)
    headline = {item.id: item for item in changes.headlines}
    assert headline["ncw"].before == changes.npv_before
    assert headline["advies"].before is None  # without the Monte Carlo no recommendation


def test_an_unchanged_interview_has_no_changes() -> None:
    before = pipedrive()

    changes = compare_with_version(fast(before), first_version(before), benchmarks())

    assert changes.inputs == () and changes.attribution == ()
    assert changes.npv_change == 0
    assert changes.since == "versie 1 van 12 maart 2026"
