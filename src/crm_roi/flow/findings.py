"""What `crm-roi check` reports: one finding per problem, with file, line and question id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from crm_roi.errors import UserError


@dataclass(frozen=True)
class Finding:
    """One problem in a flow file; `message` is Dutch."""

    file: str
    line: int | None
    question_id: str | None
    message: str

    def format(self) -> str:
        """`file:line: [id] message` (line and id left out when unknown)."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        label = f" [{self.question_id}]" if self.question_id else ""
        return f"{where}:{label} {self.message}"


def format_findings(findings: Iterable[Finding]) -> str:
    """All findings, one per line, sorted by line."""
    ordered = sorted(findings, key=lambda f: (f.file, f.line or 0))
    return "\n".join(finding.format() for finding in ordered)


class FlowError(UserError):
    """A flow (or an answer given to it) is unusable; carries the findings in Dutch."""

    names_its_place = True  # each finding names its file and line

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__(format_findings(self.findings))
