/** The browser a bundle is built for ("chrome" or "firefox"), replaced by esbuild at build time. */
declare const __BROWSER__: string | undefined;
/** True in extension bundles, whose embedded pack JSON the build has already validated. */
declare const __PACK_PREVALIDATED__: boolean | undefined;
/** The seed pack's alias variants as a JSON `VariantTable` (src/core/context.ts), replaced by esbuild in extension bundles. */
declare const __SEED_VARIANTS__: string | undefined;
