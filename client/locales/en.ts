/** English UI strings: the source of truth for every locale's shape. */
export const en = {
  app: {
    name: 'Vis-à-vis',
    tagline: 'French and English, side by side, on your own machine',
    language: 'Interface language',
    layout: 'Layout',
    sideBySide: 'Side by side',
    interleaved: 'Interleaved',
    newText: 'New text',
  },
  input: {
    label: 'French article',
    placeholder: 'Paste a French article here, or drop a .txt or .html file…',
    drop: 'Drop the file to read it',
    translate: 'Read with English',
    chars: '{{count}} characters',
    fileError: 'Could not read {{name}}: {{message}}',
    notText: '{{name}} is not a text file. Drop a .txt or .html file.',
    privacy: 'Nothing leaves this computer: the translation model runs here.',
  },
  reader: {
    french: 'Français',
    english: 'English',
    progress: 'Translating: {{done}} of {{total}} sentences',
    done: '{{total}} sentences translated in {{seconds}} s',
    pending: 'translating…',
    untranslated: 'no translation',
    keys: 'Hover or focus a sentence to see its counterpart. Move with ↑ ↓ or j k.',
    sentence: 'Sentence {{n}}',
  },
  model: {
    missingTitle: 'The translation model is not installed.',
    missingBody: 'You can still read the French split into sentences. To translate, run this in the project folder, then restart the server:',
    downloading: 'Downloading the translation model…',
    downloadLabel: 'Translation model download',
    downloadShare: '{{percent}} ({{received}} of {{total}})',
    downloadReceived: '{{received}} so far',
    downloadHint: 'Translation starts by itself when it is done. Meanwhile you can read the French in sentences.',
    loading: 'Loading the translation model…',
    error: 'The translation model failed to load: {{message}}',
  },
  errors: {
    network: 'The server did not answer. Is it still running?',
    generic: 'Something went wrong: {{message}}',
  },
  kinds: {
    title: 'Headline',
    byline: 'Byline',
    dateline: 'Dateline',
    heading: 'Sub-heading',
    caption: 'Caption',
    credit: 'Credit',
    body: 'Paragraph',
    aside: 'Aside',
  },
} as const;

// Literal strings (as const) let i18n.ts read each key's {{placeholders}}; other locales only need the shape.
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof en>;
