import { describe, expect, it } from 'vitest';
import { isTabKey, keyboardMove } from './keyboard';

const at = { start: '2026-07-10T07:00:00Z', end: '2026-07-10T07:45:00Z', roomId: 2 };
const rooms = [1, 2, 3];

describe('keyboardMove', () => {
  it('shifts by 15 minutes', () => {
    expect(keyboardMove('ArrowDown', false, at, rooms)).toEqual({ start: '2026-07-10T07:15:00Z', end: '2026-07-10T08:00:00Z', roomId: 2 });
    expect(keyboardMove('ArrowUp', false, at, rooms)).toEqual({ start: '2026-07-10T06:45:00Z', end: '2026-07-10T07:30:00Z', roomId: 2 });
  });

  it('resizes the end with Shift and never below one step', () => {
    expect(keyboardMove('ArrowDown', true, at, rooms)?.end).toBe('2026-07-10T08:00:00Z');
    expect(keyboardMove('ArrowUp', true, at, rooms)?.end).toBe('2026-07-10T07:30:00Z');
    const short = { ...at, end: '2026-07-10T07:15:00Z' };
    expect(keyboardMove('ArrowUp', true, short, rooms)).toBeNull();
  });

  it('changes room in column order and stops at the edges', () => {
    expect(keyboardMove('ArrowRight', false, at, rooms)?.roomId).toBe(3);
    expect(keyboardMove('ArrowLeft', false, at, rooms)?.roomId).toBe(1);
    expect(keyboardMove('ArrowRight', false, { ...at, roomId: 3 }, rooms)).toBeNull();
  });

  it('mirrors left and right in right-to-left layouts', () => {
    expect(keyboardMove('ArrowLeft', false, at, rooms, true)?.roomId).toBe(3);
  });

  it('ignores other keys', () => {
    expect(keyboardMove('a', false, at, rooms)).toBeNull();
  });
});

describe('isTabKey', () => {
  it('knows Tab by its key, and Shift+Tab by its code (WebKitGTK: key "Unidentified")', () => {
    expect(isTabKey({ key: 'Tab', code: 'Tab' })).toBe(true);
    expect(isTabKey({ key: 'Unidentified', code: 'Tab' })).toBe(true);
    expect(isTabKey({ key: 'ArrowDown', code: 'ArrowDown' })).toBe(false);
    expect(isTabKey({ key: 'Unidentified', code: 'KeyQ' })).toBe(false);
  });
});
