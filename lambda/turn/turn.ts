import { createHash } from "node:crypto";
import type { RequestEnvelope } from "ask-sdk-model";
import type { UnitSystem } from "../coach/nutrition/units";
import { type Locale, parseLocale, unitsFor } from "../i18n/locales";
import { isRecord } from "../is-record";
import { BUTTON_INTENTS, buttonOf } from "../screens/buttons";
import { type DeviceScreen, parseDeviceScreen } from "./device-screen";
import { ATTRIBUTE_LIMITS, MAX_USER_ID_LENGTH } from "./limits";
import type { SessionState } from "./session-state";

/** A slot as the skill uses it: what was said, and the model's id when Alexa resolved it. */
export interface SlotValue {
  readonly value?: string;
  readonly id?: string;
}

/** What Alexa's Settings API needs to answer for this device. */
export interface DeviceApi {
  readonly endpoint: string;
  readonly token: string;
  readonly deviceId: string;
}

/**
 * One request, read once: everything a handler may know about it, typed and bounded. Built by
 * the turn interceptor (turn/read-turn.ts) before any handler runs; nothing after it reads the
 * envelope or the session attributes again.
 */
export interface Turn {
  readonly requestType: string;
  /**
   * IntentRequest (and CanFulfillIntentRequest); for a screen's UserEvent, the intent its
   * button stands for (screens/buttons.ts), so a touch does what the word does.
   */
  readonly intentName?: string;
  readonly slots: Readonly<Record<string, SlotValue>>;
  /** The opaque Alexa user id, from the envelope only; absent when it cannot address storage. */
  readonly userId?: string;
  /** The request's id as sent; never used in a key as it is (see requestKeyOf). */
  readonly requestId: string;
  /** The request's own time, validated and canonical (ISO 8601, UTC). */
  readonly time: string;
  readonly locale: Locale;
  readonly units: UnitSystem;
  /** Whether the request belongs to a session (conversational requests) or is an event. */
  readonly inSession: boolean;
  /** Interfaces the device announces ("Alexa.Presentation.APL", ...). */
  readonly interfaces: readonly string[];
  /** The device's screen, when it announces APL: where a reply's screen is shown. */
  readonly screen?: DeviceScreen;
  readonly api?: DeviceApi;
  /** Connections.Response: which request it answers, its outcome and the token we sent. */
  readonly connection?: {
    readonly name: string;
    /** The payload's status ("ACCEPTED", "DENIED", "NOT_ANSWERED" for AskFor). */
    readonly status?: string;
    readonly token?: string;
  };
  /** SessionEndedRequest: why, and Alexa's error when there was one. */
  readonly ended?: {
    readonly reason: string;
    readonly errorType?: string;
    readonly errorMessage?: string;
  };
  /** The session's state as the turn begins: parsed from the attributes, or read from storage. */
  readonly state: SessionState;
}

/** Alexa's earliest requests are from 2014; anything far outside our era is not a real time. */
const EARLIEST_TIME = Date.parse("2014-01-01T00:00:00Z");
const LATEST_TIME = Date.parse("2100-01-01T00:00:00Z");

/** The request's timestamp as a canonical ISO time; the epoch when it is missing or absurd. */
export function requestTime(raw: unknown): string {
  if (typeof raw === "string") {
    const alexa = alexaTime(raw);
    if (alexa !== undefined) return alexa;
  }
  const parsed = typeof raw === "string" ? Date.parse(raw) : Number.NaN;
  const valid = Number.isFinite(parsed) && parsed >= EARLIEST_TIME && parsed < LATEST_TIME;
  return new Date(valid ? parsed : 0).toISOString();
}

/**
 * A time written as Alexa writes them ("2026-11-22T09:00:07Z", sometimes with milliseconds),
 * with every part in range, as its canonical ISO form, worked out from its digits: what
 * Date.parse and toISOString would give, without a regular expression's match array and two
 * Dates on every request. Anything else (another form, a 30th of February) is left to them.
 */
