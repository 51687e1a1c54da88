// Copies data and tools the page loads at run time from npm packages into the built static folder.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(web, "..", "dateline", "web", "static");
const files = {
  "world-atlas/countries-50m.json": "basemap/countries-50m.json",
  "world-atlas/LICENSE": "basemap/LICENSE-world-atlas.txt",
  "swagger-ui-dist/swagger-ui-bundle.js": "swagger/swagger-ui-bundle.js",
  "swagger-ui-dist/swagger-ui.css": "swagger/swagger-ui.css",
  "swagger-ui-dist/LICENSE": "swagger/LICENSE-swagger-ui.txt",
};
for (const [from, to] of Object.entries(files)) {
  mkdirSync(dirname(join(out, to)), { recursive: true });
  copyFileSync(join(web, "node_modules", from), join(out, to));
}
