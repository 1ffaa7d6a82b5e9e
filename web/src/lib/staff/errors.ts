/** Firestore's answer when the rules refuse: the page says "not allowed", not "try again". */
export function isPermissionDenied(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'permission-denied'
  );
}

/** A short technical detail to show after a failed write (the code, not a stack). */
export function errorDetail(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return error instanceof Error ? error.message : String(error);
}
