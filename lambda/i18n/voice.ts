import type { ExerciseWords, WorkoutWords } from "../coach/catalog/types";
import type { LineCategory } from "../coach/lines";
import type { TipTopic } from "../coach/nutrition/tips";
import { fill } from "../coach/speech/fill";
import type { Locale } from "./locales";
import { type Words, wordsOf } from "./words";

/** Sections whose sentences are said by key; the catalog, tips and rotating lines are by id. */
type SentenceSections = Omit<
  Words,
  "exercises" | "workouts" | "tips" | "coach" | "numbers" | "counts"
>;

/** "skill.welcomeBack", "nutrition.profile.kilos": every sentence of the words, as a typed key. */
type KeysOf<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends readonly unknown[]
      ? never
      : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type SentenceKey = KeysOf<SentenceSections, "">;

/** Things counted with a noun ("three sets", "one move"). */
export type Noun = keyof Words["counts"];

export type Values = Readonly<Record<string, string | number>>;

/**
 * Everything a locale says, through one lookup: sentences by typed key, filled with named
 * values; numbers and durations in words; the catalog's names, cues and steps; rotating lines
 * and tips. The engine is handed a Voice and never picks a locale itself.
 */
export class Voice {
  private readonly sentences = new Map<string, string>();

  constructor(
    readonly locale: Locale,
    private readonly words: Words,
  ) {}

  /** A sentence, with its placeholders filled; a missing key or value throws (see fill). */
  say(key: SentenceKey, values: Values = {}): string {
    return fill(this.sentence(key), values);
  }

  /** 0..9999 in words ("one thousand three hundred"), the way counts are said aloud. */
  number(n: number): string {
    if (!Number.isInteger(n) || n < 0 || n > 9999) {
      throw new RangeError(`number() supports whole numbers 0..9999, got ${n}`);
    }
    const { ones, tens } = this.words.numbers;
    if (n < 20) return ones[n] as string;
    if (n < 100) {
      const ten = tens[Math.floor(n / 10)] as string;
      return n % 10 === 0
        ? ten
        : fill(this.words.numbers.tensAndOnes, { tens: ten, ones: ones[n % 10] as string });
    }
    const [size, pattern] =
      n < 1000 ? [100, this.words.numbers.hundreds] : [1000, this.words.numbers.thousands];
    const big = fill(pattern, { ones: ones[Math.floor(n / size)] as string });
    const rest = n % size;
    return rest === 0 ? big : fill(this.words.numbers.bigAndRest, { big, rest: this.number(rest) });
  }

  /** A duration the way a coach says it: "thirty seconds", "two minutes", "a minute and a half". */
  duration(seconds: number): string {
    const whole = Math.round(seconds);
    if (whole < 60) {
      return whole === 1
        ? this.say("durations.oneSecond")
        : this.say("durations.seconds", { count: this.number(whole) });
    }
    const minutes = Math.floor(whole / 60);
    const rest = whole % 60;
    const minutePart =
      minutes === 1
        ? this.say("durations.oneMinute")
        : this.say("durations.minutes", { count: this.number(minutes) });
    if (rest === 0) return minutePart;
    if (rest === 30) {
      return minutes === 1
        ? this.say("durations.aMinuteAndAHalf")
        : this.say("durations.minutesAndAHalf", { count: this.number(minutes) });
    }
    return this.say("durations.minutesAndSeconds", {
      minutes: minutePart,
      seconds: this.number(rest),
    });
  }

  /** "one set", "three sets". */
  count(noun: Noun, n: number): string {
    const forms = this.words.counts[noun];
    return n === 1 ? forms.one : fill(forms.other, { count: this.number(n) });
  }

  exercise(id: string): ExerciseWords {
    return entry(this.words.exercises, id, "exercises", this.locale);
  }

  workout(id: string): WorkoutWords {
    return entry(this.words.workouts, id, "workouts", this.locale);
  }

  /** A category of the coach's rotating lines (praise, rest, ...). */
  lines(category: LineCategory): readonly string[] {
    return this.words.coach[category];
  }

  /** The tips of a topic, in order. */
  tips(topic: TipTopic): readonly string[] {
    return this.words.tips[topic];
  }

  /** "1,850": grouped digits, as Alexa reads a number a listener should hear as a figure. */
  figure(value: number): string {
    return Math.round(value).toLocaleString(this.locale);
  }

  private sentence(key: string): string {
    let found = this.sentences.get(key);
    if (found === undefined) {
      let at: unknown = this.words;
      for (const part of key.split(".")) {
        at =
          typeof at === "object" && at !== null && Object.hasOwn(at, part)
            ? (at as Record<string, unknown>)[part]
            : undefined;
      }
      if (typeof at !== "string")
        throw new Error(`${this.locale}.words.json has no sentence "${key}"`);
      found = at;
      this.sentences.set(key, found);
    }
    return found;
  }
}

function entry<T>(
  table: Readonly<Record<string, T>>,
  id: string,
  section: string,
  locale: Locale,
): T {
  const found = Object.hasOwn(table, id) ? table[id] : undefined;
  if (!found) throw new Error(`${locale}.words.json has no ${section} entry for "${id}"`);
  return found;
}

const voices = new Map<Locale, Voice>();

/** The voice of a locale, made (and its words loaded) the first time it is needed. */
export function voice(locale: Locale): Voice {
  let found = voices.get(locale);
  if (!found) {
    found = new Voice(locale, wordsOf(locale));
    voices.set(locale, found);
  }
  return found;
}

/** The one locale-aware lookup, for callers that hold a locale rather than a voice. */
export function say(locale: Locale, key: SentenceKey, values?: Values): string {
  return voice(locale).say(key, values);
}
