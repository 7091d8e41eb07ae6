/**
 * What Alexa does with a spoken number before a skill sees it: "forty two" arrives as "42".
 * The console does the same for AMAZON.NUMBER slots; anything else arrives as "?", as on a device.
 */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export function spokenNumber(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/-/g, " ")
    .replace(/^(about|around|roughly|maybe|like)\s+/, "")
    .split(/\s+/)
    .filter((word) => word !== "and" && word !== "");
  if (words.length === 1 && /^\d+$/.test(words[0] ?? "")) return words[0] ?? "?";
  let total = 0;
  let current = 0;
  for (const [i, word] of words.entries()) {
    const unit = UNITS[word];
    if (unit !== undefined) current += unit;
    else if (/^\d+$/.test(word)) current += Number(word);
    else if (word === "a" && (words[i + 1] === "hundred" || words[i + 1] === "thousand"))
      current += 1;
    else if (word === "hundred") current = (current || 1) * 100;
    else if (word === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    } else return "?";
  }
  return words.length === 0 ? "?" : String(total + current);
}
