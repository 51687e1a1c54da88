"""The FastAPI application: the API, its docs and the page's static files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from dateline.web.api import router
from dateline.web.data import Data
from dateline.web.docs import add_docs
from dateline.web.incidents import router as incidents_router
from dateline.web.security import SecurityHeaders, content_security_policy

STATIC = Path(__file__).resolve().parent / "static"


def create_app(db: str | Path, tiles: str | None = None) -> FastAPI:
    """The app over the store at ``db`` (opened read-only); ``tiles`` is an optional tile URL."""
    policy = content_security_policy(tiles)
    data = Data(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        data.close()

    app = FastAPI(
        title="dateline",
        summary="Events from news articles: where, when, who, and the words they came from.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.data = data
    app.state.tiles = tiles
    app.include_router(router)
    app.include_router(incidents_router)
    add_docs(app)
    app.mount("/static", StaticFiles(directory=STATIC, check_dir=False), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    app.add_middleware(SecurityHeaders, policy=policy)
    return app
