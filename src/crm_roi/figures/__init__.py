"""Every figure the product shows, computed once, named, and with its working written out."""

from crm_roi.figures.build import build_figures
from crm_roi.figures.inputs import InputSource
from crm_roi.figures.model import Figure, Figures, FigureUnit
from crm_roi.figures.texts import FigureTexts, load_figure_texts

__all__ = [
    "Figure",
    "FigureTexts",
    "FigureUnit",
    "Figures",
    "InputSource",
    "build_figures",
    "load_figure_texts",
]
