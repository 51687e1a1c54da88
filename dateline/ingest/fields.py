"""Which keys of a JSON record hold an article's text and metadata (configurable)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class JsonFields:
    """Candidate key names for each article field, tried in order."""

    text: tuple[str, ...] = ("text", "body", "content", "maintext")
    title: tuple[str, ...] = ("title", "headline")
    published: tuple[str, ...] = ("published", "date", "date_publish", "publish_date")
    url: tuple[str, ...] = ("url", "link")
    source: tuple[str, ...] = ("source", "source_domain", "outlet")
    html: tuple[str, ...] = ("html",)

    @classmethod
    def parse(cls, spec: str | None) -> JsonFields:
        """Fields from ``"text=body,title=headline"``; named fields replace the defaults."""
        if not spec:
            return cls()
        chosen: dict[str, tuple[str, ...]] = {}
        for part in spec.split(","):
            name, _, key = part.partition("=")
            name, key = name.strip(), key.strip()
            if name not in cls.__dataclass_fields__ or not key:
                known = ", ".join(cls.__dataclass_fields__)
                raise ValueError(
                    f"bad field mapping {part!r}: use NAME=KEY with NAME one of {known}"
                )
            chosen[name] = (key,)
        return cls(**chosen)
