/**
 * Once per run of the `tests` project: the stack the browser tests share (Firestore emulator with
 * the real rules, Auth and Functions emulators, web/ built against them, a static server), for
 * the citizen's and the staff's pages alike, which reach it through `inject('citizenStack')`.
 */
import type { TestProject } from 'vitest/node';
import { startCitizenStack } from './support/stack';

export interface CitizenStackAddress {
  siteUrl: string;
  firestoreHost: string;
  authHost: string;
  /** The staff pages' callables (members, book import). */
  functionsHost: string;
  project: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    citizenStack: CitizenStackAddress;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startCitizenStack({ functions: true });
  const { siteUrl, firestoreHost, authHost, functionsHost, project: projectId } = stack;
  if (!functionsHost) throw new Error('the Functions emulator did not start');
  project.provide('citizenStack', { siteUrl, firestoreHost, authHost, functionsHost, project: projectId });
  return () => stack.stop();
}
