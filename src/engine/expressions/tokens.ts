/**
 * The expression scanner. It never fails: a character that starts no token becomes a one-character
 * `unknown` token, so the parser reports it as a syntax error with DynamoDB's `token`/`near` texts.
 */

export type Keyword = "AND" | "OR" | "NOT" | "BETWEEN" | "IN" | "SET" | "REMOVE" | "ADD" | "DELETE";

export type Punctuation =
  "=" | "<>" | "<" | "<=" | ">" | ">=" | "(" | ")" | "[" | "]" | "." | "," | "+" | "-";

export type TokenType =
  | "identifier" // `a`, `size`: a letter, then letters, digits or underscores
  | "name" // `#a`: an expression attribute name placeholder
  | "value" // `:v`: an expression attribute value placeholder
  | "number" // `0` or a digit run without a leading zero (list indexes)
  | "keyword"
  | Punctuation
  | "unknown"
  | "eof";

export interface Token {
  type: TokenType;
  /** The text as written; for keywords `keyword` holds the upper-cased spelling. */
  text: string;
  keyword?: Keyword;
  /** Offsets into the expression text, `end` exclusive. */
  start: number;
  end: number;
}

const KEYWORDS: ReadonlyMap<string, Keyword> = new Map(
  (["AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE"] as const).map((k) => [k, k]),
);

const CHAR_SPACE = 0x20;
const CHAR_TAB = 0x09;
const CHAR_LF = 0x0a;
const CHAR_VT = 0x0b;
const CHAR_FF = 0x0c;
const CHAR_CR = 0x0d;

function isWhitespace(code: number): boolean {
  return (
    code === CHAR_SPACE ||
    code === CHAR_TAB ||
    code === CHAR_LF ||
    code === CHAR_CR ||
    code === CHAR_VT ||
    code === CHAR_FF
  );
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isWordChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 0x5f;
}

const SINGLE_CHAR_PUNCTUATION: ReadonlyMap<number, Punctuation> = new Map([
  [0x3d, "="],
  [0x28, "("],
  [0x29, ")"],
  [0x5b, "["],
  [0x5d, "]"],
  [0x2e, "."],
  [0x2c, ","],
  [0x2b, "+"],
  [0x2d, "-"],
]);

/** Splits an expression into tokens, ending with one `eof` token positioned at the text's end. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let position = 0;
  while (position < length) {
    const code = text.charCodeAt(position);
    if (isWhitespace(code)) {
      position++;
      continue;
    }
    const start = position;
    if (isLetter(code)) {
      position++;
      while (position < length && isWordChar(text.charCodeAt(position))) position++;
      const word = text.slice(start, position);
      const keyword = KEYWORDS.get(word.toUpperCase());
      tokens.push(
        keyword
          ? { type: "keyword", text: word, keyword, start, end: position }
          : { type: "identifier", text: word, start, end: position },
      );
      continue;
    }
    if (isDigit(code)) {
      position++;
      // `0` stands alone: `01` scans as `0` then `1`, which DynamoDB rejects as a syntax error.
      if (code !== 0x30) while (position < length && isDigit(text.charCodeAt(position))) position++;
      tokens.push({ type: "number", text: text.slice(start, position), start, end: position });
      continue;
    }
    if (code === 0x23 || code === 0x3a) {
      // `#` or `:` must be followed by at least one word character to form a placeholder.
      position++;
      while (position < length && isWordChar(text.charCodeAt(position))) position++;
      if (position > start + 1) {
        const type = code === 0x23 ? "name" : "value";
        tokens.push({ type, text: text.slice(start, position), start, end: position });
        continue;
      }
      tokens.push({ type: "unknown", text: text[start] ?? "", start, end: position });
      continue;
    }
    if (code === 0x3c || code === 0x3e) {
      const next = text.charCodeAt(position + 1);
      let type: Punctuation;
      if (code === 0x3c && next === 0x3e) type = "<>";
      else if (next === 0x3d) type = code === 0x3c ? "<=" : ">=";
      else type = code === 0x3c ? "<" : ">";
      position += type.length;
      tokens.push({ type, text: type, start, end: position });
      continue;
    }
    const punctuation = SINGLE_CHAR_PUNCTUATION.get(code);
    if (punctuation) {
      position++;
      tokens.push({ type: punctuation, text: punctuation, start, end: position });
      continue;
    }
    // Anything else is one unknown character (a whole code point, so surrogate pairs stay intact).
    const codePoint = text.codePointAt(position) ?? code;
    position += codePoint > 0xffff ? 2 : 1;
    tokens.push({ type: "unknown", text: text.slice(start, position), start, end: position });
  }
  tokens.push({ type: "eof", text: "<EOF>", start: length, end: length });
  return tokens;
}
