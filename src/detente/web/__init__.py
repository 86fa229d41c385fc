"""The web dashboard and REST API over a store (``detente serve``): FastAPI routers, server-rendered pages and
bundled assets. Pages and reads go through the store and the relations; only uploads reach the pipeline, through
the same ingest as the command line."""

from .app import WebConfig, configure, create_app

__all__ = ["WebConfig", "configure", "create_app"]
