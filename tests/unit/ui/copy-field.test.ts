import { describe, expect, it } from 'vitest';
import { rowsToShow } from '../../../src/ui/CopyField';

describe('rowsToShow', () => {
  it('gives a long line the rows it wraps to, and each line of a multi-line text its own', () => {
    expect(rowsToShow('short')).toBe(1);
    expect(rowsToShow('x'.repeat(200))).toBe(5);
    expect(rowsToShow(['@misc{a,', '  title = {x},', '}'].join('\n'))).toBe(3);
    expect(rowsToShow(`a\n${'y'.repeat(100)}\n`)).toBe(5);
  });
  it('stops at a height a dialog can hold', () => {
    expect(rowsToShow('z'.repeat(5000))).toBe(16);
  });
});
