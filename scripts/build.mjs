// Full package build: clean, JavaScript (tsup), ESM declarations (tsc), CSS (lightningcss).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

rmSync(`${root}dist`, { recursive: true, force: true });
run("npx", ["tsup", "--silent"]);
run("npx", ["tsc", "-p", "tsconfig.build.json"]);
run("node", ["scripts/build-css.mjs"]);
