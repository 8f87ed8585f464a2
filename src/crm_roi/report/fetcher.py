"""A WeasyPrint URL fetcher that serves only the report's own files and its embedded logo.

Everything else (http, https, other data: URLs, other local files) is refused, so a text
typed by a user can never make the renderer touch the network or read a file.
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

BASE64_MARK = ";base64,"


class RefusedURLError(ValueError):
    """The report asked for something outside its templates folder and embedded images."""


class LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]
    """Serve `file:` URLs below `root` and the exact `data_urls` the report made; refuse the rest.

    `data_urls` are base64 `data:` URIs built by crm-roi itself (the checked logo).
    """

    def __init__(self, root: Path, data_urls: Iterable[str] = ()) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.root = root.resolve()
        self.data_urls = frozenset(url for url in data_urls if _is_base64_data(url))
        self.refused: list[str] = []

    def allows(self, path: Path) -> bool:
        resolved = path.resolve()
        return resolved.is_relative_to(self.root) and resolved.is_file()

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        if url in self.data_urls:
            head, payload = url.split(BASE64_MARK, 1)
            return URLFetcherResponse(
                url,
                body=base64.b64decode(payload),
                headers={"Content-Type": head.removeprefix("data:")},
            )
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


def _is_base64_data(url: str) -> bool:
    return url.startswith("data:") and BASE64_MARK in url
