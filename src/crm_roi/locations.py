"""Where the bundled data folders and the user's own folders are.

In a wheel the data folders ship inside the package (``crm_roi/question_flows``); in a
source checkout (editable install) they sit at the repository root.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    bundled = _PACKAGE_DIR / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent.parent / name


def question_flows_dir() -> Path:
    """The folder with the YAML flows, benchmarks and advice rules."""
    return _data_dir("question_flows")


def report_templates_dir() -> Path:
    """The folder with the report's templates, stylesheet, fonts and images."""
    return _data_dir("report_templates")


def default_flow_path() -> Path:
    return question_flows_dir() / "crm_roi.yaml"


FLOW_ID_PATTERN = r"^[a-z][a-z0-9_]*$"
"""A flow's id: lower-case letters, digits and `_` (the flow schema's rule). Never a path."""


def bundled_flow_path(flow_id: str) -> Path | None:
    """The bundled flow file with this id; None for a text that is not a flow id.

    An id from an interview file is looked up here and nowhere else: `../../elders/geheim`
    or `benchmarks` (a data file beside the flows, not a flow) names no flow.
    """
    if re.fullmatch(FLOW_ID_PATTERN, flow_id) is None:
        return None
    path = question_flows_dir() / f"{flow_id}.yaml"
    if path in (benchmarks_path(), advice_rules_path()):
        return None
    return path


def benchmarks_path() -> Path:
    return question_flows_dir() / "benchmarks.yaml"


def figures_path() -> Path:
    """The Dutch labels and formula texts of the figures."""
    return question_flows_dir() / "figures.yaml"


def advice_rules_path() -> Path:
    return question_flows_dir() / "advice.yaml"


DATA_DIR_ENV = "CRM_ROI_DATA_DIR"


def user_data_dir() -> Path:
    """The user's own data folder (autosaved interviews); created on demand by callers.

    The environment variable CRM_ROI_DATA_DIR overrides it (tests, portable installs).
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("crm-roi", appauthor=False)


CACHE_DIR_ENV = "CRM_ROI_CACHE_DIR"


def user_cache_dir() -> Path:
    """The user's cache folder (compiled report templates); nothing in it needs keeping.

    The environment variable CRM_ROI_CACHE_DIR overrides it (tests, portable installs).
    """
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("crm-roi", appauthor=False)


def autosave_dir() -> Path:
    return user_data_dir() / "interviews"
