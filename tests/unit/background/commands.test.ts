/**
 * The keyboard commands (src/background/commands.ts): every command of the manifest maps to a tab
 * request the content script accepts, and is sent to the top frame of the tab it was pressed in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { TabRequest } from '../../../src/shared/messages';

const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
const query = vi.fn(async () => [{ id: 42 }]);
vi.mock('../../../src/shared/browser', () => ({
  browser: { tabs: { sendMessage, query }, commands: { onCommand: { addListener: vi.fn() } } },
}));

const { COMMAND_MESSAGES, commandMessage, onCommand } = await import('../../../src/background/commands');

describe('commands', () => {
  it('covers exactly the commands of manifest.json, each with a valid tab request', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')) as {
      commands: Record<string, unknown>;
    };
    expect(Object.keys(COMMAND_MESSAGES).sort()).toEqual(Object.keys(manifest.commands).sort());
    for (const message of Object.values(COMMAND_MESSAGES)) expect(TabRequest.safeParse(message).success).toBe(true);
    expect(commandMessage('toString')).toBeNull();
  });
  it('sends the command’s message to the top frame of the tab it was pressed in, else the active tab', async () => {
    await onCommand('next-mention', { id: 7 } as never);
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'page.step', direction: 'next' }, { frameId: 0 });
    await onCommand('toggle-highlights', undefined);
    expect(query).toHaveBeenCalled();
    expect(sendMessage).toHaveBeenLastCalledWith(42, { type: 'page.toggle' }, { frameId: 0 });
    sendMessage.mockClear();
    await onCommand('unknown', { id: 7 } as never);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
