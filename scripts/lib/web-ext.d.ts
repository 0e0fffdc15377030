/**
 * The part of web-ext's programmatic API (`cmd`) that scripts/ use; web-ext ships no types. As
 * of web-ext 10, each command takes its options and `{ shouldExitProgram: false }` so that a
 * failure is a rejected promise instead of the process exiting.
 */
declare module 'web-ext' {
  /** How the command ends: never by exiting the process for us. */
  interface RunOptions {
    shouldExitProgram: false;
  }
  /** One message of `web-ext lint`. */
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
  }
  export const cmd: {
    /** Zips `sourceDir` into `artifactsDir`. */
    build(
      params: { sourceDir: string; artifactsDir: string; overwriteDest?: boolean; filename?: string },
      options: RunOptions,
    ): Promise<{ extensionPath: string }>;
    /** Lints the extension in `sourceDir`. */
    lint(
      params: { sourceDir: string; output?: 'text' | 'json'; selfHosted?: boolean; boring?: boolean },
      options: RunOptions,
    ): Promise<{
      summary?: { errors?: number; warnings?: number; notices?: number };
      errors?: LintMessage[];
      warnings?: LintMessage[];
    }>;
    /** Runs a browser with the extension in `sourceDir` loaded, reloading it on change. */
    run(params: { sourceDir: string; target: string[]; firefox?: string; startUrl?: string[] }, options: RunOptions): Promise<unknown>;
  };
}
