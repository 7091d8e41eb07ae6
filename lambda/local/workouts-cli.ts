/**
 * `npm run workouts -- list [--json]` and `npm run workouts -- show ID [--json]`: preview every
 * workout's spoken script without Alexa. Contract in docs/architecture.md (Contracts).
 */
import { speechText } from "./speech-text";
import { announcedMinutesOf, listWorkouts, workoutScript } from "./workout-preview";

const USAGE =
  "Usage: npm run workouts -- list [--json]\n       npm run workouts -- show ID [--json]";

function minutes(seconds: number): string {
  return `${(seconds / 60).toFixed(1)} min`;
}

function main(args: readonly string[]): number {
  const json = args.includes("--json");
  const [command, id, ...extra] = args.filter((arg) => arg !== "--json");
  if (command === "list" && id === undefined) {
    const workouts = listWorkouts();
    if (json) {
      process.stdout.write(`${JSON.stringify(workouts, null, 2)}\n`);
      return 0;
    }
    for (const w of workouts) {
      process.stdout.write(
        `${w.id.padEnd(26)} ${String(w.minutes).padStart(3)} min (spoken ${minutes(w.estimatedSeconds)}, announced ${announcedMinutesOf(w.id)} min)  ${w.title}  [${w.equipment.join(", ")}]\n`,
      );
    }
    return 0;
  }
  if (command === "show" && id !== undefined && extra.length === 0) {
    const script = workoutScript(id);
    if (!script) {
      const ids = listWorkouts().map((w) => w.id);
      process.stderr.write(`No workout with id "${id}". Valid ids:\n  ${ids.join("\n  ")}\n`);
      return 1;
    }
    if (json) {
      process.stdout.write(`${JSON.stringify(script, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(
      `${script.title} (${script.id}): ${minutes(script.estimatedSeconds)} of coaching\n`,
    );
    script.segments.forEach((segment, i) => {
      process.stdout.write(
        `\n#${i + 1} (${segment.estimatedSeconds}s)\n${speechText(segment.ssml)}\n`,
      );
    });
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

// `npm run workouts -- show hiit | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

process.exitCode = main(process.argv.slice(2));
