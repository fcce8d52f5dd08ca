import { describe, expect, it } from 'vitest';
import { DraftSync } from '../../../src/tour-editor/draft-sync';

/** The browser's one draft, as `store` writes it; `refuse` makes the browser refuse the next writes. */
function storage() {
  const s = { draft: null as string | null, refuse: false, writes: 0 };
  const store = (json: string) => {
    s.writes += 1;
    if (s.refuse) return false;
    s.draft = json;
    return true;
  };
  return { s, store };
}
const read = (json: string) => (json.startsWith('{') ? json : null);

describe('two editors on one draft', () => {
  it('follows every write of the other while it holds the draft, however many come before it renders', () => {
    const { s, store } = storage();
    const a = new DraftSync('{"t":""}', false);
    // The other tab types "The" one key at a time; this one handles each write before any render.
    let before = '{"t":""}';
    for (const t of ['T', 'Th', 'The']) {
      const after = `{"t":"${t}"}`;
      expect(a.written(before, after, read)).toBe(after);
      before = after;
    }
    expect(a.parted).toBeNull();
    // Loading what it followed writes nothing back over the other's next key.
    expect(a.changed('{"t":"The"}', store)).toBe(true);
    expect(s.writes).toBe(0);
    expect(a.written('{"t":"The"}', '{"t":"Then"}', read)).toBe('{"t":"Then"}');
  });

  it('parts from the other when it holds something the draft does not: nothing is followed or written until a choice', () => {
    const { s, store } = storage();
    const b = new DraftSync('{"t":"x"}', false);
    s.refuse = true;
    expect(b.changed('{"t":"only in B"}', store)).toBe(false);
    s.refuse = false;
    expect(b.written('{"t":"x"}', '{"t":"only in A"}', read)).toBeNull();
    expect(b.parted).toBe('{"t":"only in A"}');
    const writes = s.writes;
    expect(b.changed('{"t":"B, still"}', store)).toBe(false);
    expect(s.writes).toBe(writes);
    // Keeping this version writes it, and the two are in step on it.
    expect(b.keep('{"t":"B, still"}', store)).toBe(true);
    expect(s.draft).toBe('{"t":"B, still"}');
    expect(b.parted).toBeNull();
    expect(b.written('{"t":"B, still"}', '{"t":"A again"}', read)).toBe('{"t":"A again"}');
  });

  it('is in step again when it types what the other wrote, or takes it', () => {
    const { store } = storage();
    const b = new DraftSync('{"t":"mine"}', false);
    expect(b.written('{"t":"old"}', '{"t":"theirs"}', read)).toBeNull();
    expect(b.changed('{"t":"theirs"}', store)).toBe(true);
    expect(b.parted).toBeNull();
    const c = new DraftSync('{"t":"mine"}', false);
    c.written('{"t":"old"}', '{"t":"theirs"}', read);
    c.take('{"t":"theirs"}');
    expect(c.changed('{"t":"theirs"}', store)).toBe(true);
    expect(c.written('{"t":"theirs"}', '{"t":"next"}', read)).toBe('{"t":"next"}');
  });

  it('a pristine editor follows the first draft written; one that is not asks', () => {
    expect(new DraftSync('{"t":"shipped"}', true).written(null, '{"t":"new"}', read)).toBe('{"t":"new"}');
    const edited = new DraftSync('{"t":"edited"}', false);
    expect(edited.written(null, '{"t":"new"}', read)).toBeNull();
    expect(edited.parted).toBe('{"t":"new"}');
  });

  it('a draft removed elsewhere is written again by the next change, and the other\'s next write asks', () => {
    const { s, store } = storage();
    const a = new DraftSync('{"t":"a"}', false);
    expect(a.written('{"t":"a"}', null, read)).toBeNull();
    expect(a.parted).toBeNull();
    expect(a.written(null, '{"t":"b"}', read)).toBeNull();
    expect(a.parted).toBe('{"t":"b"}');
    const a2 = new DraftSync('{"t":"a"}', false);
    a2.written('{"t":"a"}', null, read);
    expect(a2.changed('{"t":"a"}', store)).toBe(true);
    expect(s.draft).toBe('{"t":"a"}');
  });

  it('an unreadable draft from the other is not followed, it is asked about', () => {
    const a = new DraftSync('{"t":"a"}', false);
    expect(a.written('{"t":"a"}', 'not a tour', read)).toBeNull();
    expect(a.parted).toBe('not a tour');
  });
});
