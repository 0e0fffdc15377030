/**
 * Types of scripts/lib/chromium.mjs, for the e2e support (tests/e2e/support/browsers.ts), which
 * the main tsconfig checks without reading JavaScript; scripts importing it see these too.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { PageReport } from '../../src/shared/messages';

/** The content script's page report. */
export type { PageReport };

/** Where Chromium is: Debian's package, unless `CHROMIUM_PATH` says otherwise. */
export const CHROMIUM_PATH: string;
/** The switches every headless run gets. */
export const CHROMIUM_FLAGS: readonly string[];
/** Launches Chromium; with `extensionDir`, the unpacked extension is loaded and its origin returned. */
export function launchChromium(
  extensionDir: string | null,
  extraArgs?: readonly string[],
): Promise<{ context: BrowserContext; origin: string }>;
/** Opens an extension page used to message tabs (as the popup does). */
export function openProbe(context: BrowserContext, origin: string): Promise<Page>;
/** Waits for the complete page report of the tab showing `url`. */
export function completeReport(probe: Page, url: string, timeout?: number, reasons?: boolean): Promise<PageReport>;
