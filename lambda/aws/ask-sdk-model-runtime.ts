/**
 * Stands in for ask-sdk-model's runtime in the Lambda bundle (an esbuild alias, see
 * infra/lambda-bundling.ts). ask-sdk-model is types plus generated clients for Alexa's service
 * APIs; ask-sdk-core reads `services.ServiceClientFactory` when it loads but only uses it for a
 * skill built with an API client, which Back Coach is not (it calls the one API it needs,
 * the device's time zone, itself). Leaving the clients out saves about 60 KB a cold start.
 */
export const services = {};
