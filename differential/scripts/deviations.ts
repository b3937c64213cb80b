/**
 * Writes differential/DEVIATIONS.md from the deviations recorded in the cases:
 * `npx tsx differential/scripts/deviations.ts`. The deviations test checks the file is current.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deviationsMarkdown } from "./deviations-markdown.js";

writeFileSync(fileURLToPath(new URL("../DEVIATIONS.md", import.meta.url)), deviationsMarkdown());
