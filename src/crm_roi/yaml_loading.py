"""Safe YAML reading, on libyaml's fast parser when PyYAML was built with it."""

from __future__ import annotations

from typing import Any

import yaml

#: SafeLoader, or its libyaml twin (several times faster on the bundled YAML files).
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, fast: plain data only, never Python objects."""
    return yaml.load(text, Loader=SAFE_LOADER)
