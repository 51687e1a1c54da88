"""Headers that keep untrusted article text from running in the page."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def tile_origin(url: str) -> str:
    """The origin (scheme and host) of a tile URL template, for the page's image sources."""
    parts = urlsplit(url.replace("{s}", "*"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"tile URL must be http(s)://host/...{{z}}/{{x}}/{{y}}..., not {url!r}")
    if not all(key in url for key in ("{z}", "{x}", "{y}")):
        raise ValueError(f"tile URL must contain {{z}}, {{x}} and {{y}}, not {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


def content_security_policy(tiles: str | None = None) -> str:
    """Only the server's own scripts and styles; images also from the tile server if given."""
    images = "'self' data:" + (f" {tile_origin(tiles)}" if tiles else "")
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {images}",
            "connect-src 'self'",
            "font-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )


class SecurityHeaders:
    """ASGI middleware adding the CSP (unless a route set its own) and related headers."""

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)
