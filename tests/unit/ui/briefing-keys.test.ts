import { describe, expect, it } from 'vitest';
import { actionForKey, clampStep, stepForDigits } from '../../../src/ui/briefing-keys';

describe('actionForKey', () => {
  it.each([
    ['ArrowRight', 'next'], ['ArrowDown', 'next'], ['PageDown', 'next'], [' ', 'next'], ['Enter', 'next'],
    ['ArrowLeft', 'prev'], ['ArrowUp', 'prev'], ['PageUp', 'prev'], ['Backspace', 'prev'],
    ['Home', 'first'], ['End', 'last'], ['f', 'fullscreen'], ['F', 'fullscreen'],
    ['b', 'blackout'], ['B', 'blackout'], ['.', 'blackout'], ['s', 'presenter'], ['Escape', 'exit'],
  ])('%j -> %s', (key, type) => {
    expect(actionForKey({ key })?.type).toBe(type);
  });
  it('digits jump', () => expect(actionForKey({ key: '7' })).toEqual({ type: 'digit', digit: 7 }));
  it('leaves modified keys and other keys to the browser', () => {
    expect(actionForKey({ key: 'p', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(actionForKey({ key: 'f', metaKey: true })).toBeNull();
    expect(actionForKey({ key: 'x' })).toBeNull();
    expect(actionForKey({ key: 'Tab' })).toBeNull();
  });
});

describe('stepForDigits', () => {
  it('one digit jumps at once', () => expect(stepForDigits('', 3, 11)).toEqual({ step: 3, buffer: '3' }));
  it('a second digit makes two-digit steps', () => expect(stepForDigits('1', 1, 11)).toEqual({ step: 11, buffer: '' }));
  it('a two-digit number past the end starts again from the new digit', () => expect(stepForDigits('2', 5, 11)).toEqual({ step: 5, buffer: '5' }));
  it('0 alone and digits past the end do nothing', () => {
    expect(stepForDigits('', 0, 11)).toEqual({ step: null, buffer: '' });
    expect(stepForDigits('', 9, 5)).toEqual({ step: null, buffer: '' });
  });
});

describe('clampStep', () => {
  it('keeps steps within the tour', () => {
    expect(clampStep(0, 5)).toBe(1);
    expect(clampStep(9, 5)).toBe(5);
    expect(clampStep(3, 5)).toBe(3);
  });
});
