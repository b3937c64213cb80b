import { describe, expect, it } from "vitest";
import { parseServeArguments, parseTableDelays, UsageError } from "./arguments.js";

describe("parseServeArguments", () => {
  it("defaults to 127.0.0.1:8000 with no delays", () => {
    expect(parseServeArguments([])).toEqual({
      help: false,
      options: {
        port: 8000,
        host: "127.0.0.1",
        region: undefined,
        lifecycleDelays: undefined,
        faults: undefined,
        ttlSweepIntervalMs: undefined,
      },
    });
  });

  it("reads every flag, long and short", () => {
    expect(
      parseServeArguments(["-p", "0", "--host", "0.0.0.0", "--region", "eu-west-1", "--table-delays", "250"]),
    ).toEqual({
      help: false,
      options: {
        port: 0,
        host: "0.0.0.0",
        region: "eu-west-1",
        lifecycleDelays: { createMs: 250, deleteMs: 250, updateMs: 250 },
        faults: undefined,
        ttlSweepIntervalMs: undefined,
      },
    });
    expect(parseServeArguments(["--port=9001"])).toMatchObject({ options: { port: 9001 } });
  });

  it("reads the TTL sweep and fault injection flags", () => {
    const parsed = parseServeArguments([
      "--ttl-sweep-ms",
      "1000",
      "--fault-unprocessed",
      "0.25",
      "--fault-conflict",
      "1",
      "--fault-seed",
      "7",
    ]);
    expect(parsed).toMatchObject({
      options: {
        ttlSweepIntervalMs: 1000,
        faults: { unprocessedFraction: 0.25, transactionConflictFraction: 1, seed: 7 },
      },
    });
    expect(parseServeArguments(["--fault-seed", "3"])).toMatchObject({ options: { faults: { seed: 3 } } });
  });

  it("answers --help and -h", () => {
    expect(parseServeArguments(["--help"])).toEqual({ help: true });
    expect(parseServeArguments(["-h", "--port", "1"])).toEqual({ help: true });
  });

  it.each([
    [["--bogus"], "Unknown option '--bogus'"],
    [["-x"], "Unknown option '-x'"],
    [["extra"], "Unexpected argument 'extra'"],
    [["--port"], "Option '-p, --port <value>' argument missing"],
    [["--port", "80a"], "--port must be an integer from 0 to 65535, got '80a'"],
    [["--port", "65536"], "--port must be an integer from 0 to 65535, got '65536'"],
    [["--port=-1"], "--port must be an integer from 0 to 65535, got '-1'"],
    [["--host", ""], "--host must not be empty"],
    [["--region", "EU WEST"], "--region must look like us-east-1, got 'EU WEST'"],
    [["--ttl-sweep-ms", "1s"], "--ttl-sweep-ms must be a whole number, got '1s'"],
    [["--fault-unprocessed", "1.5"], "--fault-unprocessed must be a fraction from 0 to 1, got '1.5'"],
    [["--fault-conflict=-0.1"], "--fault-conflict must be a fraction from 0 to 1, got '-0.1'"],
    [["--fault-conflict", "abc"], "--fault-conflict must be a fraction from 0 to 1, got 'abc'"],
    [["--fault-seed", "x"], "--fault-seed must be a whole number, got 'x'"],
  ])("rejects %j", (argv, message) => {
    let error: unknown;
    try {
      parseServeArguments(argv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
  });
});

describe("parseTableDelays", () => {
  it("sets named delays and leaves the others at 0", () => {
    expect(parseTableDelays("create=500")).toEqual({ createMs: 500, deleteMs: 0, updateMs: 0 });
    expect(parseTableDelays("delete=20,update=30,create=10")).toEqual({
      createMs: 10,
      deleteMs: 20,
      updateMs: 30,
    });
  });

  it.each(["", "-5", "1.5", "create", "create=", "create=x", "create=1,create=2", "start=1", "create=1=2"])(
    "rejects %j",
    (spec) => {
      expect(() => parseTableDelays(spec)).toThrow(
        `--table-delays takes milliseconds (e.g. 500) or create=MS,delete=MS,update=MS, got '${spec}'`,
      );
    },
  );
});
