/** The browser a bundle is built for ("chrome" or "firefox"), replaced by esbuild at build time. */
declare const __BROWSER__: string | undefined;
