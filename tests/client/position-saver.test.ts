import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POSITION_DEBOUNCE_MS, PositionSaver, type SavePosition } from '../../client/state/position-saver.ts';

function recorder(fail = false) {
  const saved: string[] = [];
  const save: SavePosition = async (id, position, { keepalive }) => {
    saved.push(`${id}@${position}${keepalive ? ' keepalive' : ''}`);
    if (fail) throw new Error('507');
  };
  return { saved, save };
}

describe('the position saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the last position once the reader has settled for a second', () => {
    const { saved, save } = recorder();
    const saver = new PositionSaver(save);
    saver.move(5, 1);
    vi.advanceTimersByTime(POSITION_DEBOUNCE_MS - 1);
    saver.move(5, 2);
    saver.move(5, 3);
    vi.advanceTimersByTime(POSITION_DEBOUNCE_MS - 1);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual(['5@3']);
    vi.advanceTimersByTime(10 * POSITION_DEBOUNCE_MS);
    expect(saved).toEqual(['5@3']);
  });

  it('sends what waits at once, with keepalive, when the page hides; nothing when nothing waits', () => {
    const { saved, save } = recorder();
    const saver = new PositionSaver(save);
    saver.move(5, 7);
    saver.flush({ keepalive: true });
    expect(saved).toEqual(['5@7 keepalive']);
    vi.advanceTimersByTime(POSITION_DEBOUNCE_MS);
    saver.flush({ keepalive: true });
    expect(saved).toEqual(['5@7 keepalive']);
  });

  it('sends nothing for the position the server already has', () => {
    const { saved, save } = recorder();
    const saver = new PositionSaver(save);
    saver.known(5, 4);
    saver.move(5, 6);
    saver.move(5, 4);
    vi.advanceTimersByTime(POSITION_DEBOUNCE_MS);
    expect(saved).toEqual([]);
  });

  it('sends the previous document’s position before following another one', () => {
    const { saved, save } = recorder();
    const saver = new PositionSaver(save);
    saver.move(5, 9);
    saver.move(6, 2);
    expect(saved).toEqual(['5@9']);
    vi.advanceTimersByTime(POSITION_DEBOUNCE_MS);
    expect(saved).toEqual(['5@9', '6@2']);
  });

  it('sends a position again after a failed save of it', async () => {
    const failing = recorder(true);
    const saver = new PositionSaver(failing.save);
    saver.move(5, 3);
    vi.advanceTimersByTime(POSITION_DEBOUNCE_MS);
    await vi.runAllTimersAsync();
    saver.move(5, 3);
    vi.advanceTimersByTime(POSITION_DEBOUNCE_MS);
    expect(failing.saved).toEqual(['5@3', '5@3']);
  });
});
