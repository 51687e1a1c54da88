"""The HTTP API and the page: map, timeline, table and article view."""

from dateline.web.app import create_app

__all__ = ["create_app"]
