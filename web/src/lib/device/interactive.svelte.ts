/**
 * Whether this page's scripts are running it yet. The citizen's pages arrive as prerendered HTML
 * and stay inert until hydration: a select changed or a form submitted before then would be
 * lost (or sent as a plain GET that reloads the page), so such controls stay disabled until the
 * first component has mounted. Once true, it stays true for every later page of the visit.
 */
import { onMount } from 'svelte';

let ready = $state(false);

export const interactive = {
  get ready(): boolean {
    return ready;
  }
};

/** Call during a component's initialisation; `interactive.ready` turns true once it has mounted. */
export function trackInteractive(): typeof interactive {
  onMount(() => {
    ready = true;
  });
  return interactive;
}
