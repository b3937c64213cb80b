import { notWellFormed } from "./statement-errors.js";

/**
 * A lexical token of DynamoDB's PartiQL. Keywords are not told apart here: a bare word is an
 * `identifier`, and the parser compares it case-insensitively where the grammar expects a keyword.
 */
export type Token = (
  | { kind: "identifier"; text: string; at: number }
  | { kind: "quoted"; text: string; at: number }
  | { kind: "string"; text: string; at: number }
  | { kind: "number"; text: string; at: number }
  | { kind: "parameter"; at: number }
  | { kind: "symbol"; text: string; at: number }
  | { kind: "end"; at: number }
) & {
  /** `line:column:length` of the token in the statement, as DynamoDB's messages place it. */
  position?: string;
};

const SYMBOLS = ["<<", ">>", "<=", ">=", "<>", "!=", "||", "=", "<", ">", "*", ",", ".", "(", ")", "[", "]"]
  .concat(["{", "}", ":", "+", "-", "/", "%", ";"])
  .sort((a, b) => b.length - a.length);

const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[A-Za-z0-9_$]/;
const DIGIT = /[0-9]/;

/** Splits a statement into tokens; an unreadable statement is DynamoDB's bare "not well formed". */
export function tokenize(statement: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < statement.length) {
    const c = statement[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
    } else if (c === "-" && statement[i + 1] === "-") {
      while (i < statement.length && statement[i] !== "\n") i++;
    } else if (c === "/" && statement[i + 1] === "*") {
      const end = statement.indexOf("*/", i + 2);
      if (end < 0) throw notWellFormed("");
      i = end + 2;
    } else if (c === "'" || c === '"') {
      const { text, next } = quoted(statement, i);
      tokens.push({ kind: c === "'" ? "string" : "quoted", text, at: i });
      i = next;
    } else if (c === "?") {
      tokens.push({ kind: "parameter", at: i });
      i++;
    } else if (DIGIT.test(c) || (c === "." && DIGIT.test(statement[i + 1] ?? ""))) {
      const next = numberEnd(statement, i);
      tokens.push({ kind: "number", text: statement.slice(i, next), at: i });
      i = next;
    } else if (IDENTIFIER_START.test(c)) {
      let next = i + 1;
      while (next < statement.length && IDENTIFIER_PART.test(statement[next]!)) next++;
      tokens.push({ kind: "identifier", text: statement.slice(i, next), at: i });
      i = next;
    } else {
      const symbol = SYMBOLS.find((s) => statement.startsWith(s, i));
      if (!symbol) throw notWellFormed("");
      tokens.push({ kind: "symbol", text: symbol, at: i });
      i += symbol.length;
    }
  }
  tokens.push({ kind: "end", at: statement.length });
  placeTokens(statement, tokens);
  return tokens;
}

function placeTokens(statement: string, tokens: Token[]): void {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    for (; scanned < token.at; scanned++) {
      if (statement[scanned] === "\n") {
        line++;
        lineStart = scanned + 1;
      }
    }
    const end = t + 1 < tokens.length ? sourceEnd(statement, token, tokens[t + 1]!.at) : token.at;
    token.position = `${line}:${token.at - lineStart + 1}:${end - token.at}`;
  }
}

/** Where a token's text ends: before the whitespace or comment that separates it from the next. */
function sourceEnd(statement: string, token: Token, nextAt: number): number {
  switch (token.kind) {
    case "parameter":
      return token.at + 1;
    case "symbol":
    case "identifier":
    case "number":
      return token.at + token.text.length;
    default: {
      let end = nextAt;
      while (end > token.at && /\s/.test(statement[end - 1]!)) end--;
      return end;
    }
  }
}

/** A quoted string or name; the quote character doubled stands for itself. */
function quoted(statement: string, start: number): { text: string; next: number } {
  const quote = statement[start]!;
  let text = "";
  let i = start + 1;
  for (;;) {
    const end = statement.indexOf(quote, i);
    if (end < 0) throw notWellFormed("");
    text += statement.slice(i, end);
    if (statement[end + 1] === quote) {
      text += quote;
      i = end + 2;
    } else {
      return { text, next: end + 1 };
    }
  }
}

function numberEnd(statement: string, start: number): number {
  let i = start;
  while (DIGIT.test(statement[i] ?? "")) i++;
  if (statement[i] === "." && DIGIT.test(statement[i + 1] ?? "")) {
    i++;
    while (DIGIT.test(statement[i] ?? "")) i++;
  } else if (statement[i] === "." && !IDENTIFIER_START.test(statement[i + 1] ?? "")) {
    i++;
  }
  if (statement[i] === "e" || statement[i] === "E") {
    let j = i + 1;
    if (statement[j] === "+" || statement[j] === "-") j++;
    if (DIGIT.test(statement[j] ?? "")) {
      while (DIGIT.test(statement[j] ?? "")) j++;
      i = j;
    }
  }
  return i;
}
