import type { EngineLike } from "./wire.js";

/**
 * The engine is imported lazily so that a module that fails to load (an operation half-written in
 * the working tree) turns into failing engine answers instead of hiding DynamoDB Local's side.
 */
export async function loadEngineFactory(): Promise<() => EngineLike> {
  try {
    const { Engine } = await import("../../src/engine/index.js");
    return () => new Engine();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return () => ({
      execute() {
        throw Object.assign(new Error(reason), {
          statusCode: 500,
          toWireBody: () => ({ __type: "EngineDidNotLoad", message: reason }),
        });
      },
    });
  }
}
