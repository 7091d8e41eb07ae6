import { parseNumber } from "./spoken-number";

/**
 * What Alexa sends for AMAZON.DURATION: ISO 8601, in the units the user said ("ninety minutes"
 * is "PT90M", not "PT1H30M"), a half or a quarter carried into the next smaller unit ("an hour
 * and a half" is "PT1H30M", "half a minute" "PT30S"); "?" when the words are no duration, as on
 * a device.
 */

type Unit = "W" | "D" | "H" | "M" | "S";

const UNITS: Readonly<Record<string, Unit>> = {
  week: "W",
  weeks: "W",
  day: "D",
  days: "D",
  hour: "H",
  hours: "H",
  hr: "H",
  hrs: "H",
  minute: "M",
  minutes: "M",
  min: "M",
  mins: "M",
  second: "S",
  seconds: "S",
  sec: "S",
  secs: "S",
};

/** Each unit, biggest first, with how many of the next one make it. */
const ORDER: readonly Unit[] = ["W", "D", "H", "M", "S"];
const NEXT_FACTOR: Readonly<Record<Unit, number>> = { W: 7, D: 24, H: 60, M: 60, S: 0 };

/** A fraction said on its own before a unit: "half an hour", "a quarter of an hour". */
const FRACTIONS: readonly (readonly [RegExp, number])[] = [
  [/^(?:a )?half(?: an?)?$/, 0.5],
  [/^(?:a )?quarter(?: of)?(?: an?)?$/, 0.25],
  [/^three quarters?(?: of)?(?: an?)?$/, 0.75],
];
/** A fraction added to a whole amount, before its unit or after it: "two and a half hours". */
const ADDED_FRACTION = /^and an? (half|quarter)$/;

const HEDGES = /^(?:about|around|roughly|approximately|maybe|like|just|only|um|uh)$/;

export function spokenDuration(text: string): string {
  const words = text.toLowerCase().replace(/-/g, " ").split(/\s+/).filter(Boolean);
  while (words.length > 0 && HEDGES.test(words[0] ?? "")) words.shift();
  if (words.at(-2) === "or" && words.at(-1) === "so") words.splice(-2);
  const amounts: Partial<Record<Unit, number>> = {};
  let said: string[] = [];
  let lastUnit: Unit | undefined;
  for (let i = 0; i < words.length; i++) {
    const unit = UNITS[words[i] ?? ""];
    if (!unit) {
      said.push(words[i] ?? "");
      continue;
    }
    let amount = amountOf(said);
    // "an hour and a half": the fraction comes after the unit it belongs to.
    const after = ADDED_FRACTION.exec(words.slice(i + 1, i + 4).join(" "));
    if (after && amount !== undefined) {
      amount += after[1] === "half" ? 0.5 : 0.25;
      i += 3;
    }
    if (amount === undefined || amounts[unit] !== undefined) return "?";
    amounts[unit] = amount;
    lastUnit = unit;
    said = [];
  }
  // "an hour fifteen", "two minutes thirty": a bare number after a unit is of the next one,
  // and less than makes one of it.
  if (said.length > 0) {
    const rest = amountOf(said);
    const next = lastUnit && ORDER[ORDER.indexOf(lastUnit) + 1];
    const fits =
      rest !== undefined &&
      lastUnit &&
      next &&
      Number.isInteger(rest) &&
      rest < NEXT_FACTOR[lastUnit];
    if (!fits || amounts[next] !== undefined) return "?";
    amounts[next] = rest;
  }
  return lastUnit ? iso(amounts) : "?";
}

/** How many of a unit the words before it say, fractions included; undefined when none. */
function amountOf(words: readonly string[]): number | undefined {
  const said = words[0] === "and" ? words.slice(1) : words;
  const text = said.join(" ");
  if (text === "a" || text === "an") return 1;
  for (const [pattern, value] of FRACTIONS) if (pattern.test(text)) return value;
  const added = /^(.+) and an? (half|quarter)$/.exec(text);
  if (added?.[1]) {
    const whole = amountOf(added[1].split(" "));
    if (whole === undefined || !Number.isInteger(whole)) return undefined;
    return whole + (added[2] === "half" ? 0.5 : 0.25);
  }
  const parsed = text === "" ? undefined : parseNumber(text);
  if (parsed?.kind === "whole") return parsed.value;
  if (parsed?.kind === "decimal") return Number(parsed.text);
  return undefined;
}

/** ISO 8601 from amounts per unit, each fraction carried into the next smaller unit. */
function iso(amounts: Partial<Record<Unit, number>>): string {
  const whole: Partial<Record<Unit, number>> = {};
  let carry = 0;
  for (const unit of ORDER) {
    const value = (amounts[unit] ?? 0) + carry;
    if (amounts[unit] === undefined && carry === 0) continue;
    const units = Math.floor(value + 1e-9);
    whole[unit] = units;
    carry = (value - units) * NEXT_FACTOR[unit];
    if (carry < 1e-6) carry = 0;
  }
  if (carry !== 0 || Object.values(whole).every((n) => n === 0)) return "?";
  const part = (unit: Unit): string => (whole[unit] ? `${whole[unit]}${unit}` : "");
  const time = `${part("H")}${part("M")}${part("S")}`;
  return `P${part("W")}${part("D")}${time ? `T${time}` : ""}`;
}
