import type { Expr, PathSteps } from "./ast.js";
import {
  MISSING_RIGHT_OPERAND,
  UNEXPECTED_KEYWORD,
  UNEXPECTED_OPERATOR,
  UNEXPECTED_TERM,
  notWellFormed,
} from "./statement-errors.js";
import type { Token } from "./tokens.js";

/** Words that never name an attribute when written bare. */
const KEYWORDS = new Set(
  (
    "SELECT FROM WHERE AND OR NOT IN BETWEEN IS MISSING NULL TRUE FALSE SET REMOVE INSERT INTO VALUE " +
    "VALUES UPDATE DELETE RETURNING ORDER BY ASC DESC AS LIKE EXISTS LIMIT GROUP HAVING JOIN UNION"
  ).split(" "),
);
/** Words that stand between operands: meeting one where an operand should start is an operator. */
const OPERATOR_WORDS = new Set(["AND", "OR", "IS", "IN", "BETWEEN", "LIKE"]);
const COMPARATORS = new Set(["=", "<>", "!=", "<", "<=", ">", ">="]);

/** A cursor over tokens with the expression grammar of WHERE, SET and VALUE. */
export class ExpressionParser {
  protected position = 0;
  protected parameterCount = 0;

  constructor(protected readonly tokens: Token[]) {}

  protected peek(offset = 0): Token {
    return this.tokens[Math.min(this.position + offset, this.tokens.length - 1)]!;
  }

  protected next(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.position++;
    return token;
  }

