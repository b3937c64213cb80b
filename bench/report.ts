import type { EngineOnlyResult, MemoryResult, StartupResult } from "./extras.js";
import type { Transport } from "./targets.js";

export interface TargetInfo {
  id: string;
  label: string;
  transport: Transport;
  ceiling: boolean;
  ours: boolean;
}

export interface Cell {
  target: string;
  operation: string;
  concurrency: number;
  /** Why the target cannot run this operation; the other fields are then absent. */
  unavailable?: string;
  rounds?: number;
  opsPerSecond?: number;
  p50?: number;
  p99?: number;
  /** Median CPU microseconds per call, client and server together. */
  cpuPerOp?: number;
  errors?: number;
  firstError?: string;
}

export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1-minute load average when the run started and after the throughput rounds. */
    loadAverage: number;
    loadAverageAfter?: number;
  };
  settings: { quick: boolean; rounds: number; durationMs: number; warmupMs: number; concurrency: number[] };
  notes: string[];
  targets: TargetInfo[];
  operations: { name: string; kind: string }[];
  cells: Cell[];
  cannedSource: Record<string, string>;
  startup?: StartupResult[];
  memory?: MemoryResult;
  engineOnly?: EngineOnlyResult;
}

export const CEILING_OF: Record<Transport, string> = {
  "in-process": "in-process-ceiling",
  "http-same-process": "http-ceiling",
  "http-child-process": "http-child-ceiling",
};

/** Goals: share of the ceiling by operation kind. */
export const CEILING_GOAL: Record<string, number> = {
  "single-item": 0.9,
  "query-scan": 0.7,
  "multi-item": 0.7,
};

export function cellOf(results: BenchResults, target: string, operation: string, concurrency: number) {
  return results.cells.find(
    (cell) => cell.target === target && cell.operation === operation && cell.concurrency === concurrency,
  );
}

function ratio(results: BenchResults, a: string, b: string, operation: string, concurrency: number) {
  const top = cellOf(results, a, operation, concurrency)?.opsPerSecond;
  const bottom = cellOf(results, b, operation, concurrency)?.opsPerSecond;
  return top !== undefined && bottom !== undefined && bottom > 0 ? top / bottom : undefined;
}

/** How many of `a`'s calls fit in the CPU time of one of `b`'s: b's CPU per call ÷ a's. */
function cpuRatio(results: BenchResults, a: string, b: string, operation: string, concurrency: number) {
  const own = cellOf(results, a, operation, concurrency)?.cpuPerOp;
  const other = cellOf(results, b, operation, concurrency)?.cpuPerOp;
  return own !== undefined && other !== undefined && own > 0 ? other / own : undefined;
}

export function formatRate(value: number | undefined): string {
  if (value === undefined) return "n/a";
  return value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(1);
}

export function formatMicros(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "n/a";
  if (value < 1000) return `${Math.round(value)}µs`;
  if (value < 1_000_000) return `${(value / 1000).toFixed(value < 10_000 ? 2 : 1)}ms`;
  return `${(value / 1_000_000).toFixed(2)}s`;
}

