/**
 * Entry point of the Cloud Functions codebase. Each function is a thin shell over core/;
 * the handlers arrive with issue 7 (intake processing, roles, monthly forum data).
 */
export {};
