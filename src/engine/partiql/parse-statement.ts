import { ValidationException } from "../errors/index.js";
import type {
  DeleteStatement,
  ParsedStatement,
  PathSteps,
  Returning,
  SelectStatement,
  Statement,
  Target,
  UpdateAction,
  UpdateStatement,
} from "./ast.js";
import { ExpressionParser } from "./expression-parser.js";
import { EXPECTED_STATEMENT, EXPECTED_TABLE, LEFTOVER_TOKEN, notWellFormed } from "./statement-errors.js";
import { tokenize } from "./tokens.js";

const CACHE_LIMIT = 1000;
const cache = new Map<string, ParsedStatement>();

/** Parses one statement (cached by its text: trees are never modified after parsing). */
export function parseStatement(text: string): ParsedStatement {
  const cached = cache.get(text);
  if (cached) return cached;
  const parsed = new StatementParser(tokenize(text)).parseWhole();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

class StatementParser extends ExpressionParser {
  parseWhole(): ParsedStatement {
    const statement = this.parseStatementBody();
    this.acceptSymbol(";");
    if (this.peek().kind !== "end") throw notWellFormed(LEFTOVER_TOKEN);
    return { statement, parameterCount: this.parameterCount };
  }

  private parseStatementBody(): Statement {
    if (this.acceptKeyword("SELECT")) return this.parseSelect();
    if (this.acceptKeyword("INSERT")) {
      this.expectKeyword("INTO");
      const target = this.parseTarget(false);
      // DynamoDB reads a name after the table as the end of a statement with something left over.
      if (!this.acceptKeyword("VALUE")) throw notWellFormed(LEFTOVER_TOKEN);
      const value = this.parseExpression();
      if (this.isKeyword("RETURNING")) throw new ValidationException("RETURNING is not supported in INSERT");
      return { kind: "insert", target, value };
    }
    if (this.acceptKeyword("UPDATE")) return this.parseUpdate();
    if (this.acceptKeyword("DELETE")) {
      this.expectKeyword("FROM");
      return this.parseDelete();
    }
    if (this.acceptKeyword("EXISTS")) {
      this.expectSymbol("(");
      this.expectKeyword("SELECT");
      const select = this.parseSelect();
      this.expectSymbol(")");
      return { kind: "exists", select };
    }
    throw notWellFormed(EXPECTED_STATEMENT);
  }

  private parseSelect(): SelectStatement {
    let projection: PathSteps[] | undefined;
    if (!this.acceptSymbol("*")) {
      projection = [];
      do projection.push(this.parseProjectionPath());
      while (this.acceptSymbol(","));
    }
    this.expectKeyword("FROM");
    const target = this.parseTarget(true);
    const where = this.acceptKeyword("WHERE") ? this.parseExpression() : undefined;
    let descending = false;
    if (this.acceptKeyword("ORDER")) {
      this.expectKeyword("BY");
      this.parsePath();
      if (this.acceptKeyword("DESC")) descending = true;
      else this.acceptKeyword("ASC");
    }
    return { kind: "select", target, projection, where, descending };
  }

  private parseProjectionPath(): PathSteps {
    const token = this.peek();
    if (token.kind !== "identifier" && token.kind !== "quoted") throw this.unexpected();
    return this.parsePath();
  }

  private parseUpdate(): UpdateStatement {
    const target = this.parseTarget(true);
    const actions: UpdateAction[] = [];
    for (;;) {
      if (this.acceptKeyword("SET")) {
        do {
          const path = this.parsePath();
          this.expectSymbol("=");
          actions.push({ kind: "set", path, value: this.parseExpression() });
        } while (this.acceptSymbol(","));
      } else if (this.acceptKeyword("REMOVE")) {
        do actions.push({ kind: "remove", path: this.parsePath() });
        while (this.acceptSymbol(","));
      } else {
        break;
      }
    }
    if (actions.length === 0) throw this.unexpected();
    const where = this.acceptKeyword("WHERE") ? this.parseExpression() : undefined;
    return { kind: "update", target, actions, where, returning: this.parseReturning() };
  }

  private parseDelete(): DeleteStatement {
    const target = this.parseTarget(true);
    const where = this.acceptKeyword("WHERE") ? this.parseExpression() : undefined;
    return { kind: "delete", target, where, returning: this.parseReturning() };
  }

  /** `RETURNING (ALL | MODIFIED) (OLD | NEW) *` */
  private parseReturning(): Returning | undefined {
    if (!this.acceptKeyword("RETURNING")) return undefined;
    const scope = this.acceptKeyword("ALL") ? "ALL" : this.acceptKeyword("MODIFIED") ? "MODIFIED" : undefined;
    if (!scope) throw this.unexpected();
    const image = this.acceptKeyword("OLD") ? "OLD" : this.acceptKeyword("NEW") ? "NEW" : undefined;
    if (!image) throw this.unexpected();
    this.expectSymbol("*");
    return `${scope} ${image}` as Returning;
  }

  /** `"table"` or `"table"."index"`; an alias after it is refused with its own message. */
  private parseTarget(aliasAllowedHere: boolean): Target {
    const components: string[] = [];
    do {
      const token = this.peek();
      if (token.kind !== "quoted" && token.kind !== "identifier") {
        if (components.length === 0) throw notWellFormed(EXPECTED_TABLE);
        throw this.unexpected();
      }
      if (token.kind === "identifier" && isReserved(token.text)) {
        if (components.length === 0) throw notWellFormed(EXPECTED_TABLE);
        throw this.unexpected();
      }
      this.position++;
      components.push(token.text);
    } while (this.acceptSymbol("."));
    if (components.some((component) => component === "")) {
      throw new ValidationException("Path component cannot be an empty string");
    }
    if (components.length > 2) {
      throw new ValidationException("A path may contain at most 2 components in the FROM clause");
    }
    if (aliasAllowedHere && (this.isKeyword("AS") || this.isAlias())) {
      throw new ValidationException("Aliasing is not supported");
    }
    return components.length === 2
      ? { table: components[0]!, index: components[1]! }
      : { table: components[0]! };
  }

  private isAlias(): boolean {
    const token = this.peek();
    return (token.kind === "identifier" && !isReserved(token.text)) || token.kind === "quoted";
  }
}

const RESERVED_AFTER_TARGET = new Set(["WHERE", "SET", "REMOVE", "VALUE", "RETURNING", "ORDER"]);

function isReserved(word: string): boolean {
  return RESERVED_AFTER_TARGET.has(word.toUpperCase()) || word.toUpperCase() === "FROM";
}
