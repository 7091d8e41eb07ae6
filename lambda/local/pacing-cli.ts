/**
 * `npm run pacing -- ID [--pace P]`: renders each segment of a workout with espeak-ng and
 * compares the audio's length with the engine's estimate (at pace P, standard by default);
 * then, at every pace the user can choose, times each counted set against reps x tempo and
 * flags any set more than 10% off. Exits non-zero when one is. Alexa's voice differs, but a
 * rushed count or a block that runs long shows up plainly. Needs espeak-ng and sox
 * (`apt-get install espeak-ng sox`).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isPace, PACES, type Pace, STANDARD_PACE } from "../coach/pace";
import { mergeAdjacentBreaks } from "./espeak-ssml";
import { countedSets } from "./set-counts";
import { listWorkouts, workoutScript } from "./workout-preview";

/** Alexa's rate in our timing model (150 words a minute); espeak takes words per minute. */
const ESPEAK_WPM = "150";
/** A set counted more than this far from reps x tempo is rushed or dragging. */
const COUNT_TOLERANCE = 0.1;

const percent = (fraction: number): string =>
  `${fraction >= 0 ? "+" : ""}${(fraction * 100).toFixed(1)}%`;

/** Seconds espeak takes to say one SSML document. */
function espeakSeconds(dir: string, ssml: string): number {
  const file = join(dir, "speech.ssml");
  const wav = join(dir, "speech.wav");
  writeFileSync(file, mergeAdjacentBreaks(ssml));
  execFileSync("espeak-ng", ["-m", "-s", ESPEAK_WPM, "-w", wav, "-f", file]);
  return Number(execFileSync("soxi", ["-D", wav], { encoding: "utf8" }));
}

/** Each segment's espeak length beside its estimate, as before paces existed. */
function timeSegments(dir: string, id: string, pace: Pace): void {
  const script = workoutScript(id, undefined, pace);
  if (!script) return;
  let estimated = 0;
  let measured = 0;
  script.segments.forEach((segment, i) => {
    const seconds = espeakSeconds(dir, segment.ssml);
    estimated += segment.estimatedSeconds;
    measured += seconds;
    const drift = (seconds - segment.estimatedSeconds) / segment.estimatedSeconds;
    process.stdout.write(
      `#${String(i + 1).padStart(2)}  estimated ${segment.estimatedSeconds.toFixed(1).padStart(6)}s  espeak ${seconds.toFixed(1).padStart(6)}s  ${percent(drift)}\n`,
    );
  });
  process.stdout.write(
    `total at pace ${pace}: estimated ${(estimated / 60).toFixed(1)} min, espeak ${(measured / 60).toFixed(1)} min\n`,
  );
}

/**
 * Every counted set at every pace: the count's audio after "Go." (measured by subtracting a
 * lone "Go.") against reps x tempo. Returns how many sets were outside the tolerance.
 */
function timeCounts(dir: string, id: string): number {
  const go = espeakSeconds(dir, "<speak>Go.</speak>");
  const measuredBy = new Map<string, number>();
  let outside = 0;
  let total = 0;
  process.stdout.write("\ncounted sets, measured count vs reps x tempo, at each pace:\n");
  for (const pace of PACES) {
    process.stdout.write(`pace ${pace}${pace === STANDARD_PACE ? " (standard)" : ""}\n`);
    for (const set of countedSets(id, pace)) {
      // Sets of one move count the same: timed once.
      let measured = measuredBy.get(set.ssml);
      if (measured === undefined) {
        measured = espeakSeconds(dir, set.ssml) - go;
        measuredBy.set(set.ssml, measured);
      }
      const drift = (measured - set.nominalSeconds) / set.nominalSeconds;
      const off = Math.abs(drift) > COUNT_TOLERANCE;
      if (off) outside++;
      total++;
      const hold = set.holdSeconds > 0 ? ` + ${set.holdSeconds} s hold` : "";
      process.stdout.write(
        `  ${set.label.padEnd(50)} ${String(set.reps).padStart(2)} x ${set.repSeconds.toFixed(2)} s${hold} = ${set.nominalSeconds.toFixed(1).padStart(5)}s  espeak ${measured.toFixed(1).padStart(5)}s  ${percent(drift)}${off ? "  OUTSIDE 10%" : ""}\n`,
      );
    }
  }
  process.stdout.write(
    outside === 0
      ? `all ${total} counted sets within 10% of their tempo at every pace\n`
      : `${outside} of ${total} counted sets outside 10% of their tempo\n`,
  );
  return outside;
}

function main(args: readonly string[]): number {
  const [id, flag, value] = args;
  const pace = flag === "--pace" ? Number(value) : STANDARD_PACE;
  const known = id !== undefined && workoutScript(id) !== undefined;
  if (!known || (flag !== undefined && (flag !== "--pace" || !isPace(pace)))) {
    process.stderr.write(
      `Usage: npm run pacing -- ID [--pace ${PACES.join("|")}]\nIds: ${listWorkouts()
        .map((w) => w.id)
        .join(", ")}\n`,
    );
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), "back-coach-pacing-"));
  try {
    timeSegments(dir, id, isPace(pace) ? pace : STANDARD_PACE);
    return timeCounts(dir, id) === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
