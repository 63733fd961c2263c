import { describe, expect, it } from 'vitest';
import { chooseChromium } from './chromium-choice';

/** A machine whose executables are exactly `files`. */
const machine =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('which Chromium the browser tests use', () => {
  it('uses CHROMIUM_PATH when it is there, before any other', () => {
    const choice = chooseChromium(
      { CHROMIUM_PATH: '/opt/chromium/chrome', PATH: '/usr/local/bin' },
      machine('/opt/chromium/chrome', '/usr/bin/chromium', '/usr/local/bin/chromium'),
    );
    expect(choice).toEqual({ kind: 'system', path: '/opt/chromium/chrome' });
  });

  it('refuses a CHROMIUM_PATH that is not there instead of testing another browser', () => {
    expect(() =>
      chooseChromium({ CHROMIUM_PATH: '/opt/missing/chrome' }, machine('/usr/bin/chromium')),
    ).toThrow(/CHROMIUM_PATH is \/opt\/missing\/chrome but no executable is there/);
  });

  it("uses Debian's Chromium when there is one (CI)", () => {
    const choice = chooseChromium(
      { PATH: '/usr/local/bin:/usr/bin' },
      machine('/usr/bin/chromium', '/usr/local/bin/chromium'),
    );
    expect(choice).toEqual({ kind: 'system', path: '/usr/bin/chromium' });
  });

  it('finds chromium on PATH, in PATH order', () => {
    const choice = chooseChromium(
      { PATH: '/home/cam/bin::/snap/bin' },
      machine('/snap/bin/chromium', '/home/cam/bin/chromium'),
    );
    expect(choice).toEqual({ kind: 'system', path: '/home/cam/bin/chromium' });
  });

  it("installs Playwright's own when no system Chromium is there (a fresh laptop)", () => {
    expect(chooseChromium({ PATH: '/usr/local/bin:/usr/bin' }, machine('/usr/bin/chrome'))).toEqual(
      { kind: 'playwright' },
    );
    expect(chooseChromium({}, machine())).toEqual({ kind: 'playwright' });
  });

  it('looks at the real machine by default: an executable file, not a folder', () => {
    expect(chooseChromium({ CHROMIUM_PATH: process.execPath })).toEqual({
      kind: 'system',
      path: process.execPath,
    });
    expect(() => chooseChromium({ CHROMIUM_PATH: '/usr/bin' })).toThrow(/no executable/);
  });
});
