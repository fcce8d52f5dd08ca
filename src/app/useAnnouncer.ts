import { useCallback, useState } from 'react';

/**
 * What to tell screen readers next, and the function that says it. Render `announcement` in the
 * page's polite live region.
 */
export function useAnnouncer(): [string, (text: string) => void] {
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  return [announcement, announce];
}
