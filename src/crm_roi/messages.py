"""Dutch texts of the shared modules (errors, house style, output files): where a problem is."""

from __future__ import annotations


def located(message: str, *, path: str | None, line: int | None, question_id: str | None) -> str:
    """`pad, regel 12: vraag 'x': bericht` with the parts that are known."""
    parts = []
    if path is not None:
        parts.append(f"{path}, regel {line}" if line is not None else path)
    if question_id is not None:
        parts.append(f"vraag '{question_id}'")
    return ": ".join([*parts, message])
