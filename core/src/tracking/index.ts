export * from './tracking-code';
