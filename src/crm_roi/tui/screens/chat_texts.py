"""The chat's own sentences, made from view models: progress, a changed default, an answer."""

from __future__ import annotations

from crm_roi import formatting
from crm_roi.tui import messages as msg
from crm_roi.tui.view_models import Given, ProgressView, QuestionView, SummaryView


def progress_text(progress: ProgressView) -> str:
    if progress.complete:
        return msg.PROGRESS_DONE
    return msg.PROGRESS.format(
        section=progress.section,
        number=progress.question_number,
        total=progress.question_total,
    )


def default_now(question: QuestionView) -> str:
    """The adviser's line when an edit changed the default of the open question."""
    if question.default_text is None:
        return msg.DEFAULT_GONE
    if question.default_source:
        return msg.DEFAULT_NOW_WITH_SOURCE.format(
            default=question.default_text, source=question.default_source
        )
    return msg.DEFAULT_NOW.format(default=question.default_text)


def given_text(given: Given) -> str:
    """What the user typed or chose, for the chat when the engine refuses it."""
    if isinstance(given, bool):
        return msg.YES if given else msg.NO
    if isinstance(given, str):
        return given
    return ", ".join(given)


def verdict(summary: SummaryView) -> str:
    """Whether the investment earns itself back, over the case's horizon."""
    horizon = formatting.years(summary.figures.horizon, decimals=0)
    template = msg.VERDICT_POSITIVE if summary.positive else msg.VERDICT_NEGATIVE
    return template.format(horizon=horizon)
