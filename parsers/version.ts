/** Bumped whenever extraction output can change: the pipeline re-extracts documents of older versions. */
export const PARSER_VERSION = '0.1.0';
