"""Détente: read news reports and turn them into a structured, traceable record of international politics."""

import importlib.metadata

from .document import Document
from .errors import DetenteError, InputError, ModelError
from .pipeline import Pipeline, extract
from .settings import Settings
from .store import Store

__all__ = ["DetenteError", "Document", "InputError", "ModelError", "Pipeline", "Settings", "Store", "extract"]
__version__ = importlib.metadata.version("detente")
