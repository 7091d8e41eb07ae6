/**
 * Fills a sentence from a words file: fill("About {kcal} calories.", { kcal: "1,850" }).
 * Placeholders are named rather than positional, so a translation can put them in any order.
 * A placeholder with no value is a bug in the words file or its caller, so it throws (the tests
 * speak every sentence) instead of saying "{kcal}" aloud.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  // Most lines have nothing to fill; they are said as they are.
  let open = template.indexOf("{");
  if (open < 0) return template;
  // Every line said goes through here: one scan with indexOf rather than a regular expression
  // and a callback. A placeholder is "{" word characters "}", as /\{(\w+)\}/g matched.
  let filled = "";
  let from = 0;
  while (open >= 0) {
    let end = open + 1;
    while (end < template.length && isWordCharacter(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === CLOSE) {
      const name = template.slice(open + 1, end);
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
      filled += template.slice(from, open) + String(value);
      from = end + 1;
      open = template.indexOf("{", from);
    } else open = template.indexOf("{", open + 1);
  }
  return filled + template.slice(from);
}

const CLOSE = 125; // "}"

/** What \w matches: ASCII letters, digits and the underscore. */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}
