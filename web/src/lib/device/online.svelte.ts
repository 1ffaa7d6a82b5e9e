/** Whether the browser believes it is online; it can be wrong the other way, never offline wrongly. */
let online = $state(typeof navigator === 'undefined' ? true : navigator.onLine !== false);

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => (online = true));
  window.addEventListener('offline', () => (online = false));
}

export const connection = {
  get online(): boolean {
    return online;
  }
};
