/**
 * Once per run of the `e2e` project: the whole product as `npm start` brings it up, on free
 * ports with a throw-away data directory and web build (support/product-stack.ts). The tests
 * reach it through `inject('productStack')`.
 */
import type { TestProject } from 'vitest/node';
import { startProductStack, type ProductStackAddress } from './support/product-stack';

declare module 'vitest' {
  export interface ProvidedContext {
    productStack: ProductStackAddress;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startProductStack();
  const { siteUrl, firestoreHost, authHost, functionsHost, project: projectId } = stack;
  console.log(`e2e: the product is up in ${stack.startSeconds.toFixed(1)} s at ${siteUrl}`);
  project.provide('productStack', { siteUrl, firestoreHost, authHost, functionsHost, project: projectId });
  return () => stack.stop();
}
