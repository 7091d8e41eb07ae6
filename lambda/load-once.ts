/**
 * Code loaded when a request first needs it (an `import()`: infra/lambda-build.ts makes each
 * its own file of the Lambda's asset), loaded once: every later call gets the same promise. A
 * load that fails is not remembered, so the next call tries again rather than failing forever.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
