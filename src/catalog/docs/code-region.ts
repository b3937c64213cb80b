/**
 * The lines between `// #region <name>` and `// #endregion <name>` in a source file, with their
 * common indentation removed. Throws when the region is missing or unterminated, so a renamed
 * region breaks the docs check instead of silently dropping an example.
 */
export function extractRegion(source: string, name: string, file = "source"): string {
  const lines = source.split("\n");
  const marker = (kind: string) => new RegExp(`^\\s*//\\s*#${kind}\\s+${escape(name)}\\s*$`);
  const start = lines.findIndex((line) => marker("region").test(line));
  if (start === -1) throw new Error(`${file}: no '// #region ${name}'`);
  const end = lines.findIndex((line, index) => index > start && marker("endregion").test(line));
  if (end === -1) throw new Error(`${file}: '// #region ${name}' has no '// #endregion ${name}'`);
  // Regions may nest or sit side by side; their markers never belong in the shown code.
  const body = lines.slice(start + 1, end).filter((line) => !/^\s*\/\/\s*#(end)?region\b/.test(line));
  while (body.length > 0 && body[0]!.trim() === "") body.shift();
  while (body.length > 0 && body[body.length - 1]!.trim() === "") body.pop();
  const indents = body
    .filter((line) => line.trim() !== "")
    .map((line) => line.length - line.trimStart().length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return body.map((line) => line.slice(common)).join("\n");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
