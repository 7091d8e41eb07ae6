import type { RemindersApi } from "./conversation/reminders-api";
import type { TimeZoneSource } from "./conversation/time-zone";
import { loadOnce } from "./load-once";
import type { Logger } from "./logger";

/**
 * Alexa's device APIs as handlers use them: the time zone (Settings API) and reminders. Few
 * requests call one (today's plan, a reminder), so each client, with what it needs to read the
 * answers (calendars, schedules), loads with the first call, once.
 */
export function alexaDeviceApis(logger: Logger): {
  readonly timeZones: TimeZoneSource;
  readonly reminders: RemindersApi;
} {
  const timeZones = loadOnce(() =>
    import("./conversation/time-zone").then((m) => m.alexaSettingsTimeZone(logger)),
  );
  const reminders = loadOnce(() =>
    import("./conversation/reminders-api").then((m) => m.alexaReminders(logger)),
  );
  return {
    timeZones: { timeZoneOf: async (turn, state) => (await timeZones()).timeZoneOf(turn, state) },
    reminders: {
      create: async (api, body) => (await reminders()).create(api, body),
      list: async (api) => (await reminders()).list(api),
      remove: async (api, id) => (await reminders()).remove(api, id),
    },
  };
}
