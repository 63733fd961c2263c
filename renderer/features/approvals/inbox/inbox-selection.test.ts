import { describe, expect, it } from 'vitest';
import { placeSelection, type InboxSelection } from './inbox-selection';

const listed = ['request-1', 'request-2', 'request-3'];
const picked = (id: string, at: number): InboxSelection => ({ id, at, kept: false });
const fromMyDecisions = (id: string): InboxSelection => ({ id, at: -1, kept: true });

describe('which request the detail area shows', () => {
  it.each([
    { name: 'nothing picked: the first', selection: null, list: listed, index: 0, outside: false },
    {
      name: 'picked in the list',
      selection: picked('request-2', 1),
      list: listed,
      index: 1,
      outside: false,
    },
    {
      name: 'picked, then decided (left the list): the one now at its place',
      selection: picked('request-2', 1),
      list: ['request-1', 'request-3'],
      index: 1,
      outside: false,
    },
    {
      name: 'picked last, then decided: the new last',
      selection: picked('request-3', 2),
      list: ['request-1', 'request-2'],
      index: 1,
      outside: false,
    },
    {
      name: 'opened from My decisions and still waiting for me: its row',
      selection: fromMyDecisions('request-3'),
      list: listed,
      index: 2,
      outside: false,
    },
    {
      name: 'opened from My decisions, waiting for nobody now: kept in view outside the list',
      selection: fromMyDecisions('request-9'),
      list: listed,
      index: -1,
      outside: true,
    },
    {
      name: 'opened from My decisions with an empty list',
      selection: fromMyDecisions('request-9'),
      list: [],
      index: -1,
      outside: true,
    },
  ])('$name', ({ selection, list, index, outside }) => {
    expect(placeSelection(selection, list)).toEqual({ index, outsideList: outside });
  });
});
