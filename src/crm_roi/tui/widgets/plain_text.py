"""A Static for text that may come from a file: shown literally, never as markup or control."""

from __future__ import annotations

from textual.visual import VisualType
from textual.widgets import Static

from crm_roi.tui.printable import plain


class PlainText(Static):
    """Static that reads no markup and shows no control character (see printable.py)."""

    def __init__(
        self,
        text: str = "",
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(plain(text), id=id, classes=classes, markup=False)

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(plain(content) if isinstance(content, str) else content, layout=layout)
