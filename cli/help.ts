/**
 * The help of every command: kept apart from the commands, so that `--help` loads no engine.
 */

export const HELP = `Usage: vis-a-vis <command> [options]

Commands:
  translate <file|folder|->...   French articles into aligned French–English (TSV, JSON, HTML, Markdown)
  segment <file|folder|->...     the paragraphs and sentences of French articles
  align <source> <draft>         pairs the sentences of a French text and its English translation
  review <source> <draft>        checks an English translation against its French source (QA flags)

Run vis-a-vis <command> --help for its options. The model runs in this process and is configured
by the server's VISAVIS_* variables (see README.md).

Exit codes: 0 ok, 1 unexpected failure, 2 usage or configuration, 3 an input could not be used,
4 the model is not installed or failed, 5 output not written.
`;

export const TRANSLATE_HELP = `Usage: vis-a-vis translate [options] <file|folder|->...

Translates French articles (plain text or HTML pages) into English, sentence by sentence,
with the model in this process (no server needed). A folder stands for its .txt, .text, .md,
.html and .htm files; - reads standard input.

Options:
  -f, --format <tsv|json|html|md>  tsv: French<TAB>English, one sentence pair a line (default)
                                   json: paragraphs of {french, english, score}
                                   html: a bilingual page; md: a Markdown table
  -o, --output <path>              a file (one input) or a folder (one file per input, named
                                   after it: article.txt -> article.tsv); default: standard output
  -q, --quiet                      no progress on standard error
  -h, --help                       this help

Configuration: the server's VISAVIS_* variables (VISAVIS_MODEL, VISAVIS_MODELS_DIR,
VISAVIS_DTYPE, VISAVIS_CACHE, VISAVIS_DATA_DIR, VISAVIS_MAX_CHARS, ...).

Exit codes: 0 ok, 1 unexpected failure, 2 usage or configuration, 3 an input could not be used
(the others are still written), 4 the model is not installed or failed, 5 output not written.
`;

export const SEGMENT_HELP = `Usage: vis-a-vis segment [options] <file|folder|->...

Splits French articles (plain text or HTML pages) into paragraphs and sentences, as the reader
does. Needs no model.

Options:
  -f, --format <text|json>  text: one sentence a line, a blank line between paragraphs (default)
                            json: paragraphs of {kind, start, end, sentences: [{start, end, text}]}
                            (offsets into "text", the article's text)
  -o, --output <path>       a file (one input) or a folder (one file per input)
  -h, --help                this help

Exit codes: 0 ok, 1 unexpected failure, 2 usage or configuration, 3 an input could not be used,
5 output not written.
`;

export const ALIGN_HELP = `Usage: vis-a-vis align [options] <source> <draft>

Pairs the sentences of a French text (<source>) with those of its English translation (<draft>),
one pair a line: a sentence left out or added gets an empty cell. Either file may be - (standard
input). Needs no model.

Options:
  -f, --format <tsv|json|html|md>  as for translate (default tsv)
  -o, --output <file>              default: standard output
  -h, --help                       this help

Exit codes: 0 ok, 1 unexpected failure, 2 usage or configuration, 3 an input could not be used,
5 output not written.
`;

export const REVIEW_HELP = `Usage: vis-a-vis review [options] <source> <draft>

Checks an English translation (<draft>) against its French source (<source>): numbers, names,
sentences left out or added, French left untranslated, punctuation, repetitions, inconsistent
terms and glossary terms. Either file may be - (standard input). Needs no model. Finding flags
is not a failure: the exit code is 0 once the review is written.

Options:
  -f, --format <tsv|json>  tsv: severity<TAB>rule<TAB>French<TAB>English<TAB>message, a flag a line
                           (default); json: {alignment, flags, staleCorrections}
  -g, --glossary <file>    pinned terms, French<TAB>English a line (# comments)
  -o, --output <file>      default: standard output
  -h, --help               this help

Exit codes: 0 ok, 1 unexpected failure, 2 usage or configuration, 3 an input could not be used,
5 output not written.
`;
