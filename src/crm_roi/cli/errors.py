"""Turning the layers' user errors into one Dutch line for the terminal."""

from __future__ import annotations


class CliError(Exception):
    """A user error the command line reports without a traceback (exit code 2 by default)."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def user_error_message(error: BaseException, *, source: str | None = None) -> str | None:
    """The Dutch message of a user error from any layer; None for an internal error.

    Only the layers already imported are asked: an error of a layer that was never loaded
    cannot have been raised.
    """
    import sys

    prefix = f"{source}: " if source else ""
    if isinstance(error, CliError):
        return error.message
    interview = sys.modules.get("crm_roi.interview.errors")
    if interview is not None and isinstance(error, interview.InterviewError):
        message: str = error.describe()
        return message if error.path is not None else prefix + message
    flow = sys.modules.get("crm_roi.flow.findings")
    if flow is not None and isinstance(error, flow.FlowError):
        return str(error.message)
    case = sys.modules.get("crm_roi.business_case.errors")
    if case is not None and isinstance(error, case.InputError):
        where = f"vraag '{error.question_id}': " if error.question_id else ""
        return f"{prefix}{where}{error.message}"
    benchmarks = sys.modules.get("crm_roi.benchmarks")
    if benchmarks is not None and isinstance(error, benchmarks.BenchmarkError):
        return prefix + str(error.message)
    advice = sys.modules.get("crm_roi.advice.rules")
    if advice is not None and isinstance(error, advice.AdviceError):
        return str(error)
    report = sys.modules.get("crm_roi.report.errors")
    if report is not None and isinstance(error, report.ReportError):
        return prefix + str(error)
    return None
