/**
 * Once per run of the `tests` project: the citizen stack (Firestore emulator with the real
 * rules, Auth emulator, web/ built against them, a static server) for the browser tests, which
 * reach it through `inject('citizenStack')`.
 */
import type { TestProject } from 'vitest/node';
import { startCitizenStack } from './support/stack';

export interface CitizenStackAddress {
  siteUrl: string;
  firestoreHost: string;
  authHost: string;
  project: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    citizenStack: CitizenStackAddress;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startCitizenStack();
  const { siteUrl, firestoreHost, authHost, project: projectId } = stack;
  project.provide('citizenStack', { siteUrl, firestoreHost, authHost, project: projectId });
  return () => stack.stop();
}
