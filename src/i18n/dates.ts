/**
 * Dates in the map's five languages, written from month names kept here rather than by
 * `Intl.DateTimeFormat`: a page's first Intl date formatter costs some 25-30 ms (the browser loads
 * its calendar data), and the first render already shows dates (an embed's credit line, a site's
 * panel). A unit test holds every month of every language to what Intl writes.
 */
interface DateWords {
  /** The months as a day's date names them ("7 listopada 2026"). */
  inDate: readonly string[];
  /** The months named alone, with a year only ("listopad 2026"), where they differ. */
  alone?: readonly string[];
  /** What follows the year ("2026 г."). */
  afterYear: string;
}

const months = (names: string) => names.split(' ');

const WORDS: Record<string, DateWords> = {
  'en-GB': {
    inDate: months('January February March April May June July August September October November December'),
    afterYear: '',
  },
  'ro-RO': {
    inDate: months('ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie'),
    afterYear: '',
  },
  'pl-PL': {
    inDate: months('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
    alone: months('styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień'),
    afterYear: '',
  },
  'tr-TR': {
    inDate: months('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
    afterYear: '',
  },
  'ru-RU': {
    inDate: months('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
    alone: months('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'),
    afterYear: ' г.',
  },
};

/** The locales written here: one per interface language (each table's `locale`). */
export const DATE_LOCALES = Object.keys(WORDS);

/**
 * Year, month (1-12) and optional day as the locale writes a long date: (2026, 11, 7) ->
 * "7 November 2026", (2026, 11) -> "November 2026" in en-GB. An unknown locale gets en-GB's words.
 */
export function writeDate(locale: string, year: number, month: number, day?: number): string {
  const words = WORDS[locale] ?? WORDS['en-GB']!;
  const name = (day === undefined ? (words.alone ?? words.inDate) : words.inDate)[month - 1];
  if (name === undefined) return String(year);
  return day === undefined ? `${name} ${year}${words.afterYear}` : `${day} ${name} ${year}${words.afterYear}`;
}

/**
 * A sentence that ends with exactly one full stop: a date that already ends with one ("2026 г.")
 * takes no second.
 */
export function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * A date as precise as the source, in the reader's language: "2016-05-12" -> "12 May 2016",
 * "2016-05" -> "May 2016", "2016" -> "2016" (en-GB); "12 mai 2016" (ro-RO) and so on.
 */
export function formatDate(iso: string, locale = 'en-GB'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  return m ? writeDate(locale, y, m, d) : String(y);
}

/**
 * APA's date of a work, "2026, November 28", in the language's words (written by Intl: only a
 * citation, made on request, needs it), or the language's words for no date.
 */
export const apaDate = (d: Date | null, locale: string, none: string) =>
  d ? `${d.getUTCFullYear()}, ${d.toLocaleDateString(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' })}` : none;
