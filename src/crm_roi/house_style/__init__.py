"""The house style on a report: consultant, consultancy, logo and accent colour.

One model (`HouseStyle`) and one set of checks, used by the command line, the interview
file's metadata, the app's report-details dialog and the report itself.
"""

from crm_roi.house_style.errors import HouseStyleError
from crm_roi.house_style.logo import (
    LOGO_TYPES,
    MAX_LOGO_BYTES,
    PNG_SIGNATURE,
    Logo,
    logo_in_folder,
    read_logo,
    read_logo_in_folder,
)
from crm_roi.house_style.model import DEFAULT_ACCENT, HouseStyle, parse_accent

__all__ = [
    "DEFAULT_ACCENT",
    "LOGO_TYPES",
    "MAX_LOGO_BYTES",
    "PNG_SIGNATURE",
    "HouseStyle",
    "HouseStyleError",
    "Logo",
    "logo_in_folder",
    "parse_accent",
    "read_logo",
    "read_logo_in_folder",
]
