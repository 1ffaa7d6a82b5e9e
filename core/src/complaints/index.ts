export * from './limits';
export * from './schema';
export * from './events';
export * from './network-share';
