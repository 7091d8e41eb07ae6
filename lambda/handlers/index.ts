import { loadOnce } from "../load-once";
import type { Turn } from "../turn/turn";
import type { Handler } from "./handler";
import { launch } from "./launch";

/**
 * The handlers loaded with the skill: what the first request of a session usually is. A cold
 * start is most often "Alexa, open back coach", so that answer should not wait for the code of
 * forty other handlers to be compiled; they are in handlers/all-handlers.ts, loaded once, by the
 * first request these do not declare.
 */
const AT_START: readonly Handler[] = [launch];

/**
 * Picks the handler for a turn: one loaded with the skill when it declares the request type,
 * else the router over every handler (handlers/all-handlers.ts), loaded the first time it is
 * needed (lambda/load-once.ts) and kept for the container's life.
 */
export class SkillRouter {
  private readonly everyHandler = loadOnce(() =>
    import("./all-handlers").then((loaded) => loaded.EVERY_HANDLER),
  );

  /** Synchronous once every handler is loaded: a warm turn does not wait on a promise. */
  route(turn: Turn): Handler | Promise<Handler> {
    const first = AT_START.find((handler) => handler.requests?.includes(turn.requestType));
    if (first) return first;
    const loaded = this.everyHandler.loaded;
    if (loaded) return loaded.route(turn);
    return this.everyHandler().then((every) => every.route(turn));
  }
}
