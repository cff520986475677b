/**
 * Scrolls the window the least that shows a group of elements whole between a sticky header and
 * the window's bottom edge, or puts them just below the header (`top`: where a reading resumes).
 *
 * @example reveal([fr, en], stickyHeader); // after the keyboard moved to a pair
 */

/** Space kept between the revealed elements and the sticky header or the window's bottom edge. */
const MARGIN = 12;

export function reveal(elements: readonly Element[], header: Element | null, { top: toTop = false } = {}): void {
  const boxes = elements.map((e) => e.getBoundingClientRect());
  if (!boxes.length) return;
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  // Before the header sticks it stands above the text, and so does not hide it.
  const floor = (header ? Math.max(0, header.getBoundingClientRect().bottom) : 0) + MARGIN;
  const ceiling = window.innerHeight - MARGIN;
  let delta = 0;
  if (toTop || top < floor) delta = top - floor;
  else if (bottom > ceiling) delta = Math.min(bottom - ceiling, top - floor);
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
}
