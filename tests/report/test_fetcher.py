"""The URL fetcher serves the templates folder and the embedded logo, and refuses the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_roi.report.fetcher import LocalOnlyFetcher, RefusedURLError

LOGO = "data:image/png;base64,iVBORw0KGgo="  # the PNG signature


@pytest.fixture
def fetcher(tmp_path: Path) -> LocalOnlyFetcher:
    root = tmp_path / "templates"
    root.mkdir()
    (root / "report.css").write_text("p {}")
    (tmp_path / "secret.txt").write_text("geheim")
    return LocalOnlyFetcher(root, [LOGO])


def test_serves_a_file_under_the_templates(fetcher: LocalOnlyFetcher) -> None:
    response = fetcher.fetch((fetcher.root / "report.css").as_uri())
    assert response.read() == b"p {}"
    assert response.content_type == "text/css"


def test_serves_the_embedded_logo(fetcher: LocalOnlyFetcher) -> None:
    response = fetcher.fetch(LOGO)
    assert response.read() == b"\x89PNG\r\n\x1a\n"
    assert response.content_type == "image/png"


def test_refuses_a_data_url_it_did_not_make(fetcher: LocalOnlyFetcher) -> None:
    other = "data:image/png;base64,iVBORw0KGgoX"
    with pytest.raises(RefusedURLError):
        fetcher.fetch(other)
    assert fetcher.refused == [other]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.com/a.css",
        "data:text/plain,hallo",
        "ftp://example.com/x",
        "file://otherhost/etc/passwd",
    ],
)
def test_refuses_other_schemes_and_hosts(fetcher: LocalOnlyFetcher, url: str) -> None:
    with pytest.raises(RefusedURLError):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_refuses_files_outside_the_templates(fetcher: LocalOnlyFetcher) -> None:
    with pytest.raises(RefusedURLError):
        fetcher.fetch((fetcher.root.parent / "secret.txt").as_uri())


def test_refuses_a_path_that_climbs_out(fetcher: LocalOnlyFetcher) -> None:
    with pytest.raises(RefusedURLError):
        fetcher.fetch(fetcher.root.as_uri() + "/../secret.txt")
