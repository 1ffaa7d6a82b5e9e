/** Google's canonical status codes with the HTTP status each maps to (google/rpc/code.proto). */
export const STATUS = {
  CANCELLED: { code: 1, http: 499 },
  UNKNOWN: { code: 2, http: 500 },
  INVALID_ARGUMENT: { code: 3, http: 400 },
  DEADLINE_EXCEEDED: { code: 4, http: 504 },
  NOT_FOUND: { code: 5, http: 404 },
  ALREADY_EXISTS: { code: 6, http: 409 },
  PERMISSION_DENIED: { code: 7, http: 403 },
  RESOURCE_EXHAUSTED: { code: 8, http: 429 },
  FAILED_PRECONDITION: { code: 9, http: 400 },
  ABORTED: { code: 10, http: 409 },
  OUT_OF_RANGE: { code: 11, http: 400 },
  UNIMPLEMENTED: { code: 12, http: 501 },
  INTERNAL: { code: 13, http: 500 },
  UNAVAILABLE: { code: 14, http: 503 },
  UNAUTHENTICATED: { code: 16, http: 401 }
} as const;

export type StatusName = keyof typeof STATUS;

export class EmulatorError extends Error {
  constructor(
    readonly status: StatusName,
    message: string
  ) {
    super(message);
    this.name = 'EmulatorError';
  }

  get httpStatus(): number {
    return STATUS[this.status].http;
  }

  /** The body Google's APIs send: {error: {code, message, status}} with the HTTP code. */
  toJson(): { error: { code: number; message: string; status: StatusName } } {
    return { error: { code: this.httpStatus, message: this.message, status: this.status } };
  }
}
