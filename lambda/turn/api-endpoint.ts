/**
 * Where the Alexa APIs (Settings, Reminders) may be called. A request names its own API
 * endpoint (context.System.apiEndpoint), and the skill sends the user's access token there; a
 * request that got past the skill-id check and the signature could otherwise point that token,
 * and the skill's own calls, anywhere (the Lambda runtime listens on loopback). So only Alexa's
 * regional endpoints are trusted, over HTTPS; tests that stand in for Alexa on 127.0.0.1 say so.
 */
export type ApiEndpointCheck = (endpoint: string) => boolean;

/** The three regions' endpoints, as Alexa sends them (North America, Europe, Far East). */
const ALEXA_API_HOSTS: readonly string[] = [
  "api.amazonalexa.com",
  "api.eu.amazonalexa.com",
  "api.fe.amazonalexa.com",
];

export const alexaApiOnly: ApiEndpointCheck = (endpoint) => {
  const url = urlOf(endpoint);
  return (
    url?.protocol === "https:" &&
    url.port === "" &&
    ALEXA_API_HOSTS.includes(url.hostname) &&
    (url.pathname === "/" || url.pathname === "")
  );
};

/** Alexa's, or a stand-in on this machine's loopback (tests and local tools only). */
export const alexaApiOrLoopback: ApiEndpointCheck = (endpoint) =>
  alexaApiOnly(endpoint) || urlOf(endpoint)?.hostname === "127.0.0.1";

function urlOf(endpoint: string): URL | undefined {
  try {
    return new URL(endpoint);
  } catch {
    return undefined;
  }
}
