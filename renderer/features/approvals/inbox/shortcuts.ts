import { useEffect, useRef } from 'react';

/** The inbox's keyboard shortcuts, in the order the help lists them. */
export const inboxShortcuts = [
  { command: 'next', keys: ['j', '↓'] },
  { command: 'previous', keys: ['k', '↑'] },
  { command: 'approve', keys: ['a'] },
  { command: 'reject', keys: ['r'] },
  { command: 'return', keys: ['e'] },
  { command: 'select', keys: ['x'] },
  { command: 'search', keys: ['/'] },
  { command: 'help', keys: ['?'] },
] as const;

export type InboxCommand = (typeof inboxShortcuts)[number]['command'];

const byKey: Readonly<Record<string, InboxCommand>> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'approve',
  r: 'reject',
  e: 'return',
  x: 'select',
  '/': 'search',
  '?': 'help',
};

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & {
  target: EventTarget | null;
};

/** What of an event's target the check reads (an Element in the app, a stand-in in tests). */
type Target = { closest(selector: string): unknown; isContentEditable?: boolean };

const choiceInputs: ReadonlySet<string> = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
]);
const fields =
  'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="alertdialog"]';

/** True when the key press goes to a text field (or a dialog), not to the inbox. */
function isTyping(target: EventTarget | null): boolean {
  if (target === null || !('closest' in target)) return false;
  const element = target as Target;
  if (element.isContentEditable) return true;
  const field = element.closest(fields) as { type?: unknown } | null;
  if (field === null) return false;
  return !(typeof field.type === 'string' && choiceInputs.has(field.type));
}

/** The command a key press means, or undefined (typing, a modifier held, an unbound key). */
export function shortcutFor(press: KeyPress): InboxCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) return undefined;
  if (isTyping(press.target)) return undefined;
  return byKey[press.key];
}

/**
 * Runs the inbox's shortcuts while the inbox is on screen. The latest `run` is read through a
 * ref, so the listener is added once and never sees stale state.
 */
export function useInboxShortcuts(run: (command: InboxCommand) => void) {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutFor(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
