/**
 * The schema of a statement: every side's words, with their language, translations and
 * verification. Apart from the other schemas (schema.ts) because the statements are read after
 * the first view: the app loads this module with them (load.ts).
 */
import * as v from 'valibot';
import { SIDES as sides } from './sides';
import { certainty, id, isoDate, phaseNumber, text } from './schema';

/** The language of a text, as an ISO 639-1 code ("en", "ru", "fa"). */
const langCode = (missing: string) => v.pipe(v.string(missing), v.regex(/^[a-z]{2}$/, 'must be a two-letter language code such as "ru"'));

/** Who put words into another language: the speaker's own institution, a news agency, or this map. */
export const translator = v.variant('kind', [
  v.object({ kind: v.picklist(['institution', 'agency']), name: text }),
  v.object({ kind: v.literal('us') }),
], 'must be {"kind": "institution" or "agency", "name": …} or {"kind": "us"}');
export type Translator = v.InferOutput<typeof translator>;

/**
 * How far the words were checked: word for word in two copies or an official text (`verified`),
 * word for word as an agency's or a government's translation (`verified-in-translation`), or
 * found in one copy only and then confirmed against the original by us (`confirmed`, with how).
 */
export const verifications = ['verified', 'verified-in-translation', 'confirmed'] as const;

export const statement = v.pipe(
  v.object({
  id,
  kind: v.picklist(['quote', 'report']),
  speaker: v.optional(text),
  role: v.optional(text),
  sides: v.optional(v.array(v.picklist(sides, `must be one of: ${sides.join(', ')}`))),
  date: isoDate,
  occasion: v.optional(text),
  place: v.optional(text),
  /** The language of `quote`. */
  lang: langCode('needs the language of its words ("lang", e.g. "ru")'),
  /** The words, exactly as the source gives them. */
  quote: text,
  /** Where `quote` is itself a translation: the language the speaker used. */
  spokenIn: v.optional(langCode('must be a language code')),
  /** Who made the translation that `quote` is. */
  translatedBy: v.optional(translator),
  /** The English shown beside a quote in another language, and who made it. */
  english: v.optional(v.object({ text, translatedBy: translator })),
  verification: v.picklist(verifications, `must be one of: ${verifications.join(', ')}`),
  /** How an entry first found in one copy only was confirmed against the original. */
  confirmedHow: v.optional(text),
  source: id,
  sites: v.array(id),
  phases: v.array(phaseNumber),
  linkNote: v.optional(text),
  certainty: v.optional(certainty),
  }),
  v.forward(v.check((s) => s.kind !== 'quote' || s.speaker !== undefined, 'a quote needs a speaker'), ['speaker']),
  v.forward(v.check((s) => s.kind !== 'quote' || (s.sides?.length ?? 0) > 0, 'a quote needs the side it speaks for'), ['sides']),
  v.forward(v.check((s) => s.spokenIn === undefined || s.translatedBy !== undefined, 'a translation needs its translator'), ['translatedBy']),
  v.forward(v.check((s) => s.translatedBy === undefined || (s.spokenIn !== undefined && s.spokenIn !== s.lang), 'names a translator, but "spokenIn" does not give another language the words were said in'), ['spokenIn']),
  v.forward(v.check((s) => s.verification !== 'verified-in-translation' || s.spokenIn !== undefined, 'verified in translation needs the language the words were said in'), ['spokenIn']),
  v.forward(v.check((s) => (s.lang === 'en') === (s.english === undefined), 'an English translation is given exactly when the words are not in English'), ['english']),
  v.forward(v.check((s) => (s.verification === 'confirmed') === (s.confirmedHow !== undefined), 'how it was confirmed is given exactly when it is "confirmed"'), ['confirmedHow']),
);
export type StatementSchema = typeof statement;

/**
 * A statement; `translation` is added for readers of another language than the quote's, never the
 * quote itself, with who made it (`translationBy`, ours where absent).
 */
export type Statement = v.InferOutput<typeof statement> & { translation?: string; translationBy?: Translator };
