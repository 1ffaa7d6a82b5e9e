export * from './messages';
export * from './issues';
export * from './phone';
export * from './fields';
