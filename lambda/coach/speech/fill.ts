/**
 * Fills a sentence from a words file: fill("About {kcal} calories.", { kcal: "1,850" }).
 * Placeholders are named rather than positional, so a translation can put them in any order.
 * A placeholder with no value is a bug in the words file or its caller, so it throws (the tests
 * speak every sentence) instead of saying "{kcal}" aloud.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  // Most lines have nothing to fill; they are said as they are.
  if (!template.includes("{")) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}
