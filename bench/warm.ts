/**
 * Warm turns, engine and handlers only: the scripted dialog against an in-memory store, in one
 * process, as a warm Lambda container would run it: half the users on a speaker, half on an
 * Echo Show, each timed on its own. Run with --expose-gc (bench/run.ts does).
 * Prints one JSON line.
 */
import { SILENT_LOGGER } from "../lambda/logger";
import { buildSkill } from "../lambda/skill";
import { BENCH_SCREEN, BENCH_SKILL_ID, SCRIPT, ScriptedUser } from "./dialog";
import { MemoryUserStore } from "./memory-store";
import { percentile } from "./stats";

const WARMUP_TURNS = 500;
const MEASURED_TURNS = 3000;
const LEAK_TURNS = 10_000;
const USERS = 40;

const skill = buildSkill({
  store: new MemoryUserStore(),
  logger: SILENT_LOGGER,
  skillId: BENCH_SKILL_ID,
});
/** Every other user is on an Echo Show: its turns are timed apart (a screen is built each turn). */
const users = Array.from(
  { length: USERS },
  (_, i) =>
    new ScriptedUser(`warm-${i}`, (e) => skill.invoke(e), i % 2 === 1 ? BENCH_SCREEN : undefined),
);
let step = 0;

async function turns(count: number, timings?: number[], screenTimings?: number[]): Promise<void> {
  for (let i = 0; i < count; i++, step++) {
    const user = users[step % USERS] as ScriptedUser;
    const turn = SCRIPT[Math.floor(step / USERS) % SCRIPT.length];
    if (!turn) continue;
    const started = process.hrtime.bigint();
    await user.play(turn);
    const us = Number(process.hrtime.bigint() - started) / 1000;
    ((step % USERS) % 2 === 1 ? screenTimings : timings)?.push(us);
  }
}

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  await turns(WARMUP_TURNS);
  const timings: number[] = [];
  const screenTimings: number[] = [];
  await turns(2 * MEASURED_TURNS, timings, screenTimings);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  await turns(LEAK_TURNS);
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(
    `${JSON.stringify({
      warmTurns: timings.length,
      warmTurnP50Us: Math.round(percentile(timings, 50)),
      warmTurnP99Us: Math.round(percentile(timings, 99)),
      warmScreenTurnP50Us: Math.round(percentile(screenTimings, 50)),
      warmScreenTurnP99Us: Math.round(percentile(screenTimings, 99)),
      peakRssMb: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
      heapGrowthKb: Math.round((heapAfter - heapBefore) / 1024),
    })}\n`,
  );
}

void main();
