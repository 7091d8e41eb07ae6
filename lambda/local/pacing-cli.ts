/**
 * `npm run pacing -- ID`: renders each segment of a workout with espeak-ng and compares the
 * audio's length with the engine's estimate. Alexa's voice differs, but a rushed count or a
 * block that runs long shows up plainly. Needs espeak-ng and sox (`apt-get install espeak-ng sox`).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mergeAdjacentBreaks } from "./espeak-ssml";
import { listWorkouts, workoutScript } from "./workout-preview";

/** Alexa's rate in our timing model (150 words a minute); espeak takes words per minute. */
const ESPEAK_WPM = "150";

function main(id: string | undefined): number {
  const script = id === undefined ? undefined : workoutScript(id);
  if (!script) {
    process.stderr.write(
      `Usage: npm run pacing -- ID\nIds: ${listWorkouts()
        .map((w) => w.id)
        .join(", ")}\n`,
    );
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), "back-coach-pacing-"));
  try {
    let estimated = 0;
    let measured = 0;
    script.segments.forEach((segment, i) => {
      const ssml = join(dir, "segment.ssml");
      const wav = join(dir, "segment.wav");
      writeFileSync(ssml, mergeAdjacentBreaks(segment.ssml));
      execFileSync("espeak-ng", ["-m", "-s", ESPEAK_WPM, "-w", wav, "-f", ssml]);
      const seconds = Number(execFileSync("soxi", ["-D", wav], { encoding: "utf8" }));
      estimated += segment.estimatedSeconds;
      measured += seconds;
      const drift = ((seconds - segment.estimatedSeconds) / segment.estimatedSeconds) * 100;
      process.stdout.write(
        `#${String(i + 1).padStart(2)}  estimated ${segment.estimatedSeconds.toFixed(1).padStart(6)}s  espeak ${seconds.toFixed(1).padStart(6)}s  ${drift >= 0 ? "+" : ""}${drift.toFixed(1)}%\n`,
      );
    });
    process.stdout.write(
      `total estimated ${(estimated / 60).toFixed(1)} min, espeak ${(measured / 60).toFixed(1)} min\n`,
    );
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv[2]);
