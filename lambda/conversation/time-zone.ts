import type { HandlerInput } from "ask-sdk-core";
import { isKnownTimeZone } from "../coach";
import type { Logger } from "../logger";
import { getState, updateState } from "./session-state";

/** The Alexa Settings API must answer quickly; a turn has other work to do within 8 s. */
export const TIME_ZONE_TIMEOUT_MS = 1000;

export interface TimeZoneSource {
  /** The device's time zone ("Europe/Berlin"), or "UTC" when it cannot be known. */
  timeZoneOf(h: HandlerInput): Promise<string>;
}

/**
 * The device's time zone from the Alexa Settings API (System.timeZone), asked at most once a
 * session and only when a question needs the user's calendar. Any failure means UTC: the
 * answer may then be a few hours off at a day's edge, never a crash.
 */
export function alexaSettingsTimeZone(logger: Logger): TimeZoneSource {
  return {
    async timeZoneOf(h) {
      const known = getState(h).timeZone;
      if (known) return known;
      const zone = await fetchTimeZone(h).catch((error: unknown) => {
        logger.warn("Could not read the device time zone; using UTC", { error });
        return undefined;
      });
      const timeZone = zone && isKnownTimeZone(zone) ? zone : "UTC";
      updateState(h, (state) => ({ ...state, timeZone }));
      return timeZone;
    },
  };
}

/** GET {apiEndpoint}/v2/devices/{deviceId}/settings/System.timeZone, answered with a JSON string. */
async function fetchTimeZone(h: HandlerInput): Promise<string | undefined> {
  const system = h.requestEnvelope.context?.System;
  const deviceId = system?.device?.deviceId;
  if (!deviceId || !system?.apiEndpoint || !system.apiAccessToken) return undefined;
  const url = `${system.apiEndpoint}/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`;
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${system.apiAccessToken}`, accept: "application/json" },
    signal: AbortSignal.timeout(TIME_ZONE_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Settings API answered ${response.status}`);
  const zone: unknown = await response.json();
  return typeof zone === "string" ? zone : undefined;
}
