"""The REST API and the web app's server (`rasd serve`); see docs/api.md."""

from __future__ import annotations

from rasd.api.app import create_app

__all__ = ["create_app"]
