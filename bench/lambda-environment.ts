/**
 * What a Lambda process starts with, as AWS documents it ("Defined runtime environment
 * variables"), for a function in its folder: the bench runs cold starts in a fresh process
 * with this environment, plus the function's own variables, and nothing of the shell's.
 * Libraries read some of these at start-up (Powertools: the function's name, memory and
 * initialization type; every Date and Intl call: TZ), so leaving them out would time another
 * program.
 */
export function lambdaRuntimeEnvironment(options: {
  readonly taskRoot: string;
  readonly handler: string;
  readonly runtime: string;
  readonly memoryMb: number;
  /** Local credentials: dynalite accepts any, Lambda gives the role's in the same variables. */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly region: string;
}): Record<string, string> {
  const name = "BackCoach-SkillFunction";
  return {
    _HANDLER: options.handler,
    AWS_EXECUTION_ENV: `AWS_Lambda_${options.runtime}`,
    AWS_REGION: options.region,
    AWS_DEFAULT_REGION: options.region,
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(options.memoryMb),
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: "2026/12/01/[$LATEST]bench",
    AWS_ACCESS_KEY_ID: options.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: options.credentials.secretAccessKey,
    AWS_SESSION_TOKEN: "bench",
    LAMBDA_TASK_ROOT: options.taskRoot,
    LANG: "en_US.UTF-8",
    TZ: ":UTC",
    PATH: "/usr/local/bin:/usr/bin/:/bin",
  };
}

/** The context object Lambda's Node.js runtime passes a handler, as JavaScript source. */
export function lambdaContextSource(memoryMb: number, timeoutMs: number): string {
  const name = "BackCoach-SkillFunction";
  return `{
    callbackWaitsForEmptyEventLoop: true,
    functionName: ${JSON.stringify(name)},
    functionVersion: "$LATEST",
    invokedFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:${name}",
    memoryLimitInMB: "${memoryMb}",
    awsRequestId: "00000000-0000-4000-8000-000000000000",
    logGroupName: "/aws/lambda/${name}",
    logStreamName: "2026/12/01/[$LATEST]bench",
    getRemainingTimeInMillis: () => ${timeoutMs},
  }`;
}
