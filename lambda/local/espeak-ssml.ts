/**
 * espeak-ng plays back-to-back <break> tags as one break, while Alexa plays them all. To time a
 * segment with espeak, adjacent breaks are merged into one of their total length first.
 */
export function mergeAdjacentBreaks(ssml: string): string {
  return ssml.replace(/(?:<break time="\d+ms"\/>\s*)+/g, (run) => {
    const total = [...run.matchAll(/time="(\d+)ms"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    return `<break time="${total}ms"/> `;
  });
}
