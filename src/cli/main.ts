import { runCli } from "./cli.js";

/** Process entry point: `tsx src/cli/main.ts serve ...` or the `dynamodb-patterns` bin. */
const stopSignal = () =>
  new Promise<string>((resolve) => {
    const stop = (signal: string) => {
      // A second signal while shutting down means "now".
      process.once(signal, () => process.exit(1));
      resolve(signal);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stopSignal,
}).then(
  // Exit once stdout has drained, even if an engine timer is still pending.
  (code) => process.stdout.write("", () => process.exit(code)),
  (error: unknown) => {
    process.stderr.write(
      `dynamodb-patterns: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
