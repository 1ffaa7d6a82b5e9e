// xlsx.ts is left out on purpose: exceljs is large, so pages import 'import/xlsx' only where needed.
export * from './problems';
export * from './values';
export * from './book';
export * from './csv';
