import { canonicalTimeZone, isKnownTimeZone } from "../coach/progress/calendar";
import type { Logger } from "../logger";
import type { SessionState } from "../turn/session-state";
import type { DeviceApi, Turn } from "../turn/turn";

/** The Alexa Settings API must answer quickly; a turn has other work to do within 8 s. */
export const TIME_ZONE_TIMEOUT_MS = 1000;

export interface TimeZoneSource {
  /** The device's time zone ("Europe/Berlin"), or "UTC" when it cannot be known; kept in the state. */
  timeZoneOf(turn: Turn, state: SessionState): Promise<{ timeZone: string; state: SessionState }>;
}

/**
 * The device's time zone from the Alexa Settings API (System.timeZone), asked at most once a
 * session and only when a question needs the user's calendar. Any failure means UTC: the
 * answer may then be a few hours off at a day's edge, never a crash.
 */
export function alexaSettingsTimeZone(logger: Logger): TimeZoneSource {
  return {
    async timeZoneOf(turn, state) {
      if (state.timeZone) return { timeZone: state.timeZone, state };
      const zone = turn.api
        ? await fetchTimeZone(turn.api).catch((error: unknown) => {
            logger.warn("Could not read the device time zone; using UTC", { error });
            return undefined;
          })
        : undefined;
      const timeZone = zone && isKnownTimeZone(zone) ? canonicalTimeZone(zone) : "UTC";
      return { timeZone, state: { ...state, timeZone } };
    },
  };
}

/** GET {apiEndpoint}/v2/devices/{deviceId}/settings/System.timeZone, answered with a JSON string. */
async function fetchTimeZone(api: DeviceApi): Promise<string | undefined> {
  const url = `${api.endpoint}/v2/devices/${encodeURIComponent(api.deviceId)}/settings/System.timeZone`;
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${api.token}`, accept: "application/json" },
    signal: AbortSignal.timeout(TIME_ZONE_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Settings API answered ${response.status}`);
  const zone: unknown = await response.json();
  return typeof zone === "string" && zone.length <= 64 ? zone : undefined;
}
