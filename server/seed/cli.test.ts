import { describe, expect, it } from 'vitest';
import { parseSeedArguments } from './cli';
import { DEFAULT_SEED } from './generate';

describe('parseSeedArguments', () => {
  it.each([
    [['--scale', 'demo'], { scale: 'demo', seed: DEFAULT_SEED, reset: false }],
    [['--scale=large', '--seed=0', '--reset'], { scale: 'large', seed: 0, reset: true }],
    [
      ['--reset', '--seed', '4294967295', '--scale', 'territory'],
      { scale: 'territory', seed: 4294967295, reset: true },
    ],
  ])('reads %j', (argv, options) => {
    expect(parseSeedArguments(argv)).toEqual(options);
  });

  it.each([
    [[], '--scale is required'],
    [['--scale'], '--scale needs a value'],
    [['--scale', '--reset'], '--scale needs a value'],
    [['--scale', 'huge'], '--scale must be one of demo, territory, large (got "huge")'],
    [['--scale', 'demo', '--seed', '1.5'], '--seed must be a whole number'],
    [['--scale', 'demo', '--seed', '-3'], '--seed must be a whole number'],
    [['--scale', 'demo', '--seed', 'abc'], '--seed must be a whole number'],
    [['--scale', 'demo', '--seed', '4294967296'], '--seed must be a whole number'],
    [['--scale', 'demo', '--verbose'], 'Unknown flag --verbose'],
    [['--scale', 'demo', 'now'], 'Unexpected argument "now"'],
    [['--scale', 'demo', '--scale', 'large'], '--scale given twice'],
    [['--scale', 'demo', '--reset=yes'], '--reset takes no value'],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseSeedArguments(argv)).toThrow(message);
  });
});
