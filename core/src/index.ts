export * from './i18n';
export * from './taxonomy/index';
