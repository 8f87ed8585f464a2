"""A WeasyPrint URL fetcher that serves only the report's own files and the chosen logo.

Everything else (http, https, data, other local files) is refused, so a text typed by a
user can never make the renderer touch the network or read a file.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURLError(ValueError):
    """The report asked for something outside its templates folder and logo."""


class LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]
    """Serve `file:` URLs below `root` and the exact `extra_files`; refuse the rest."""

    def __init__(self, root: Path, extra_files: Iterable[Path] = ()) -> None:
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self.root = root.resolve()
        self.extra_files = frozenset(path.resolve() for path in extra_files)
        self.refused: list[str] = []

    def allows(self, path: Path) -> bool:
        resolved = path.resolve()
        if resolved in self.extra_files:
            return True
        return resolved.is_relative_to(self.root) and resolved.is_file()

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        parts = urlsplit(url)
        path = Path(unquote(parts.path))
        if parts.scheme != "file" or parts.netloc not in ("", "localhost") or not self.allows(path):
            self.refused.append(url)
            raise RefusedURLError(url)
        mime, _ = mimetypes.guess_type(path.name)
        content_type = mime or "application/octet-stream"
        return URLFetcherResponse(
            path.resolve().as_uri(),
            body=path.read_bytes(),
            headers={"Content-Type": content_type},
        )
