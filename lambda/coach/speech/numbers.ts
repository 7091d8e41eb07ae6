/**
 * Numbers as words. Counts are written out ("twelve", not "12") so the text we time is the text
 * Alexa says, and so the speech-rate estimate counts the words a listener actually hears.
 */

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
] as const;

const TENS = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
] as const;

/** 0..9999 as English words ("one thousand three hundred"). */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) {
    throw new RangeError(`numberWords supports whole numbers 0..9999, got ${n}`);
  }
  if (n < 20) return ONES[n] as string;
  if (n < 100) {
    const tens = TENS[Math.floor(n / 10)] as string;
    return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]}`;
  }
  if (n < 1000) {
    const rest = n % 100;
    const hundreds = `${ONES[Math.floor(n / 100)]} hundred`;
    return rest === 0 ? hundreds : `${hundreds} ${numberWords(rest)}`;
  }
  const rest = n % 1000;
  const thousands = `${ONES[Math.floor(n / 1000)]} thousand`;
  return rest === 0 ? thousands : `${thousands} ${numberWords(rest)}`;
}

/** A duration the way a coach says it: "thirty seconds", "two minutes", "two and a half minutes". */
export function durationWords(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return whole === 1 ? "one second" : `${numberWords(whole)} seconds`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const minutePart = minutes === 1 ? "one minute" : `${numberWords(minutes)} minutes`;
  if (rest === 0) return minutePart;
  if (rest === 30) {
    return minutes === 1 ? "a minute and a half" : `${numberWords(minutes)} and a half minutes`;
  }
  return `${minutePart} ${numberWords(rest)}`;
}

/** "one set", "three sets". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${numberWords(n)} ${n === 1 ? singular : pluralForm}`;
}
