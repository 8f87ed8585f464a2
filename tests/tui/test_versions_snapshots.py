"""A reopened interview with a version, as the user sees it (fake session: stable texts).

Update after an intended change of the look: `.venv/bin/pytest tests/tui --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.view_models import MovedDefault, VersionChanges, VersionDifference

from .fake_session import FakeSession

SIZES = [pytest.param((120, 36), id="120x36"), pytest.param((80, 24), id="80x24")]
MOVED = (
    "De standaardwaarde van licentie per gebruiker per maand is sinds 12 maart 2026 gestegen "
    "van €\xa025 naar €\xa029. Bron nu: prijslijst Pipedrive, 2025."
)


def reopened() -> CrmRoiApp:
    """A finished interview whose licence default moved since version 1, as `crm-roi open`
    starts it."""
    session = FakeSession(
        {
            "organisatie": "Installatiebedrijf Jansen",
            "aantal_gebruikers": 12,
            "crm_pakket": "pipedrive",
            "licentie_per_gebruiker_per_maand": 29,
            "koppelingen": False,
        }
    )
    session.accepted.add("licentie_per_gebruiker_per_maand")
    session.changes = VersionChanges(
        1,
        (
            "Dit gesprek is eerder vastgelegd als versie 1 (12 maart 2026). "
            "Sindsdien is er dit veranderd:",
            "• " + MOVED,
            "De netto contante waarde was € 16.608 bij versie 1 en is nu € 14.938.",
            "Een nieuw rapport (Ctrl+R) legt versie 2 vast en zegt wat er sinds versie 1 "
            "veranderd is en waarom.",
        ),
        (
            MovedDefault(
                "licentie_per_gebruiker_per_maand",
                "licentie per gebruiker per maand",
                MOVED,
                "€\xa025",
                "€\xa029",
            ),
        ),
    )
    session.since = VersionDifference(
        1, "\u2212\xa0€\xa01.670", "\u2212\xa09 procentpunt", "1,2 maanden later"
    )

    def no_pdf(evaluation: object, path: Path) -> None:
        """Only the path is shown."""

    return CrmRoiApp(lambda path: session, session=session, make_pdf=no_pdf, warm_up=False)


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def test_the_old_value_of_a_moved_default_is_offered(snap_compare: Any) -> None:
    assert snap_compare(reopened(), terminal_size=(80, 24), run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_what_moved_and_the_difference_with_the_last_version(
    snap_compare: Any, size: tuple[int, int]
) -> None:
    async def use_the_new_value(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(reopened(), terminal_size=size, run_before=use_the_new_value)
