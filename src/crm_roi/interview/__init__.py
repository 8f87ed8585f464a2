"""Saved interviews: the file model, atomic saving, autosave and migration between flows."""

from crm_roi.interview.errors import InterviewError, NewerFormatError
from crm_roi.interview.model import (
    FORMAT_VERSION,
    AnswerValue,
    EigenPost,
    FlowReference,
    Interview,
    InterviewMetadata,
    new_interview,
)
from crm_roi.interview.storage import (
    BACKUP_GENERATIONS,
    autosave,
    autosave_path,
    backup_path,
    backup_paths,
    list_autosaves,
    load_interview,
    read_interview,
    remove_leftover_temporaries,
    save_interview,
    write_text_atomic,
)
from crm_roi.interview.yaml_format import LoadedInterview, interview_from_yaml, interview_to_yaml

__all__ = [
    "BACKUP_GENERATIONS",
    "FORMAT_VERSION",
    "AnswerValue",
    "EigenPost",
    "FlowReference",
    "Interview",
    "InterviewError",
    "InterviewMetadata",
    "LoadedInterview",
    "NewerFormatError",
    "autosave",
    "autosave_path",
    "backup_path",
    "backup_paths",
    "interview_from_yaml",
    "interview_to_yaml",
    "list_autosaves",
    "load_interview",
    "new_interview",
    "read_interview",
    "remove_leftover_temporaries",
    "save_interview",
    "write_text_atomic",
]
