"""Speed of the terminal app: time to the first question, and Enter → next question.

1. A fresh process starts the app headless (no autosaves, a temporary data folder) and
   reports when the first question is mounted; measured from spawning the process.
2. In one app: Enter on a question → the next question is on screen and the live panel has
   been recomputed (press + wait until the screen is idle).

Prints medians; targets: first question < 0,5 s, Enter → next question < 50 ms.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

RUNS = 5

CHILD = """
import asyncio
from crm_roi.tui.app import CrmRoiApp
from crm_roi.tui.opening import find_unfinished, open_session
from crm_roi.tui.widgets.chat_messages import QuestionMessage

async def main() -> None:
    app = CrmRoiApp(open_session, find_unfinished=find_unfinished, warm_up=False)
    async with app.run_test(size=(120, 36)) as pilot:
        while not app.screen.query(QuestionMessage):
            await pilot.pause(0.005)
        print("asked", flush=True)

asyncio.run(main())
"""

ANSWERS = {"organisatie": "Bench BV", "aantal_gebruikers": "12", "crm_pakket": "1"}


def time_to_first_question() -> float:
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        child.wait()
    if line.strip() != "asked":
        raise RuntimeError("the app did not show a question")
    return elapsed


async def enter_until_painted(app: Any) -> float:
    """Send Enter; time until the next question (or a remark that holds the answer) is
    mounted and a frame has been painted."""
    from textual import events

    from crm_roi.tui.widgets.chat_messages import QuestionMessage, RemarkMessage

    screen = app.screen

    def said() -> int:
        return len(screen.query(QuestionMessage)) + len(screen.query(RemarkMessage))

    count = said()
    start = time.perf_counter()
    app.post_message(events.Key("enter", None))
    while said() == count and screen.session.current() is not None:
        await asyncio.sleep(0)
    painted = asyncio.Event()
    screen.call_after_refresh(painted.set)
    await painted.wait()
    return time.perf_counter() - start


async def enter_to_next_question() -> list[float]:
    from crm_roi.tui.app import CrmRoiApp
    from crm_roi.tui.opening import open_session
    from crm_roi.tui.screens.chat import ChatScreen
    from crm_roi.tui.widgets.chat_messages import QuestionMessage

    timings: list[float] = []
    app = CrmRoiApp(open_session, warm_up=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        for _ in range(60):
            screen = app.screen
            if not isinstance(screen, ChatScreen) or not screen.query(QuestionMessage):
                break
            asked = screen.query(QuestionMessage).last().question
            if asked.default_text is None and asked.kind not in ("choice", "multichoice"):
                await pilot.press(*ANSWERS.get(asked.id, "3"))
            elif asked.kind == "multichoice" and not asked.default_values:
                await pilot.press("space")
            timings.append(await enter_until_painted(app))
            await pilot.pause()
            if screen.session.current() is None:
                break
    return timings


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="crm-roi-bench-") as folder:
        os.environ["CRM_ROI_DATA_DIR"] = folder
        os.chdir(folder)
        first = [time_to_first_question() for _ in range(RUNS)]
        steps = asyncio.run(enter_to_next_question())
    first_ms = statistics.median(first) * 1000
    step_ms = statistics.median(steps) * 1000
    print(f"tui: eerste vraag op scherm      mediaan {first_ms:7.1f} ms  (doel < 500 ms)")
    print(
        f"tui: Enter → volgende vraag      mediaan {step_ms:7.1f} ms  "
        f"(doel < 50 ms, {len(steps)} vragen)"
    )


if __name__ == "__main__":
    main()
