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

const NUMBER_WORD = /^(?:\d+|hundred|thousand|and|a|an)$/;

/**
 * The phrase with each run of spoken number words as digits ("a sixty minute workout" becomes
 * "a 60 minute workout"), as a device's recognizer hands numbers over. virtual-alexa's number
 * slot knows only one to twenty; words that are not a number are left as they are.
 */
export function withDigits(phrase: string): string {
  const words = phrase.split(/\s+/);
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    // Leading "a"/"an"/"and" belong to the sentence unless a "hundred" follows.
    while (run.length > 0 && /^(?:and|an)$/.test(run[0] ?? "")) out.push(run.shift() ?? "");
    if (run[0] === "a" && run[1] !== "hundred" && run[1] !== "thousand")
      out.push(run.shift() ?? "");
    const trailing: string[] = [];
    while (run.length > 0 && /^(?:and|a|an)$/.test(run.at(-1) ?? ""))
      trailing.unshift(run.pop() ?? "");
    const value = run.length > 0 ? spokenNumber(run.join(" ")) : "?";
    if (value === "?") out.push(...run);
    else out.push(value);
    out.push(...trailing);
    run = [];
  };
  for (const word of words) {
    const lower = word.toLowerCase();
    if (UNITS[lower] !== undefined || NUMBER_WORD.test(lower)) run.push(lower);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out.join(" ");
}

const DURATION_UNITS: Readonly<Record<string, "H" | "M" | "S">> = {
  hour: "H",
  hours: "H",
  minute: "M",
  minutes: "M",
  min: "M",
  mins: "M",
  second: "S",
  seconds: "S",
};

/**
 * What Alexa sends for AMAZON.DURATION: ISO 8601 ("thirty minutes" is "PT30M", "an hour and a
 * half" "PT1H30M"); "?" when the words are no duration, as on a device.
 */
export function spokenDuration(text: string): string {
  const words = text.toLowerCase().replace(/-/g, " ").split(/\s+/).filter(Boolean);
  const parts: Partial<Record<"H" | "M" | "S", number>> = {};
  let amount: string[] = [];
  for (const [i, word] of words.entries()) {
    const unit = DURATION_UNITS[word];
    if (unit) {
      const said = amount.filter((w) => w !== "and");
      const n =
        said.length === 0 || (said.length === 1 && /^an?$/.test(said[0] ?? ""))
          ? 1
          : Number(spokenNumber(said.join(" ")));
      if (!Number.isFinite(n)) return "?";
      parts[unit] = (parts[unit] ?? 0) + n;
      amount = [];
    } else if (word === "half" && (words[i - 1] === "a" || words[i - 1] === "and")) {
      // "an hour and a half": half of the unit before.
      if (parts.H !== undefined && parts.M === undefined) parts.M = 30;
      else if (parts.M !== undefined) parts.S = (parts.S ?? 0) + 30;
      amount = [];
    } else amount.push(word);
  }
  if (Object.keys(parts).length === 0 || amount.some((w) => !/^(?:and|a)$/.test(w))) return "?";
  return `PT${parts.H ? `${parts.H}H` : ""}${parts.M ? `${parts.M}M` : ""}${parts.S ? `${parts.S}S` : ""}`;
}
