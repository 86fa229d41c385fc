"""Détente: read news reports and turn them into a structured, traceable record of international politics."""

import importlib.metadata

from .display import Record, show
from .document import Article, Document
from .errors import DetenteError, DetenteWarning, InputError, ModelError
from .frames import frames
from .pipeline import Pipeline, extract, extract_many
from .settings import Settings
from .store import Store

__all__ = ["Article", "DetenteError", "DetenteWarning", "Document", "InputError", "ModelError", "Pipeline", "Record",
           "Settings", "Store", "extract", "extract_many", "frames", "show"]
__version__ = importlib.metadata.version("detente")
