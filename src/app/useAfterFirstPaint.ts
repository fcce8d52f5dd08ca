import { useEffect, useState } from 'react';

/**
 * False in the first render, true from the frame after the first paint has been presented: for
 * what is never on screen at first (the printed page's footer), which the first paint then need
 * not wait for.
 */
export function useAfterFirstPaint(): [boolean, () => void] {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    // Two frames: the first paint is laid out in the first and presented before the second.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => setAfter(true))));
    return () => cancelAnimationFrame(frame);
  }, []);
  return [after, () => setAfter(true)];
}