function alexaTime(raw: string): string | undefined {
  const length = raw.length;
  const withMs = length === 24;
  if (!withMs && length !== 20) return undefined;
  if (raw.charCodeAt(length - 1) !== Z || (withMs && raw.charCodeAt(19) !== DOT)) return undefined;
  for (let i = 0; i < SEPARATORS.length; i += 2) {
    if (raw.charCodeAt(SEPARATORS[i] as number) !== SEPARATORS[i + 1]) return undefined;
  }
  const year = digitsAt(raw, 0, 4);
  const month = digitsAt(raw, 5, 2);
  const day = digitsAt(raw, 8, 2);
  const hour = digitsAt(raw, 11, 2);
  const minute = digitsAt(raw, 14, 2);
  const second = digitsAt(raw, 17, 2);
  if (year < 0 || (withMs && digitsAt(raw, 20, 3) < 0)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (ms < EARLIEST_TIME || ms >= LATEST_TIME) return undefined;
  return withMs ? raw : `${raw.slice(0, 19)}.000Z`;
}

const Z = 90; // "Z"
const DOT = 46; // "."
/** Where "YYYY-MM-DDTHH:MM:SS" has its separators, and which: each position, then its code. */
const SEPARATORS = [4, 45, 7, 45, 10, 84, 13, 58, 16, 58] as const; // "-", "-", "T", ":", ":"

/** The number `count` ASCII digits at `at` spell, or -1 if any of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** The user id from the request (context first, as Alexa documents), when it can name a partition. */
export function userIdOf(envelope: unknown): string | undefined {
  if (!isRecord(envelope)) return undefined;
  const system = isRecord(envelope.context) ? envelope.context.System : undefined;
  const fromContext = isRecord(system) && isRecord(system.user) ? system.user.userId : undefined;
  const session = envelope.session;
  const fromSession = isRecord(session) && isRecord(session.user) ? session.user.userId : undefined;
  const id = typeof fromContext === "string" && fromContext !== "" ? fromContext : fromSession;
  return typeof id === "string" && id.length > 0 && id.length <= MAX_USER_ID_LENGTH
    ? id
    : undefined;
}

/** 16 hex digits that name a request in storage keys: a hash, whatever the id holds. */
export function requestKeyOf(turn: Pick<Turn, "requestId">): string {
  return createHash("sha256").update(turn.requestId).digest("hex").slice(0, 16);
}

const text = (
  value: unknown,
  max: number = ATTRIBUTE_LIMITS.maxStringLength,
): string | undefined => {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed !== "" && trimmed.length <= max ? trimmed : undefined;
};

/** Slot values as said (bounded) and their resolved ids (only on ER_SUCCESS_MATCH). */
function parseSlots(intent: Record<string, unknown>): Record<string, SlotValue> {
  const slots: Record<string, SlotValue> = {};
  if (!isRecord(intent.slots)) return slots;
  for (const [name, slot] of Object.entries(intent.slots)) {
    if (!isRecord(slot)) continue;
    const value = text(slot.value);
    const id = resolvedId(slot.resolutions);
    if (value !== undefined || id !== undefined)
      slots[name] = {
        ...(value !== undefined ? { value } : {}),
        ...(id !== undefined ? { id } : {}),
      };
  }
  return slots;
}

function resolvedId(resolutions: unknown): string | undefined {
  if (!isRecord(resolutions) || !Array.isArray(resolutions.resolutionsPerAuthority))
    return undefined;
  for (const authority of resolutions.resolutionsPerAuthority) {
    if (!isRecord(authority) || !isRecord(authority.status)) continue;
    if (authority.status.code !== "ER_SUCCESS_MATCH" || !Array.isArray(authority.values)) continue;
    const first: unknown = authority.values[0];
    if (isRecord(first) && isRecord(first.value)) return text(first.value.id, 64);
  }
  return undefined;
}

function parseApi(system: Record<string, unknown>): DeviceApi | undefined {
  const endpoint = text(system.apiEndpoint, 256);
  const token = typeof system.apiAccessToken === "string" ? system.apiAccessToken : undefined;
  const device = isRecord(system.device) ? text(system.device.deviceId, 512) : undefined;
  if (!endpoint || !token || !device || !/^https?:\/\//.test(endpoint)) return undefined;
  return { endpoint, token, deviceId: device };
}

function interfacesOf(system: Record<string, unknown>): string[] {
  const device = isRecord(system.device) ? system.device : undefined;
  const supported =
    device && isRecord(device.supportedInterfaces) ? device.supportedInterfaces : {};
  return Object.keys(supported).slice(0, ATTRIBUTE_LIMITS.maxKeys);
}

function parseEnded(request: Record<string, unknown>): NonNullable<Turn["ended"]> {
  const reason = text(request.reason, 64) ?? "UNKNOWN";
  const error = isRecord(request.error) ? request.error : undefined;
  const errorType = text(error?.type, 64);
  const errorMessage = text(error?.message, 256);
  return {
    reason,
    ...(errorType ? { errorType } : {}),
    ...(errorMessage ? { errorMessage } : {}),
  };
}

/** The answer to a Connections.SendRequest, bounded: nothing else of it is read. */
function parseConnection(request: Record<string, unknown>): NonNullable<Turn["connection"]> {
  const name = text(request.name, 64) ?? "";
  const payload = isRecord(request.payload) ? request.payload : {};
  const status = text(payload.status, 32);
  const token = text(request.token, 128);
  return { name, ...(status ? { status } : {}), ...(token ? { token } : {}) };
}

export const USER_EVENT = "Alexa.Presentation.APL.UserEvent";

/** A UserEvent's button, as the intent it stands for; any other arguments name none. */
function buttonIntent(requestType: string, request: Record<string, unknown>): string | undefined {
  if (requestType !== USER_EVENT || !Array.isArray(request.arguments)) return undefined;
  const button = buttonOf(request.arguments[0]);
  return button ? BUTTON_INTENTS[button] : undefined;
}

/**
 * Reads everything but the session state from a request the envelope guard let through (an
 * object with a typed request); `state` is added once it is known (read-turn.ts).
 */
export function parseRequest(envelope: RequestEnvelope): Omit<Turn, "state"> {
  const raw = envelope as unknown as Record<string, unknown>;
  const request = isRecord(raw.request) ? raw.request : {};
  const system = isRecord(raw.context) && isRecord(raw.context.System) ? raw.context.System : {};
  const requestType = typeof request.type === "string" ? request.type : "";
  // CanFulfillIntentRequest asks about an intent too, without acting on it.
  const hasIntent = requestType === "IntentRequest" || requestType === "CanFulfillIntentRequest";
  const intent = hasIntent && isRecord(request.intent) ? request.intent : undefined;
  const intentName = intent ? text(intent.name, 128) : buttonIntent(requestType, request);
  const locale = parseLocale(request.locale);
  const userId = userIdOf(raw);
  const api = parseApi(system);
  const interfaces = interfacesOf(system);
  const screen = isRecord(raw.context)
    ? parseDeviceScreen(interfaces, raw.context.Viewport)
    : undefined;
  // Assigned field by field rather than spread from conditional literals: parsed every turn.
  const turn: { -readonly [K in keyof Omit<Turn, "state">]: Turn[K] } = {
    requestType,
    slots: intent ? parseSlots(intent) : {},
    requestId: typeof request.requestId === "string" ? request.requestId : "",
    time: requestTime(request.timestamp),
    locale,
    units: unitsFor(request.locale),
    inSession: isRecord(raw.session),
    interfaces,
  };
  if (intentName) turn.intentName = intentName;
  if (userId) turn.userId = userId;
  if (screen) turn.screen = screen;
  if (api) turn.api = api;
  if (requestType === "SessionEndedRequest") turn.ended = parseEnded(request);
  if (requestType === "Connections.Response") turn.connection = parseConnection(request);
  return turn;
}
