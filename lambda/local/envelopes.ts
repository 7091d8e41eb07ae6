import type { RequestEnvelope } from "ask-sdk-model";
import { DEFAULT_LOCALE } from "../i18n/locales";

/**
 * Requests as Alexa sends them, for the tools that talk to the skill without a device: the
 * tests and the benchmark. One builder, `requestEnvelope`; the rest are uses of it.
 */

export interface EnvelopeParts {
  readonly applicationId: string;
  readonly userId: string;
  /** The request's own fields (its type first); requestId, timestamp and locale are added. */
  readonly request: Readonly<Record<string, unknown>>;
  /** Absent for a skill event, which arrives outside any session. */
  readonly session?: SessionParts | undefined;
  readonly requestId: string;
  readonly timestamp: string;
  readonly locale: string;
  readonly device?: {
    readonly deviceId: string;
    readonly supportedInterfaces?: Readonly<Record<string, unknown>>;
  };
  /** A screen device's context.Viewport (pixelWidth, pixelHeight, dpi, shape, mode). */
  readonly viewport?: Readonly<Record<string, unknown>>;
  /** Where the Alexa APIs are, and the token for them. */
  readonly apiEndpoint?: string;
  readonly apiAccessToken?: string;
}

export interface SessionParts {
  readonly id: string;
  readonly new: boolean;
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** A request envelope with only the parts given, as a device of that kind sends it. */
export function requestEnvelope(parts: EnvelopeParts): RequestEnvelope {
  const { applicationId, userId, session, device, viewport, apiEndpoint, apiAccessToken } = parts;
  return {
    version: "1.0",
    ...(session
      ? {
          session: {
            new: session.new,
            sessionId: session.id,
            application: { applicationId },
            attributes: session.attributes,
            user: { userId },
          },
        }
      : {}),
    context: {
      System: {
        application: { applicationId },
        user: { userId },
        ...(device ? { device: { ...device } } : {}),
        ...(apiEndpoint === undefined ? {} : { apiEndpoint }),
        ...(apiAccessToken === undefined ? {} : { apiAccessToken }),
      },
      ...(viewport ? { Viewport: { ...viewport } } : {}),
    },
    request: {
      requestId: parts.requestId,
      timestamp: parts.timestamp,
      locale: parts.locale,
      ...parts.request,
    },
  } as unknown as RequestEnvelope;
}

/** A well-formed LaunchRequest in a new session, for talking to an entry point directly. */
export function launchEnvelope(
  applicationId: string,
  userId: string,
  timestamp = new Date().toISOString(),
): RequestEnvelope {
  return requestEnvelope({
    applicationId,
    userId,
    request: { type: "LaunchRequest" },
    session: { id: "s", new: true, attributes: {} },
    requestId: "r",
    timestamp,
    locale: DEFAULT_LOCALE,
  });
}

/** A slot as said, with the model value's id when Alexa resolved it (entity resolution). */
export interface SlotInput {
  readonly value: string;
  readonly id?: string;
}

/** The body of an IntentRequest, its slots resolved as Alexa resolves them for this skill. */
export function intentRequest(
  name: string,
  slots: Readonly<Record<string, SlotInput | string>>,
  applicationId: string,
): Record<string, unknown> {
  const intentSlots = Object.fromEntries(
    Object.entries(slots).map(([slotName, input]) => {
      const { value, id } = typeof input === "string" ? { value: input, id: undefined } : input;
      const resolutions = {
        resolutionsPerAuthority: [
          {
            authority: `amzn1.er-authority.echo-sdk.${applicationId}.slot`,
            status: { code: "ER_SUCCESS_MATCH" },
            values: [{ value: { name: value, id } }],
          },
        ],
      };
      const slot = { name: slotName, value, confirmationStatus: "NONE" };
      return [slotName, id ? { ...slot, resolutions } : slot];
    }),
  );
  return {
    type: "IntentRequest",
    intent: { name, confirmationStatus: "NONE", slots: intentSlots },
  };
}
