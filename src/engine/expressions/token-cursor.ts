import type { ExpressionKind, PathElement, PathNode } from "./ast.js";
import {
  MAX_LIST_INDEX,
  expressionError,
  listIndexOutOfRange,
  reservedKeyword,
  syntaxErrorDetail,
} from "./expression-error.js";
import { isReservedWord } from "./reserved-words.js";
import type { Keyword, Token, TokenType } from "./tokens.js";
import { tokenize } from "./tokens.js";

/**
 * Walks the token list for the grammar parsers. Syntax errors throw at once; the semantic problems
 * DynamoDB finds while building the tree (reserved words, function names and placement, list index
 * range, repeated update sections) are only noted with the token index where DynamoDB would meet
 * them, because a syntax error anywhere wins over them and, among them, the earliest one wins.
 */
export class TokenCursor {
  readonly tokens: Token[];
  index = 0;
  private pendingIndex = Number.POSITIVE_INFINITY;
  private pendingDetail: string | undefined;

  constructor(
    readonly text: string,
    readonly kind: ExpressionKind,
  ) {
    this.tokens = tokenize(text);
  }

  get current(): Token {
    return this.tokens[this.index] as Token;
  }

  peek(offset = 1): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  is(type: TokenType): boolean {
    return this.current.type === type;
  }

  isKeyword(keyword: Keyword): boolean {
    return this.current.keyword === keyword;
  }

  advance(): Token {
    const token = this.current;
    if (token.type !== "eof") this.index++;
    return token;
  }

  expect(type: TokenType): Token {
    if (!this.is(type)) throw this.syntaxError();
    return this.advance();
  }

  expectKeyword(keyword: Keyword): Token {
    if (!this.isKeyword(keyword)) throw this.syntaxError();
    return this.advance();
  }

  syntaxError(index = this.index): Error {
    return expressionError(this.kind, syntaxErrorDetail(this.text, this.tokens, index));
  }

  fail(detail: string): Error {
    return expressionError(this.kind, detail);
  }

  /** Remembers a semantic problem met at `tokenIndex`, keeping the earliest one. */
  note(tokenIndex: number, detail: string): void {
    if (tokenIndex < this.pendingIndex) {
      this.pendingIndex = tokenIndex;
      this.pendingDetail = detail;
    }
  }

  /** Throws the earliest noted problem, once the whole text has parsed. */
  throwNoted(): void {
    if (this.pendingDetail !== undefined) throw this.fail(this.pendingDetail);
  }

  /** `a.b[3].#c`: a name or `#name`, then `.element` or `[index]` steps. */
  parsePath(): PathNode {
    const elements: PathElement[] = [this.parseName(false)];
    for (;;) {
      if (this.is(".")) {
        this.advance();
        elements.push(this.parseName(true));
      } else if (this.is("[")) {
        this.advance();
        const indexToken = this.expect("number");
        this.expect("]");
        elements.push({ kind: "index", index: this.listIndex(indexToken) });
      } else {
        return { kind: "path", elements };
      }
    }
  }

  private parseName(afterDot: boolean): PathElement {
    const token = this.current;
    // After a dot DynamoDB also takes a `:token` as a name placeholder (it is then looked up,
    // and reported undefined, among the ExpressionAttributeNames).
    if (token.type === "name" || (afterDot && token.type === "value")) {
      this.advance();
      return { kind: "name", name: token.text, placeholder: true };
    }
    if (token.type !== "identifier") throw this.syntaxError();
    if (isReservedWord(token.text)) this.note(this.index, reservedKeyword(token.text));
    this.advance();
    return { kind: "name", name: token.text, placeholder: false };
  }

  private listIndex(token: Token): number {
    const value = Number(token.text);
    if (value > MAX_LIST_INDEX) {
      this.note(this.index - 2, listIndexOutOfRange(token.text));
      return MAX_LIST_INDEX;
    }
    return value;
  }
}
