export * from './register-number';
