// Totals every suite's results (xunit .trx files, node test runner TAP files) into one closing
// line "N passed, N failed". Exits 1 when anything failed or when no test ran at all.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, basename } from "node:path";

const root = process.argv[2];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(trx|tap)$/.test(name)) files.push(path);
  }
})(root);

let passed = 0, failed = 0, skipped = 0;
for (const file of files.sort()) {
  const text = readFileSync(file, "utf8");
  let p = 0, f = 0, s = 0, name = basename(file);
  if (file.endsWith(".trx")) {
    const counters = text.match(/<Counters\b[^>]*>/)?.[0] ?? "";
    const attr = (key) => Number(counters.match(new RegExp(`\\b${key}="(\\d+)"`))?.[1] ?? 0);
    p = attr("passed"); f = attr("failed") + attr("error") + attr("timeout") + attr("aborted");
    s = attr("notExecuted");
    name = text.match(/<UnitTest name="[^"]*" storage="([^"]+)"/)?.[1]?.split("/").pop() ?? name;
  } else {
    const count = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)`, "m"))?.[1] ?? 0);
    p = count("pass"); f = count("fail") + count("cancelled"); s = count("skipped") + count("todo");
  }
  console.log(`  ${name}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p; failed += f; skipped += s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
