import { spawn, type ChildProcess } from "node:child_process";
import { request, type Agent } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

/** The repository root, for spawning its entry points whatever the working directory. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface ChildServer {
  child: ChildProcess;
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Spawns a server and resolves with its endpoint once `ready` matches its stdout (the first
 * capture group is the endpoint) or, without `ready`, once `endpoint` answers ListTables.
 */
export async function spawnServer(
  command: string,
  args: string[],
  options: { ready?: RegExp; endpoint?: string; timeoutMs?: number; cwd?: string } = {},
): Promise<ChildServer> {
  // Its own process group: launchers such as npx and tsx start the server as a grandchild, and
  // stopping only the launcher would leave the server running.
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const stop = () => stopChild(child);
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(
        () =>
          reject(new Error(`${command} did not start within ${options.timeoutMs ?? 30_000} ms:\n${output}`)),
        options.timeoutMs ?? 30_000,
      );
      const settle = (error: Error | undefined, endpoint?: string) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(endpoint!);
      };
      const collect = (chunk: Buffer) => {
        output += chunk.toString("utf8");
        const match = options.ready?.exec(output);
        if (match) settle(undefined, match[1]!);
      };
      child.stdout!.on("data", collect);
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      child.once("exit", (code) => settle(new Error(`${command} exited with ${code}:\n${output}`)));
      child.once("error", (error) => settle(error));
      if (!options.ready && options.endpoint) {
        const endpoint = options.endpoint;
        void waitForListTables(endpoint, options.timeoutMs ?? 30_000).then(
          () => settle(undefined, endpoint),
          (error: Error) => settle(error),
        );
      }
    });
    // Keep draining output so a chatty child never blocks on a full pipe.
    child.stdout!.resume();
    child.stderr!.resume();
    return { child, endpoint, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(child, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      // The launcher may exit before the server it started: end the rest of the group too.
      signalGroup(child, "SIGKILL");
      resolve();
    });
    signalGroup(child, "SIGTERM");
  });
}

/** Signals the child's whole process group (it was spawned detached), or the child alone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Pauses (SIGSTOP) or resumes (SIGCONT) the process groups of servers running in their own
 * processes. While one target is measured the others are paused, so a JVM compiling or collecting
 * in the background cannot take a core from the target being measured.
 */
export function pauseProcessGroups(pids: readonly number[], paused: boolean): void {
  for (const pid of pids) {
    try {
      process.kill(-pid, paused ? "SIGSTOP" : "SIGCONT");
    } catch {
      // The group is already gone.
    }
  }
}

/** Any SigV4-looking Authorization header will do: local servers accept any credentials. */
const AUTHORIZATION =
  "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=00";

/** One raw JSON 1.0 request without the SDK; resolves with the status code and body. */
export function rawRequest(
  endpoint: string,
  operation: string,
  body: string,
  agent?: Agent,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      endpoint,
      {
        method: "POST",
        agent: agent ?? false,
        headers: {
          "Content-Type": "application/x-amz-json-1.0",
          "X-Amz-Target": `DynamoDB_20120810.${operation}`,
          Authorization: AUTHORIZATION,
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Polls ListTables every few milliseconds until it answers 200. */
export async function waitForListTables(endpoint: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    try {
      const answer = await rawRequest(endpoint, "ListTables", "{}");
      if (answer.status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`${endpoint} did not answer ListTables within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

export function freePort(): Promise<number> {
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

/** Resident set size of a process in bytes, from /proc (Linux). */
export async function residentBytes(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}
