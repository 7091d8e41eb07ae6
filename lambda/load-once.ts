/**
 * Code loaded when a request first needs it (an `import()`: infra/lambda-build.ts makes each
 * its own file of the Lambda's asset), loaded once: every later call gets the same promise. A
 * load that fails is not remembered, so the next call tries again rather than failing forever.
 */
export function loadOnce<T>(load: () => Promise<T>): LoadedOnce<T> {
  let loading: Promise<T> | undefined;
  const once: LoadedOnce<T> = Object.assign(
    () => {
      loading ??= load().then(
        (value) => {
          once.loaded = value;
          return value;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    { loaded: undefined },
  );
  return once;
}

/**
 * The loader, and what it loaded once it has: code on a warm turn's path reads `loaded` and
 * awaits nothing (an import() of a module already loaded still costs a lookup and a tick).
 */
export interface LoadedOnce<T> {
  (): Promise<T>;
  loaded: T | undefined;
}
