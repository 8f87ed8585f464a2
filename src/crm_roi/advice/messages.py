"""Dutch error messages of the advice layer (the advice itself lives in advice.yaml)."""

from __future__ import annotations


def cannot_read(path: object, problem: str) -> str:
    return f"Kan de adviesregels in {path} niet lezen: {problem}."


def invalid_file(path: object, where: str, problem: str) -> str:
    return f"De adviesregels in {path} kloppen niet bij '{where}': {problem}."


def bad_expression(rule_id: str, problem: str) -> str:
    return f"Adviesregel '{rule_id}': {problem}"


def unknown_name(rule_id: str, name: str) -> str:
    return f"Adviesregel '{rule_id}': onbekende naam '{name}' (geen invoer en geen uitkomst)."


def unknown_benchmark(rule_id: str, benchmark_id: str) -> str:
    return f"Adviesregel '{rule_id}': onbekende richtwaarde 'bm.{benchmark_id}'."


def bad_placeholder(rule_id: str, placeholder: str) -> str:
    return (
        f"Adviesregel '{rule_id}': de plaatshouder '{{{placeholder}}}' klopt niet; "
        "schrijf {soort:uitdrukking}, bijvoorbeeld {euro:npv}."
    )
