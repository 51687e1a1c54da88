"""OpenAPI docs (Swagger UI) served from the package's own files, with no CDN."""

from __future__ import annotations

import base64
import hashlib
import re

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def _script_hashes(html: str) -> str:
    digests = (hashlib.sha256(s.encode()).digest() for s in INLINE_SCRIPT.findall(html))
    return " ".join(f"'sha256-{base64.b64encode(d).decode()}'" for d in digests)


def add_docs(app: FastAPI, path: str = "/docs") -> None:
    """Swagger UI at ``path``; its one inline script is allowed by hash, nothing else inline."""
    page = get_swagger_ui_html(
        openapi_url=app.openapi_url or "/openapi.json",
        title=f"{app.title} API",
        swagger_js_url="/static/swagger/swagger-ui-bundle.js",
        swagger_css_url="/static/swagger/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    ).body.decode()
    policy = (
        f"default-src 'none'; script-src 'self' {_script_hashes(page)}; "
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )

    @app.get(path, include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(page, headers={"Content-Security-Policy": policy})
