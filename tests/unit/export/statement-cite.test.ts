import { describe, expect, it } from 'vitest';
import { statementCitation } from '../../../src/export/statement-cite';
import { validateDataset } from '../../../src/data/validate-all';
import { byId } from '../../../src/data/select';
import { en } from '../../../src/i18n/messages/en';
import { ru } from '../../../src/i18n/messages/ru';
import { realFiles } from '../helpers';

const data = validateDataset(realFiles());
const sources = byId(data.sources);
const cite = (id: string, strings = en) => {
  const st = data.statements.find((s) => s.id === id)!;
  return statementCitation(st, sources.get(st.source), strings, 'https://news.example/epaa/#said=1', new Date('2026-12-07T12:00:00Z'));
};

describe("a statement's citation", () => {
  it('names speaker, role, occasion, place, date, the words as said, the original source and the map', () => {
    expect(cite('ru-peskov-2024-11-13-parity')).toBe(
      'Dmitry Peskov (Press Secretary of the President of Russia), Remarks to reporters on the opening of the base in Poland, Moscow, 13 November 2024: ' +
        '“Конечно, это ведет к принятию соответствующих мер для обеспечения паритета”. ' +
        'Песков: РФ примет меры для обеспечения паритета из-за размещения комплекса ПРО в Польше, BelTA, citing TASS, 13 November 2024, https://wap.belta.by/world/view/peskov-rf-primet-mery-dlja-obespechenija-pariteta-iz-za-razmeschenija-kompleksa-pro-v-polshe-675018-2024. ' +
        'Found on: EPAA missile-defence map, https://news.example/epaa/#said=1 (accessed 7 December 2026).',
    );
  });

  it('says who translated words that are a translation, in the reader’s language', () => {
    expect(cite('ru-putin-2016-05-27-crosshairs')).toContain('It will be the same case with Poland” (as translated by Reuters).');
    expect(cite('ru-putin-2016-05-27-crosshairs', ru)).toContain('(в переводе: Reuters)');
    expect(cite('nato-stoltenberg-2024-07-10-redzikowo')).not.toContain('translated');
  });
});
