import { afterEach, describe, expect, it, vi } from 'vitest';
import { postWantedHeight } from '../../../src/embed/host';

/** A framed page: the messages its parent receives. */
function framed(): unknown[] {
  const posted: unknown[] = [];
  vi.stubGlobal('window', { parent: { postMessage: (data: unknown, origin: string) => posted.push({ data, origin }) } });
  return posted;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('postWantedHeight', () => {
  it('posts our message and Datawrapper\'s, naming the frame by its key', () => {
    const posted = framed();
    postWantedHeight(512.2, 'epaa0a1b2c3');
    expect(posted).toEqual([
      { data: { type: 'epaa-map:height', height: 513 }, origin: '*' },
      { data: { 'datawrapper-height': { epaa0a1b2c3: 513 } }, origin: '*' },
    ]);
  });
  it('names a frame without a key "epaa-map", as frames did before they had keys', () => {
    const posted = framed();
    postWantedHeight(400, null);
    expect(posted[1]).toEqual({ data: { 'datawrapper-height': { 'epaa-map': 400 } }, origin: '*' });
  });
  it('posts nothing when not framed', () => {
    const self: Record<string, unknown> = { postMessage: () => { throw new Error('posted'); } };
    self.parent = self;
    vi.stubGlobal('window', self);
    expect(() => postWantedHeight(400, 'k')).not.toThrow();
  });
});
