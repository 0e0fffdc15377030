/**
 * The set-up every e2e suite starts with: a fixture server, the browser with the built extension,
 * and a probe page (an extension page that messages tabs as the popup does), all closed after the
 * suite. Suites call `useExtensionSuite` inside their `describe` and read the fields in tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type TestPage } from './browsers';
import { openProbe } from './extension';
import { startFixtureServer, type FixtureServer } from './server';

/** What a suite's tests use; the fields are set once `beforeAll` has run. */
export interface ExtensionSuite {
  /** The browser with the extension installed. */
  readonly browser: ExtensionBrowser;
  /** Serves the suite's fixture pages. */
  readonly server: FixtureServer;
  /** An extension page for sending messages to tabs and reading storage. */
  readonly probe: TestPage;
}

/** Registers the hooks that start and stop a suite's browser and server, and returns its handles. */
export function useExtensionSuite(name: BrowserName, fixtures: string): ExtensionSuite {
  const suite = {} as { browser: ExtensionBrowser; server: FixtureServer; probe: TestPage };
  beforeAll(async () => {
    suite.server = await startFixtureServer(fixtures);
    suite.browser = await launch(name);
    suite.probe = await openProbe(suite.browser);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
