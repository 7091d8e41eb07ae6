/**
 * SSML as a person reads it in a terminal: tags dropped, entities decoded, and each run of
 * pauses shown as its total length, "(2.5 s)" (or left out with `showPauses: false`).
 */
export function speechText(ssml: string | undefined, { showPauses = true } = {}): string {
  if (!ssml) return "";
  return ssml
    .replace(/(?:\s*<break time="(\d+)ms"\/>\s*)+/g, (run) => {
      if (!showPauses) return " ";
      const ms = [...run.matchAll(/time="(\d+)ms"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      return ` (${Number((ms / 1000).toFixed(2))} s) `;
    })
    .replace(/<[^>]+>/g, " ")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