  protected isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === "identifier" && token.text.toUpperCase() === word;
  }

  protected acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.position++;
    return true;
  }

  protected isSymbol(text: string): boolean {
    const token = this.peek();
    return token.kind === "symbol" && token.text === text;
  }

  protected acceptSymbol(text: string): boolean {
    if (!this.isSymbol(text)) return false;
    this.position++;
    return true;
  }

  protected expectSymbol(text: string): void {
    if (!this.acceptSymbol(text)) throw this.unexpected();
  }

  protected expectKeyword(word: string): void {
    if (!this.acceptKeyword(word)) throw this.unexpected();
  }

  /** The error for the token at the cursor where an operand or keyword should be. */
  protected unexpected(): Error {
    const token = this.peek();
    if (token.kind === "end" || (token.kind === "symbol" && token.text === ";")) {
      return notWellFormed(UNEXPECTED_TERM);
    }
    if (token.kind === "identifier") {
      const word = token.text.toUpperCase();
      if (OPERATOR_WORDS.has(word)) return notWellFormed(UNEXPECTED_OPERATOR);
      if (KEYWORDS.has(word)) return notWellFormed(UNEXPECTED_KEYWORD);
    }
    if (token.kind === "symbol" && !"([{<<".includes(token.text)) return notWellFormed(UNEXPECTED_OPERATOR);
    return notWellFormed(UNEXPECTED_TERM);
  }

  parseExpression(): Expr {
    let left = this.parseAnd();
    while (this.acceptKeyword("OR"))
      left = { kind: "or", left, right: this.rightOperand(() => this.parseAnd()) };
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.acceptKeyword("AND"))
      left = { kind: "and", left, right: this.rightOperand(() => this.parseNot()) };
    return left;
  }

  private rightOperand(parse: () => Expr): Expr {
    const token = this.peek();
    if (token.kind === "end" || (token.kind === "symbol" && token.text === ";")) {
      throw notWellFormed(MISSING_RIGHT_OPERAND);
    }
    return parse();
  }

  private parseNot(): Expr {
    if (this.acceptKeyword("NOT")) return { kind: "not", operand: this.parseNot() };
    return this.parsePredicate();
  }

  private parsePredicate(): Expr {
    const operand = this.parseAdditive();
    const token = this.peek();
    if (token.kind === "symbol" && COMPARATORS.has(token.text)) {
      this.position++;
      const operator = token.text === "!=" ? "<>" : (token.text as "=" | "<>" | "<" | "<=" | ">" | ">=");
      return {
        kind: "compare",
        operator,
        left: operand,
        right: this.rightOperand(() => this.parseAdditive()),
      };
    }
    const negated = this.isKeyword("NOT") && (this.isKeyword("IN", 1) || this.isKeyword("BETWEEN", 1));
    if (negated) this.position++;
    if (this.acceptKeyword("IN")) {
      const result: Expr = { kind: "in", operand, candidates: this.parseCandidates() };
      return negated ? { kind: "not", operand: result } : result;
    }
    if (this.acceptKeyword("BETWEEN")) {
      const lower = this.parseAdditive();
      this.expectKeyword("AND");
      const result: Expr = { kind: "between", operand, lower, upper: this.parseAdditive() };
      return negated ? { kind: "not", operand: result } : result;
    }
    if (this.acceptKeyword("IS")) {
      const not = this.acceptKeyword("NOT");
      if (this.acceptKeyword("MISSING")) return { kind: "is", operand, test: "MISSING", negated: not };
      if (this.acceptKeyword("NULL")) return { kind: "is", operand, test: "NULL", negated: not };
      throw notWellFormed("Expected type name");
    }
    return operand;
  }

  /** `IN [a, b]` or `IN (a, b)`. */
  private parseCandidates(): Expr[] {
    const close = this.acceptSymbol("[") ? "]" : this.acceptSymbol("(") ? ")" : undefined;
    if (!close) throw this.unexpected();
    const items: Expr[] = [];
    if (!this.acceptSymbol(close)) {
      do items.push(this.parseAdditive());
      while (this.acceptSymbol(","));
      this.expectSymbol(close);
    }
    return items;
  }

  private parseAdditive(): Expr {
    let left = this.parsePrimary();
    for (;;) {
      const operator = this.isSymbol("+") ? "+" : this.isSymbol("-") ? "-" : undefined;
      if (!operator) return left;
      this.position++;
      left = { kind: "arithmetic", operator, left, right: this.rightOperand(() => this.parsePrimary()) };
    }
  }

  protected parsePrimary(): Expr {
    const position = this.peek().position;
    const expr = this.parseOperand();
    if (position !== undefined) expr.position = position;
    return expr;
  }

  private parseOperand(): Expr {
    const token = this.peek();
    switch (token.kind) {
      case "string":
        this.position++;
        return { kind: "string", text: token.text };
      case "number":
        this.position++;
        return { kind: "number", text: token.text };
      case "parameter":
        this.position++;
        return { kind: "parameter", index: this.parameterCount++ };
      case "quoted":
        return { kind: "path", steps: this.parsePath() };
      case "identifier":
        return this.parseWord(token.text);
      case "symbol":
        return this.parseBracketed(token.text);
      default:
        throw this.unexpected();
    }
  }

  private parseWord(text: string): Expr {
    const word = text.toUpperCase();
    if (word === "TRUE" || word === "FALSE") {
      this.position++;
      return { kind: "boolean", value: word === "TRUE" };
    }
    if (word === "NULL" || word === "MISSING") {
      this.position++;
      return word === "NULL" ? { kind: "null" } : { kind: "missing" };
    }
    if (KEYWORDS.has(word)) throw this.unexpected();
    if (this.peek(1).kind === "symbol" && (this.peek(1) as { text: string }).text === "(") {
      this.position += 2;
      const args: Expr[] = [];
      if (!this.acceptSymbol(")")) {
        do args.push(this.parseExpression());
        while (this.acceptSymbol(","));
        this.expectSymbol(")");
      }
      return { kind: "call", name: text.toLowerCase(), args };
    }
    return { kind: "path", steps: this.parsePath() };
  }

  private parseBracketed(symbol: string): Expr {
    this.position++;
    switch (symbol) {
      case "(": {
        const inner = this.parseExpression();
        this.expectSymbol(")");
        return inner;
      }
      case "-": {
        const token = this.peek();
        if (token.kind !== "number") throw this.unexpected();
        this.position++;
        return { kind: "number", text: `-${token.text}` };
      }
      case "[":
        return { kind: "list", items: this.parseItems("]") };
      case "<<":
        return { kind: "bag", items: this.parseItems(">>") };
      case "{": {
        const entries: { key: Expr; value: Expr }[] = [];
        if (!this.acceptSymbol("}")) {
          do {
            const key = this.parseAdditive();
            this.expectSymbol(":");
            entries.push({ key, value: this.parseAdditive() });
          } while (this.acceptSymbol(","));
          this.expectSymbol("}");
        }
        return { kind: "tuple", entries };
      }
      default:
        this.position--;
        throw this.unexpected();
    }
  }

  private parseItems(close: string): Expr[] {
    const items: Expr[] = [];
    if (this.acceptSymbol(close)) return items;
    do items.push(this.parseAdditive());
    while (this.acceptSymbol(","));
    this.expectSymbol(close);
    return items;
  }

  /** `a.b[0]."c d"`: names bare or double-quoted, list indexes as integer literals. */
  protected parsePath(): PathSteps {
    const steps: PathSteps = [this.pathName()];
    for (;;) {
      if (this.acceptSymbol(".")) {
        steps.push(this.pathName());
      } else if (this.acceptSymbol("[")) {
        const token = this.next();
        if (token.kind === "number" && /^[0-9]+$/.test(token.text)) steps.push(Number(token.text));
        else if (token.kind === "string") steps.push(token.text);
        else throw notWellFormed(UNEXPECTED_TERM);
        this.expectSymbol("]");
      } else {
        return steps;
      }
    }
  }

  private pathName(): string {
    const token = this.peek();
    if (token.kind === "quoted" || (token.kind === "identifier" && !KEYWORDS.has(token.text.toUpperCase()))) {
      this.position++;
      return token.text;
    }
    throw this.unexpected();
  }
}
