// The text of a caught error, as a coverage note or a log line says it.

export function errText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // Node's file-system errors end with the path (`EACCES: permission denied, open '/abs/run/x.log'`); the note that
  // carries this text names the file already, so the path is dropped rather than said twice.
  if ('path' in err && typeof err.path === 'string' && 'syscall' in err)
    return err.message.replace(/, \w+ '[^']*'( -> '[^']*')?$/, '');
  return err.message;
}
