// Runs a built app's server (`next start`, `vite preview`) on a free port of 127.0.0.1 until stopped.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `command` with the arguments `argsFor(port)` in `cwd`; resolves once `readyPattern` appears
 * in its output.
 */
export async function startServer(command, argsFor, cwd, { readyPattern, timeoutMs = 60_000 }) {
  const port = await freePort();
  const child = spawn(command, argsFor(port), {
    cwd,
    // NO_COLOR: with CI set, picocolors colours the output even into a pipe, and escape codes
    // inside "Local:" would hide the ready line.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      // eslint-disable-next-line no-control-regex
      output += String(chunk).replace(/\u001b\[[0-9;]*m/g, "");
      if (readyPattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}
