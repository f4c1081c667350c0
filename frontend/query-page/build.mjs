// Bundles editor.src.js into ../../kg/resources/query-page/editor.js, and writes beside it
// THIRD-PARTY-LICENSES.txt: the name, version and licence text of every npm package in the bundle.
import {build} from "esbuild";
import {readFileSync, writeFileSync, readdirSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, "../../kg/resources/query-page");

const result = await build({
  entryPoints: [join(here, "editor.src.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  metafile: true,
  outfile: join(target, "editor.js"),
});

const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!m) continue;
  const dir = join(here, "node_modules", m[1]);
  if (packages.has(m[1])) continue;
  const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const licenceFile = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!licenceFile) throw new Error(`${m[1]} ships no licence file`);
  packages.set(m[1], {version: meta.version, license: meta.license, text: readFileSync(join(dir, licenceFile), "utf8")});
}
const names = [...packages.keys()].sort();
let out = "Third-party software in editor.js, bundled from the npm registry by frontend/query-page/build.mjs\n" +
          "(`make query-page`). Each package's name, version, licence and licence text follow.\n\n";
for (const name of names) {
  const p = packages.get(name);
  out += `${"=".repeat(78)}\n${name} ${p.version} (${p.license})\n${"=".repeat(78)}\n\n${p.text.trim()}\n\n`;
}
writeFileSync(join(target, "THIRD-PARTY-LICENSES.txt"), out);
writeFileSync(join(target, "VERSIONS.txt"), names.map((n) => `${n} ${packages.get(n).version}`).join("\n") + "\n");
console.log(`editor.js: ${(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].bytes / 1024).toFixed(0)} KiB from ${names.length} packages`);
