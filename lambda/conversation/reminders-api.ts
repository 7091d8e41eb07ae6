import { isRecord } from "../is-record";
import type { Logger } from "../logger";
import type { DeviceApi } from "../turn/turn";
import { isAlertToken, type ListedReminder, listedReminders } from "./reminder-request";

/** Each call must answer quickly: a turn may list, cancel and save within Alexa's 8 s. */
export const REMINDERS_TIMEOUT_MS = 1500;
/** The permission a skill needs to set and cancel its own reminders. */
export const REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite";

/**
 * Why a call did not do what was asked, in the terms the user hears: no permission (401, or
 * 403 for anything but the limit), the skill's reminder limit for this user, the service not
 * answering (a network error, a timeout, 429 or 5xx), or a request it refused (other 4xx).
 */
export type RemindersProblem = "permission" | "limit" | "down" | "refused";
export type RemindersResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: RemindersProblem };

/** The Alexa Reminders API, as the skill uses it: only this skill's reminders for this user. */
export interface RemindersApi {
  /** Creates a reminder; its id on success. */
  create(api: DeviceApi, body: Record<string, unknown>): Promise<RemindersResult<string>>;
  list(api: DeviceApi): Promise<RemindersResult<ListedReminder[]>>;
  /** Deletes one; a reminder already gone (404) counts as deleted. */
  remove(api: DeviceApi, id: string): Promise<RemindersResult<true>>;
}

/**
 * The real client: plain fetch to the turn's API endpoint with its access token, one attempt
 * with a timeout. Nothing here throws: every failure is a problem, logged with its status.
 */
export function alexaReminders(logger: Logger): RemindersApi {
  const call = async (
    api: DeviceApi,
    method: "GET" | "POST" | "DELETE",
    path: string,
    body?: Record<string, unknown>,
  ): Promise<RemindersResult<unknown>> => {
    try {
      const response = await fetch(`${api.endpoint}/v1/alerts/reminders${path}`, {
        method,
        headers: {
          authorization: `Bearer ${api.token}`,
          accept: "application/json",
          ...(body ? { "content-type": "application/json" } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(REMINDERS_TIMEOUT_MS),
      });
      const text = await response.text();
      const json = parseJson(text);
      if (response.ok || (method === "DELETE" && response.status === 404))
        return { ok: true, value: json };
      const problem = problemOf(response.status, json);
      logger.warn("Reminders API refused a call", { method, status: response.status, problem });
      return { ok: false, problem };
    } catch (error) {
      logger.warn("Reminders API did not answer", { method, error });
      return { ok: false, problem: "down" };
    }
  };
  return {
    async create(api, body) {
      const result = await call(api, "POST", "", body);
      if (!result.ok) return result;
      const id = isRecord(result.value) ? result.value.alertToken : undefined;
      // Created, but with no id we can read: it is there all the same, and listing finds it.
      return { ok: true, value: isAlertToken(id) ? id : "" };
    },
    async list(api) {
      const result = await call(api, "GET", "");
      return result.ok ? { ok: true, value: listedReminders(result.value) } : result;
    },
    async remove(api, id) {
      if (!isAlertToken(id)) return { ok: false, problem: "refused" };
      const result = await call(api, "DELETE", `/${encodeURIComponent(id)}`);
      return result.ok ? { ok: true, value: true } : result;
    },
  };
}

/** The error body's `code` names the limit; otherwise the status says what went wrong. */
function problemOf(status: number, body: unknown): RemindersProblem {
  const code = isRecord(body) && typeof body.code === "string" ? body.code : "";
  if (/MAX_REMINDERS|LIMIT/i.test(code)) return "limit";
  if (status === 401 || status === 403) return "permission";
  if (status === 429 || status >= 500) return "down";
  return "refused";
}

function parseJson(text: string): unknown {
  if (text === "" || text.length > 256 * 1024) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What cancelling every reminder came to: how many there were, and how many are gone. */
export interface Cancelled {
  readonly found: number;
  readonly cancelled: number;
}

/**
 * Lists this skill's reminders for the user and deletes each (all at once, so a turn waits for
 * one round trip, not one per reminder). The list is the API's: it holds only this skill's.
 */
export async function cancelAll(
  reminders: RemindersApi,
  api: DeviceApi,
): Promise<RemindersResult<Cancelled>> {
  const listed = await reminders.list(api);
  if (!listed.ok) return listed;
  const results = await Promise.all(listed.value.map((r) => reminders.remove(api, r.id)));
  const failed = results.find((r) => !r.ok);
  const cancelled = results.filter((r) => r.ok).length;
  if (failed && !failed.ok && cancelled === 0) return failed;
  return { ok: true, value: { found: listed.value.length, cancelled } };
}
