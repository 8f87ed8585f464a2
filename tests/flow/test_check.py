"""`check_flow_file`: every broken flow reports its problem with line, id and Dutch message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crm_roi.flow import FlowError, check_flow_file, format_findings, load_flow
from crm_roi.locations import default_flow_path

FIXTURES = Path(__file__).parent.parent / "fixtures"
BROKEN = sorted((FIXTURES / "broken_flows").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (\d+): (?:\[([^\]]+)\] )?(.+)$")


def _expectations(path: Path) -> list[tuple[int, str | None, str]]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = EXPECT.match(line)
        if match:
            found.append((int(match.group(1)), match.group(2), match.group(3)))
    return found


def test_there_are_at_least_fifteen_broken_flows() -> None:
    assert len(BROKEN) >= 15
    assert all(_expectations(path) for path in BROKEN)


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_flow_reports_its_problem(path: Path) -> None:
    findings = check_flow_file(path)
    for line, question_id, fragment in _expectations(path):
        matching = [
            f
            for f in findings
            if f.line == line and f.question_id == question_id and fragment in f.message
        ]
        assert matching, f"{path.name}: expected {line} [{question_id}] {fragment!r}\n" + (
            format_findings(findings)
        )


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_flow_reports_nothing_else(path: Path) -> None:
    assert len(check_flow_file(path)) == len(_expectations(path))


def test_default_flow_is_clean() -> None:
    assert check_flow_file(default_flow_path()) == []


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    flow = tmp_path / "veel.yaml"
    flow.write_text(
        "id: veel\nversion: 1\ntitle: Veel\nsections:\n"
        "  - title: A\n    questions:\n"
        "      - {id: a, type: int, text: A, min: 5, max: 1}\n"
        "      - {id: b, type: euro, text: B, default: {benchmark: onbekend}}\n"
        "      - {id: a, type: text, text: C}\n"
        "      - {id: c, type: text, text: D, when: 'zz > 1'}\n",
        encoding="utf-8",
    )
    findings = check_flow_file(flow)
    messages = " | ".join(f.message for f in findings)
    assert "'min' (5) is groter dan 'max' (1)" in messages
    assert "Onbekende benchmark 'onbekend'" in messages
    assert "komt twee keer voor" in messages
    assert "onbekende vraag 'zz'" in messages


def test_missing_file_is_a_finding_not_a_traceback(tmp_path: Path) -> None:
    findings = check_flow_file(tmp_path / "bestaat_niet.yaml")
    assert len(findings) == 1
    assert findings[0].message.startswith("Kan het bestand niet lezen")


def test_load_flow_raises_flow_error_with_the_findings() -> None:
    with pytest.raises(FlowError) as caught:
        load_flow(FIXTURES / "broken_flows" / "min_above_max.yaml")
    assert caught.value.findings[0].question_id == "aantal"


def test_findings_format_as_file_line_id_message() -> None:
    path = FIXTURES / "broken_flows" / "min_above_max.yaml"
    text = format_findings(check_flow_file(path))
    assert text.startswith(f"{path}:11: [aantal] 'min' (10)")


def test_a_saved_interview_is_one_finding() -> None:
    findings = check_flow_file(Path(__file__).parents[2] / "examples" / "groothandel-dynamics.yaml")
    assert [f.message for f in findings] == [
        "Dit is een opgeslagen interview, geen vragenlijst. "
        "Gebruik 'crm-roi open BESTAND' of 'crm-roi report BESTAND'."
    ]


def test_a_renamed_question_duplicating_an_id_gives_few_findings(tmp_path: Path) -> None:
    text = default_flow_path().read_text(encoding="utf-8")
    broken = tmp_path / "dubbel.yaml"
    broken.write_text(text.replace("      - id: methode\n", "      - id: doelen\n"), "utf-8")
    messages = [f.message for f in check_flow_file(broken)]
    assert len(messages) == 2
    assert "komt twee keer voor" in messages[0]
    assert "onbekende vraag 'methode'" in messages[1]


def test_default_flow_section_intro_alternatives_are_compiled() -> None:
    flow = load_flow(default_flow_path())
    benefits = [s.title for s in flow.sections].index("Baten")
    assert len(flow.intro_alternatives[benefits]) == 1
