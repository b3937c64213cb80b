/** One answer as it travels on the wire: the HTTP status and the parsed JSON body. */
export interface WireResponse {
  status: number;
  body: Record<string, unknown>;
}

/**
 * How a step's answers are compared:
 * - `full`: the normalised status and body must be equal;
 * - `status`: both must succeed, or both must fail with the same exception type (set-up steps,
 *   whose exact output is another case's business);
 * - `none`: sent to both, not compared.
 */
export type CompareMode = "full" | "status" | "none";

export interface Step {
  op: string;
  body: Record<string, unknown>;
  compare?: CompareMode;
  /** Array members (dotted paths into the body, `*` for every element) sorted before comparing. */
  unordered?: string[];
  /** A deviation on this step; the case-level `deviation` applies to the last step. */
  deviation?: Deviation;
  /**
   * Known DynamoDB Local quirks (see `quirks.ts`) that turn its answer into DynamoDB's before the
   * engine's answer is compared; each must change the answer, or the case is reported stale.
   */
  quirks?: QuirkName[];
}

export type QuirkName = "tableCreating" | "tableDeleting" | "tableUpdating" | "attributeDefinitionsByName";

/**
 * Where DynamoDB Local's answer to the case's last step is known to differ from DynamoDB's. The
 * engine must give `dynamodb`; DynamoDB Local is checked to still give `local`, so the record stays
 * true when the jar changes.
 */
export interface Deviation {
  /** Where DynamoDB's answer comes from: a doc page, or a conformance-suite test file. */
  source: string;
  note: string;
  local: WireResponse;
  dynamodb: WireResponse;
}

/**
 * Set-up shared by consecutive cases of a group that only read: its steps run once, on DynamoDB
 * Local and on one engine, and every case naming the same fixture (by `name`) then runs its own
 * steps against those tables. A case's reported step numbers count the fixture's steps first.
 */
export interface Fixture {
  name: string;
  steps: Step[];
}

/** A named request sequence: set-up steps, then the request under test (the last step). */
export interface DiffCase {
  name: string;
  steps: Step[];
  deviation?: Deviation;
  /** Shared read-only set-up run before `steps`; the steps may then only read. */
  fixture?: Fixture;
}

export interface CaseGroup {
  /** The operation or concern the group covers; it names the vitest `describe` block. */
  title: string;
  cases: DiffCase[];
}
