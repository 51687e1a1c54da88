"""Pack the pages in warc-pages/ into articles/crawl.warc.gz, as a crawler would store them."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).parent
PAGES = {
    "goma-m23.html": ("https://greatlakes-report.example/2024/02/08/m23-shasha", "2024-02-08"),
    "gaza-aid-convoy.html": ("https://middleeast-wire.example/2024/03/12/aid-convoy", "2024-03-12"),
}


def main() -> None:
    with (HERE / "articles" / "crawl.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for name, (url, day) in PAGES.items():
            body = (HERE / "warc-pages" / name).read_bytes()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": f"{day}T12:00:00Z"},
            )
            writer.write_record(record)


if __name__ == "__main__":
    main()
