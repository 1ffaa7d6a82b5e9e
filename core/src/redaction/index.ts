export * from './scrub';
export * from './redact';
