// Typed errors: every user or input problem becomes one of these, mapped to an exit code and one stderr line.

export const EXIT = { ok: 0, input: 1, usage: 2, strict: 3 } as const;

export type InputReason =
  | 'encrypted'
  | 'bad_password'
  | 'not_pdf'
  | 'no_text'
  | 'too_many_pages'
  | 'too_big'
  | 'too_complex'
  | 'corrupt'
  | 'empty'
  | 'no_pages'
  | 'timeout'
  | 'out_of_memory'
  | 'unreadable'
  | 'unsupported';

export class PanelpackError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** The user asked for something impossible (bad flag, missing file argument). Exit 2. */
export class UsageError extends PanelpackError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

/** An input could not be read or parsed. Exit 1; message is the reason without the file name. */
export class InputError extends PanelpackError {
  readonly reason: InputReason;
  constructor(reason: InputReason, message: string) {
    super(message, EXIT.input);
    this.reason = reason;
  }
}

/** One line for stderr: "file: reason". Never a stack trace. */
export function describeError(file: string, err: unknown): string {
  if (err instanceof PanelpackError) return `${file}: ${err.message}`;
  const msg = err instanceof Error ? err.message : String(err);
  return `${file}: corrupt: ${msg.split('\n')[0]}`;
}

/** "no such file or directory", "permission denied": the system's words, without the errno code. */
export function fileProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot read: ${code ?? String(err)}`;
}
