// Moving a session with the keyboard in the agenda grid: the same moves a mouse drag makes.
import { addMinutes } from './time';

export const STEP_MINUTES = 15;

export interface Placement { start: string; end: string; roomId: number | null }

/**
 * The placement a key press asks for, or null when the key is not a move key or the move is
 * impossible (first/last room). `roomOrder` is the column order; in right-to-left layouts the
 * columns run the other way, so ArrowLeft means "next".
 */
export function keyboardMove(
  key: string, shift: boolean, current: Placement, roomOrder: number[], rtl = false,
): Placement | null {
  const { start, end, roomId } = current;
  switch (key) {
    case 'ArrowUp':
      return shift
        ? (minutesLeft(start, end) > STEP_MINUTES ? { start, end: addMinutes(end, -STEP_MINUTES), roomId } : null)
        : { start: addMinutes(start, -STEP_MINUTES), end: addMinutes(end, -STEP_MINUTES), roomId };
    case 'ArrowDown':
      return shift
        ? { start, end: addMinutes(end, STEP_MINUTES), roomId }
        : { start: addMinutes(start, STEP_MINUTES), end: addMinutes(end, STEP_MINUTES), roomId };
    case 'ArrowLeft':
    case 'ArrowRight': {
      const forward = (key === 'ArrowRight') !== rtl;
      const index = roomId === null ? -1 : roomOrder.indexOf(roomId);
      const next = index + (forward ? 1 : -1);
      if (next < 0 || next >= roomOrder.length) return null;
      return { start, end, roomId: roomOrder[next] };
    }
    default:
      return null;
  }
}

function minutesLeft(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / 60_000;
}

/**
 * Whether a keydown is the Tab key, with or without Shift. WebKitGTK reports Shift+Tab (X's
 * ISO_Left_Tab) with `key` "Unidentified" and `code` "Tab", so `key` alone misses it.
 */
export function isTabKey(e: Pick<KeyboardEvent, 'key' | 'code'>): boolean {
  return e.key === 'Tab' || e.code === 'Tab';
}
