import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const EMULATOR_DIR = fileURLToPath(
  new URL("../../node_modules/amplify-dynamodb-simulator/emulator/", import.meta.url),
);
const JAR = `${EMULATOR_DIR}DynamoDBLocal.jar`;

/** Why the differential suites cannot run here, or undefined when they can. */
export function unavailableReason(): string | undefined {
  if (!existsSync(JAR)) return `DynamoDB Local jar not found at ${JAR}`;
  const probe = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (probe.error || probe.status !== 0) return "java is not installed (needed to run DynamoDB Local)";
  return undefined;
}

export interface LocalServer {
  endpoint: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
    try {
      await fetch(endpoint, { method: "POST" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
}

/** Starts one in-memory DynamoDB Local on a free port and waits until it answers HTTP. */
export async function startDynamoDBLocal(timeoutMs = 45_000): Promise<LocalServer> {
  const port = await freePort();
  const child = spawn(
    "java",
    [
      `-Djava.library.path=${EMULATOR_DIR}DynamoDBLocal_lib`,
      "-jar",
      JAR,
      "-inMemory",
      "-sharedDb",
      "-port",
      String(port),
    ],
    { cwd: EMULATOR_DIR, stdio: "ignore" },
  );
  // A worker that ends without stopping the server (a filtered run, a crash) must not leave the JVM behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(endpoint, child, timeoutMs);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
