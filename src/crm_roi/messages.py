"""Dutch texts of the shared modules (errors, output files)."""

from __future__ import annotations


def located(message: str, *, path: str | None, line: int | None, question_id: str | None) -> str:
    """`pad, regel 12: vraag 'x': bericht` with the parts that are known."""
    parts = []
    if path is not None:
        parts.append(f"{path}, regel {line}" if line is not None else path)
    if question_id is not None:
        parts.append(f"vraag '{question_id}'")
    return ": ".join([*parts, message])


TARGET_KINDS = {
    "folder": "een map",
    "pipe": "een pipe (FIFO)",
    "device": "een apparaat",
    "socket": "een socket",
    "other": "geen gewoon bestand",
}


def not_a_regular_file(kind: str) -> str:
    """Why an output is not written there: what is there instead."""
    return f"dat is {TARGET_KINDS.get(kind, TARGET_KINDS['other'])}, geen gewoon bestand"
