export * from './config';
export * from './provider-key';
export * from './explain';
export * from './rank';
export * from './spelling';
export * from './partial';
