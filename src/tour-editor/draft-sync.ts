/** Never a draft (a draft is a JSON object). */
const OUT_OF_STEP = '';

/**
 * What one editor knows of the draft that every editor in the browser shares, and what it does
 * when either side changes it. Plain bookkeeping, so that it is up to date the moment something
 * happens: another tab's next change (a presenter typing there) can come before this tab's next
 * render.
 *
 * Another editor's write is followed when this one held exactly the draft it replaced (nothing
 * of this one's is lost); otherwise the two have parted, and this one writes nothing until the
 * presenter chooses, or types the other's version.
 */
export class DraftSync {
  /** The editor's tour now, as the file would hold it. */
  private ours: string;
  /**
   * The draft, while it holds this editor's tour: null for none (a pristine start, before any
   * draft is written), OUT_OF_STEP once they differ (this editor's change was not kept, or the
   * draft was removed).
   */
  private inStep: string | null;
  /** The other version, while the two have parted. */
  parted: string | null = null;

  constructor(tour: string, pristine: boolean) {
    this.ours = tour;
    this.inStep = pristine ? null : tour;
  }

  /**
   * This editor's tour changed: writes it with `store` (which says whether the browser kept it)
   * unless the draft holds it already or the two have parted. Whether the draft holds it now.
   */
  changed(next: string, store: (json: string) => boolean): boolean {
    this.ours = next;
    if (this.parted !== null) {
      if (next !== this.parted) return false;
      this.inStepWith(next);
      return true;
    }
    return next === this.inStep || this.write(next, store);
  }

  /**
   * Another editor wrote the draft (null: removed it). The tour to load to follow it, as `read`
   * makes it of the draft, or null: in step already, or parted (see `parted`). A tour loaded to
   * follow writes nothing back.
   */
  written<T>(before: string | null, after: string | null, read: (json: string) => T | null): T | null {
    if (after === null) {
      // Removed: this editor's next change writes it again, and another's next write asks.
      this.inStep = OUT_OF_STEP;
      this.parted = null;
      return null;
    }
    if (after === this.ours) {
      this.inStepWith(after);
      return null;
    }
    const follow = this.parted === null && before === this.inStep ? read(after) : null;
    if (follow === null) this.parted = after;
    else this.inStepWith(after);
    return follow;
  }

  /** The presenter keeps this editor's tour: it is written. Whether the browser kept it. */
  keep(tour: string, store: (json: string) => boolean): boolean {
    this.parted = null;
    return this.write(tour, store);
  }

  /** The presenter takes the other version; loading it writes nothing back. */
  take(other: string): void {
    this.inStepWith(other);
  }

  private write(tour: string, store: (json: string) => boolean): boolean {
    const kept = store(tour);
    this.inStep = kept ? tour : OUT_OF_STEP;
    return kept;
  }

  private inStepWith(draft: string): void {
    this.inStep = draft;
    this.parted = null;
  }
}
