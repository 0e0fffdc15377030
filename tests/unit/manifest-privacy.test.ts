/**
 * Privacy promises that the manifests must keep, for both derived manifests: only the permissions
 * the README justifies, a content security policy that allows only our own scripts (no remote
 * code, no eval), and no door for web pages or other extensions to message us.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types, shared with the build script.
import { deriveManifest } from '../../scripts/manifest.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  const manifest = deriveManifest(source, browser) as Record<string, unknown> & {
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    content_security_policy?: { extension_pages?: string; sandbox?: string };
  };

  it('asks only for the permissions the README justifies', () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    const table = readme.slice(readme.indexOf('## Permissions'));
    for (const permission of [...(manifest.permissions ?? []), 'host_permissions']) expect(table).toContain(`\`${permission}`);
  });

  it('allows only its own scripts on its pages: no remote code, no eval', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/);
    expect(scriptSrc).toEqual(["'self'"]);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });

  it('offers pages and other extensions no way in', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('sandbox');
  });
});
