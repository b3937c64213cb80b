import { parseServeArguments, UsageError, type ServeOptions } from "./arguments.js";
import { MAIN_HELP, PROGRAM, SERVE_HELP } from "./help.js";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Resolves when the process is asked to stop (SIGINT or SIGTERM). */
  stopSignal: () => Promise<string>;
}

/** Runs one command line and resolves with the process exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "serve") {
      const parsed = parseServeArguments(rest);
      if (parsed.help) {
        io.stdout(SERVE_HELP);
        return 0;
      }
      return await serve(parsed.options, io);
    }
    if (command === "help" || command === "--help" || command === "-h") {
      io.stdout(rest[0] === "serve" ? SERVE_HELP : MAIN_HELP);
      return 0;
    }
    if (command === undefined) {
      io.stderr(MAIN_HELP);
      return 2;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = command === "serve" ? `${PROGRAM} serve --help` : `${PROGRAM} --help`;
    io.stderr(`${PROGRAM}: ${error.message}\nRun '${hint}' for usage.\n`);
    return 2;
  }
}

async function serve(options: ServeOptions, io: CliIO): Promise<number> {
  // Loaded here so that `--help` and usage errors answer without loading the engine.
  const { startServer } = await import("../server/http-server.js");
  let running;
  try {
    running = await startServer({
      port: options.port,
      host: options.host,
      engineOptions: {
        region: options.region,
        lifecycleDelays: options.lifecycleDelays,
        faults: options.faults,
        ttlSweepIntervalMs: options.ttlSweepIntervalMs,
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EADDRINUSE" ? "address already in use" : String(error);
    io.stderr(`${PROGRAM}: cannot listen on ${options.host}:${options.port}: ${reason}\n`);
    return 1;
  }
  let guide = "";
  if (options.catalog) {
    try {
      // Loaded only on request: the catalog pulls in every entry's model.
      const { catalogEntries } = await import("../catalog/registry.js");
      const { catalogGuide, loadCatalog } = await import("../catalog/serve-catalog.js");
      const entries = catalogEntries();
      guide = catalogGuide(running.endpoint, await loadCatalog(running.engine, entries), entries);
    } catch (error) {
      io.stderr(
        `${PROGRAM}: cannot load the catalog: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      await running.close();
      return 1;
    }
  }
  // Ready means ready: with --catalog, the tables exist and hold their items before this line.
  io.stdout(`${PROGRAM}: DynamoDB endpoint listening on ${running.endpoint}\n${guide}`);
  await io.stopSignal();
  await running.close();
  return 0;
}
