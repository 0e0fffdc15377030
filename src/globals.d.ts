/** The browser a bundle is built for ("chrome" or "firefox"), replaced by esbuild at build time. */
declare const __BROWSER__: string | undefined;
/** True in extension bundles, whose embedded pack JSON the build has already validated. */
declare const __PACK_PREVALIDATED__: boolean | undefined;