const formatRatio = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(2)}x`);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A Markdown table, padded so it also reads well as plain text. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? "-".repeat(width + 2) : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function mark(cell: Cell | undefined, text: string): string {
  if (cell === undefined || cell.unavailable !== undefined) return "n/a";
  return cell.errors ? `${text} (${cell.errors} err)` : text;
}

export function renderReport(results: BenchResults): string {
  const out: string[] = [];
  const { machine, settings } = results;
  out.push(
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB.toFixed(1)} GiB, Node ${machine.node}, ${machine.platform}; ${results.date}`,
    `Load average (1 min): ${machine.loadAverage.toFixed(2)} at start, ${machine.loadAverageAfter?.toFixed(2) ?? "?"} after the throughput rounds (above ${machine.cpus} means other work competed for the CPUs).`,
    `Method: ${settings.rounds} round(s) of ${settings.durationMs} ms per cell after ${settings.warmupMs} ms warm-up, targets interleaved (order rotated per round), medians over rounds.${settings.quick ? " QUICK RUN: numbers are indicative only." : ""}`,
  );
  for (const note of results.notes) out.push(`Note: ${note}`);
  const targets = results.targets;
  for (const concurrency of settings.concurrency) {
    out.push("", `### Throughput (ops/s), concurrency ${concurrency}`, "");
    out.push(
      table(
        ["operation", ...targets.map((t) => t.label)],
        results.operations.map((op) => [
          op.name,
          ...targets.map((t) => {
            const cell = cellOf(results, t.id, op.name, concurrency);
            return mark(cell, formatRate(cell?.opsPerSecond));
          }),
        ]),
      ),
    );
    out.push("", `### Latency p50 / p99, concurrency ${concurrency}`, "");
    out.push(
      table(
        ["operation", ...targets.map((t) => t.label)],
        results.operations.map((op) => [
          op.name,
          ...targets.map((t) => {
            const cell = cellOf(results, t.id, op.name, concurrency);
            return mark(cell, `${formatMicros(cell?.p50)} / ${formatMicros(cell?.p99)}`);
          }),
        ]),
      ),
    );
    out.push("", `### CPU time per call (client + server, all processes), concurrency ${concurrency}`, "");
    out.push(
      table(
        ["operation", ...targets.map((t) => t.label)],
        results.operations.map((op) => [
          op.name,
          ...targets.map((t) => {
            const cell = cellOf(results, t.id, op.name, concurrency);
            return mark(cell, formatMicros(cell?.cpuPerOp));
          }),
        ]),
      ),
    );
    const engines = targets.filter(
      (t) => !t.ceiling && targets.some((c) => c.id === CEILING_OF[t.transport]),
    );
    out.push(
      "",
      `### Share of the matching ceiling by ops/s / by CPU per call, concurrency ${concurrency} (goal: ≥ 0.90x single-item, ≥ 0.70x Query/Scan; * = goal missed)`,
      "",
    );
    out.push(
      table(
        ["operation", ...engines.map((t) => `${t.label} ÷ ${labelOf(results, CEILING_OF[t.transport])}`)],
        results.operations.map((op) => [
          op.name,
          ...engines.map((t) => {
            const goal = CEILING_GOAL[op.kind] ?? 0.7;
            const byTime = ratio(results, t.id, CEILING_OF[t.transport], op.name, concurrency);
            const byCpu = cpuRatio(results, t.id, CEILING_OF[t.transport], op.name, concurrency);
            const missed = (value: number | undefined) =>
              t.ours && value !== undefined && value < goal ? "*" : "";
            return `${formatRatio(byTime)}${missed(byTime)} / ${formatRatio(byCpu)}${missed(byCpu)}`;
          }),
        ]),
      ),
    );
    const pairs = peerPairs(targets);
    if (pairs.length > 0) {
      out.push("", `### Peers: ratio by ops/s / by CPU per call, concurrency ${concurrency}`, "");
      out.push(
        table(
          ["operation", ...pairs.map(([a, b]) => `${a.label} ÷ ${b.label}`)],
          results.operations.map((op) => [
            op.name,
            ...pairs.map(
              ([a, b]) =>
                `${formatRatio(ratio(results, a.id, b.id, op.name, concurrency))} / ${formatRatio(cpuRatio(results, a.id, b.id, op.name, concurrency))}`,
            ),
          ]),
        ),
      );
    }
  }
  const failures = results.cells.filter(
    (cell) => cell.unavailable !== undefined || cell.firstError !== undefined,
  );
  const reasons = new Map<string, string>();
  for (const cell of failures) {
    const key = `${labelOf(results, cell.target)} — ${cell.operation}`;
    if (!reasons.has(key)) reasons.set(key, (cell.unavailable ?? cell.firstError)!);
  }
  if (reasons.size > 0) {
    out.push("", "### n/a and errors", "");
    for (const [key, reason] of reasons) out.push(`- ${key}: ${reason}`);
  }
  if (results.startup) {
    out.push("", "### Startup: spawn to first successful ListTables (goal < 150 ms)", "");
    out.push(
      table(
        ["command", "median", "runs"],
        results.startup.map((s) => [
          s.label,
          `${s.medianMs.toFixed(0)} ms`,
          s.runs.map((r) => r.toFixed(0)).join(", "),
        ]),
      ),
    );
  }
  if (results.memory) {
    const m = results.memory;
    out.push("", `### Resident memory of a server process (goal < 2.5x raw data)`, "");
    out.push(
      table(
        ["measure", "value"],
        [
          ["idle RSS", mib(m.idleRssBytes)],
          [
            `RSS after ${m.items.toLocaleString("en-US")} × ${m.rawBytes / m.items} B items (${m.loadedWith})`,
            mib(m.loadedRssBytes),
          ],
          ["raw data (DynamoDB item size)", mib(m.rawBytes)],
          ["RSS ÷ raw data", formatRatio(m.rssRatio)],
          ["(RSS − idle RSS) ÷ raw data", formatRatio(m.growthRatio)],
        ],
      ),
    );
  }
  if (results.engineOnly) {
    const e = results.engineOnly;
    out.push(
      "",
      `### Engine alone (engine.execute, no SDK/JSON/HTTP) on a ${e.items.toLocaleString("en-US")}-item table (goal: GetItem, PutItem p50 < 10 µs)`,
      "",
    );
    const row = (name: string, r: EngineOnlyResult["Query"]) =>
      "error" in r
        ? [name, "n/a", "n/a", r.error]
        : [name, `${r.p50.toFixed(1)} µs`, `${r.p99.toFixed(1)} µs`, String(r.calls)];
    out.push(
      table(
        ["operation", "p50", "p99", "calls"],
        [row("GetItem", e.GetItem), row("PutItem", e.PutItem), row("Query (100 items)", e.Query)],
      ),
    );
    out.push(
      "",
      `Loaded at ${Math.round(e.loadRate).toLocaleString("en-US")} PutItem/s (${e.loadSeconds.toFixed(1)} s).`,
    );
  }
  return out.join("\n");
}

function labelOf(results: BenchResults, id: string): string {
  return results.targets.find((t) => t.id === id)?.label ?? id;
}

/** Each of this project's targets against each outside engine, and in-process against HTTP. */
function peerPairs(targets: TargetInfo[]): [TargetInfo, TargetInfo][] {
  const ours = targets.filter((t) => t.ours);
  const others = targets.filter((t) => !t.ours && !t.ceiling);
  const pairs: [TargetInfo, TargetInfo][] = [];
  const inProcess = ours.find((t) => t.transport === "in-process");
  const http = ours.find((t) => t.transport === "http-same-process");
  if (inProcess && http) pairs.push([inProcess, http]);
  for (const a of ours) for (const b of others) pairs.push([a, b]);
  return pairs;
}
