"""Détente: read news reports and turn them into a structured, traceable record of international politics."""

from .document import Document
from .errors import DetenteError, InputError, ModelError
from .pipeline import Pipeline, extract
from .settings import Settings

__all__ = ["DetenteError", "Document", "InputError", "ModelError", "Pipeline", "Settings", "extract"]
__version__ = "0.1.0"
