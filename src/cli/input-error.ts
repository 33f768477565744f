/**
 * A problem with what the user gave the CLI (a file, an option): reported in one line
 * (`concordat: <file>: <reason>`), never with a stack trace, and the run exits with code 2.
 */
export class InputError extends Error {
  readonly exitCode = 2;

  /** `file` is named before the reason when the message is printed. */
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Bytes as a person reads them: "512 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
