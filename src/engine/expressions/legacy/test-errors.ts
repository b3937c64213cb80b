/** Runs a call that must fail and returns the DynamoDB exception type and message it threw. */
export function errorOf(run: () => unknown): { type: string; message: string } {
  try {
    run();
  } catch (error) {
    const { type, message } = error as { type: string; message: string };
    return { type, message };
  }
  throw new Error("expected the call to throw");
}

/** The `One or more parameter values were invalid: ...` ValidationException. */
export function invalidParameterError(detail: string): { type: string; message: string } {
  return { type: "ValidationException", message: `One or more parameter values were invalid: ${detail}` };
}

export function validationError(message: string): { type: string; message: string } {
  return { type: "ValidationException", message };
}
