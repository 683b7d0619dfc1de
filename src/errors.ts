/**
 * Error thrown for an invalid option or lexicon entry. For lexicons, `file` and `line` say
 * where the bad entry is.
 */
export class VigieError extends TypeError {
  /** The lexicon file (or option path) at fault. */
  readonly file: string | undefined;
  /** 1-based line in that file, when the error is about a lexicon line. */
  readonly line: number | undefined;
  /** What is wrong, without the location. */
  readonly reason: string;

  /**
   * @param reason - what is wrong
   * @param file - lexicon file or option name
   * @param line - 1-based line number
   */
  constructor(reason: string, file?: string, line?: number) {
    super(file === undefined ? reason : line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'VigieError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
