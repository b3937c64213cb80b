/**
 * A small YAML emitter and reader for the subset the generated templates use: block maps and
 * lists, double-quoted strings, numbers, booleans, null, and empty `[]` / `{}`. Strings are always
 * quoted, so no value ever changes type on the way back (`"true"`, `"010"` stay strings).
 */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

export function toYaml(value: YamlValue): string {
  return `${emit(value, "")}\n`;
}

function emit(value: YamlValue, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return value
      .map((element) => {
        const text = emit(element, `${indent}  `);
        return isBlock(element) ? `${indent}- ${text.slice(indent.length + 2)}` : `${indent}- ${text}`;
      })
      .join("\n");
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return entries
      .map(([key, member]) => {
        const name = `${indent}${emitKey(key)}:`;
        if (!isBlock(member)) return `${name} ${emit(member, indent)}`;
        return `${name}\n${emit(member, `${indent}  `)}`;
      })
      .join("\n");
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" && !Number.isFinite(value))
    throw new TypeError(`cannot write ${value} as YAML`);
  return String(value);
}

function isBlock(value: YamlValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === "object" && Object.keys(value).length > 0;
}

function emitKey(key: string): string {
  return /^[A-Za-z0-9_]+$/.test(key) ? key : JSON.stringify(key);
}

interface Line {
  indent: number;
  text: string;
  number: number;
}

/** Reads YAML written by `toYaml` (and hand edits that stay within its subset). */
export function parseYaml(source: string): YamlValue {
  const lines: Line[] = [];
  source.split("\n").forEach((raw, index) => {
    const text = raw.trimEnd();
    const content = text.trimStart();
    if (content === "" || content.startsWith("#")) return;
    lines.push({ indent: text.length - content.length, text: content, number: index + 1 });
  });
  if (lines.length === 0) return null;
  const cursor = { position: 0 };
  const value = parseBlock(lines, cursor, lines[0]!.indent);
  if (cursor.position < lines.length) fail(lines[cursor.position]!, "unexpected indentation");
  return value;
}

function parseBlock(lines: Line[], cursor: { position: number }, indent: number): YamlValue {
  const first = lines[cursor.position]!;
  if (first.text === "-" || first.text.startsWith("- ")) {
    const list: YamlValue[] = [];
    while (cursor.position < lines.length) {
      const line = lines[cursor.position]!;
      if (line.indent !== indent || !(line.text === "-" || line.text.startsWith("- "))) break;
      const rest = line.text.slice(2);
      if (rest.trim() === "") {
        cursor.position += 1;
        list.push(parseBlock(lines, cursor, lines[cursor.position]?.indent ?? indent + 2));
      } else {
        // "- key: value" opens a map whose later keys sit two columns further in.
        lines[cursor.position] = { indent: indent + 2, text: rest, number: line.number };
        list.push(
          isScalarLine(rest) ? scalarAndAdvance(lines, cursor, rest) : parseBlock(lines, cursor, indent + 2),
        );
      }
    }
    return list;
  }
  const map: { [key: string]: YamlValue } = {};
  while (cursor.position < lines.length) {
    const line = lines[cursor.position]!;
    if (line.indent < indent) break;
    if (line.indent > indent) fail(line, "unexpected indentation");
    const match = /^("(?:[^"\\]|\\.)*"|[A-Za-z0-9_]+):(?: (.*))?$/.exec(line.text);
    if (!match) fail(line, "expected 'key: value'");
    const key = match[1]!.startsWith('"') ? (JSON.parse(match[1]!) as string) : match[1]!;
    cursor.position += 1;
    if (match[2] !== undefined && match[2] !== "") map[key] = parseScalar(match[2], line);
    else {
      const next = lines[cursor.position];
      const nested = next && (next.indent > indent || (next.indent === indent && next.text.startsWith("- ")));
      map[key] = nested ? parseBlock(lines, cursor, next.indent) : null;
    }
  }
  return map;
}

function isScalarLine(text: string): boolean {
  if (text === "-" || text.startsWith("- ")) return false;
  return !/^("(?:[^"\\]|\\.)*"|[A-Za-z0-9_]+):(?: |$)/.test(text);
}

function scalarAndAdvance(lines: Line[], cursor: { position: number }, text: string): YamlValue {
  const line = lines[cursor.position]!;
  cursor.position += 1;
  return parseScalar(text, line);
}

function parseScalar(text: string, line: Line): YamlValue {
  if (text === "[]") return [];
  if (text === "{}") return {};
  if (text === "true" || text === "false") return text === "true";
  if (text === "null" || text === "~") return null;
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)) return Number(text);
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      fail(line, "malformed quoted string");
    }
  }
  fail(line, `unquoted scalar '${text}' (this reader only takes quoted strings)`);
}

function fail(line: Line, message: string): never {
  throw new SyntaxError(`YAML line ${line.number}: ${message}`);
}
