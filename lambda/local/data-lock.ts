import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

/** The file that says which console holds a data folder: its pid, nothing else. */
export const LOCK_FILE = "console.lock";

/**
 * Another console holds the data folder. The embedded store (LevelDB under dynalite) takes one
 * process at a time; a second one would fail on its first request with "Database is closed",
 * and `--fresh` would delete the first console's data from under it.
 */
export class DataFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `Another console (process ${pid}) is using the data folder ${folder}. ` +
        "Close it, or start this one on another folder with --data DIR (add --fresh to start that one empty).",
    );
    this.name = "DataFolderInUseError";
  }
}

export interface DataLock {
  /** Lets the folder go; only the lock this process took is removed. */
  release(): void;
}

/**
 * Takes the data folder for this process, creating it if needed: a lock file made atomically
 * (`wx`) holding the pid. A lock left by a process that no longer runs (a console killed with
 * SIGKILL, a machine that rebooted) is stale and taken over.
 */
export function lockDataFolder(folder: string): DataLock {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if (!isCode(error, "EEXIST") || attempt > 2) throw error;
      const holder = lockHolder(path) ?? afterAMoment(() => lockHolder(path));
      if (holder !== undefined && holder !== process.pid && isRunning(holder))
        throw new DataFolderInUseError(folder, holder);
      removeIfPresent(path);
    }
  }
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener("exit", release);
    if (lockHolder(path) === process.pid) removeIfPresent(path);
  };
  // An exit that skips the caller's `finally` (process.exit, an uncaught error) still lets go.
  process.on("exit", release);
  return { release };
}

/** A lock file found empty may be one another console is writing this instant: look again. */
function afterAMoment<T>(look: () => T): T {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  return look();
}

/** The pid in a lock file; undefined when the file is gone or holds no pid (a torn write). */
function lockHolder(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, "utf8").trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if (isCode(error, "ENOENT")) return undefined;
    throw error;
  }
}

/** Signal 0 checks that a process exists; EPERM means it does, under another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, "EPERM");
  }
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (!isCode(error, "ENOENT")) throw error;
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
