#!/usr/bin/env bash
# Set everything up, ingest the example articles into demo.duckdb and summarise the store.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -f demo.duckdb demo.duckdb.wal
.venv/bin/dateline ingest examples/articles --db demo.duckdb
.venv/bin/dateline stats --db demo.duckdb
