import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/data/validate';
import { validateDataset } from '../../../src/data/validate-all';
import { realFiles, withEdited } from '../helpers';

describe("each site's position source", () => {
  const data = validateDataset(realFiles());
  const sources = new Map(data.sources.map((s) => [s.id, s]));

  it('names its publisher and a record or work, never a file of many rows', () => {
    for (const site of data.sites) {
      expect(site.positionSources.length, site.id).toBeGreaterThan(0);
      for (const id of site.positionSources) {
        const source = sources.get(id)!;
        expect(source.publisher, `${site.id}: ${id}`).not.toBe('');
        expect(source.title, `${site.id}: ${id}`).not.toMatch(/\.(csv|json|geojson|xlsx?)\b|\brows?\b/i);
      }
    }
  });

  it("a data set's record is one site's only, and names none of the other sites", () => {
    const citedBy = new Map<string, string[]>();
    for (const site of data.sites) for (const id of site.positionSources) citedBy.set(id, [...(citedBy.get(id) ?? []), site.id]);
    for (const [id, sites] of citedBy) {
      const source = sources.get(id)!;
      if (source.record === undefined) continue;
      expect(sites, id).toHaveLength(1);
      const others = data.sites.filter((s) => s.id !== sites[0]);
      for (const other of others) expect(`${source.title} ${source.record}`, `${id} names ${other.id}`).not.toContain(other.name);
    }
    // The sites placed from OurAirports each cite their own record.
    const fromRecords = data.sites.filter((s) => s.positionSources.some((id) => sources.get(id)!.record !== undefined));
    expect(fromRecords.length).toBeGreaterThan(1);
  });

  it('a second site citing a record loses it, and the problem names file, record and field', () => {
    const shipped = validateDataset(realFiles());
    const [first, second] = shipped.sites.filter((s) => s.positionSources.some((id) => sources.get(id)?.record !== undefined));
    const record = first!.positionSources.find((id) => sources.get(id)?.record !== undefined)!;
    const data = validateDataset(
      withEdited('sites.geojson', (fc) => {
        const feature = fc.features.find((f: { properties: { id: string } }) => f.properties.id === second!.id);
        feature.properties.positionSources.push(record);
      }),
    );
    const at = second!.positionSources.length;
    expect(data.problems.map(describeProblem)).toEqual([
      `geodata/sites.geojson, record "${second!.id}", field "properties.positionSources[${at}]": names source "${record}", the record of site "${first!.id}": a record gives one site's position`,
    ]);
    expect(data.sites.find((s) => s.id === second!.id)!.positionSources).toEqual(second!.positionSources);
    expect(data.sites.find((s) => s.id === first!.id)!.positionSources).toContain(record);
  });

  it('a malformed record id is reported on its source', () => {
    const data = validateDataset(withEdited('sources.json', (list) => (list.find((s: { record?: string }) => s.record).record = 'a b<c>')));
    expect(data.problems).toHaveLength(1);
    expect(data.problems[0]).toMatchObject({ file: 'sources.json', field: 'record' });
  });
});
