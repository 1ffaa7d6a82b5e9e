// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    /** Shallow-routing state: the step of the complaint form, so the back button goes a step back. */
    interface PageState {
      step?: number;
    }
  }

  /** Build-time settings (Vite `VITE_*`): a real Firebase project; none means the local emulator. */
  interface ImportMetaEnv {
    readonly VITE_FIREBASE_API_KEY?: string;
    readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
    readonly VITE_FIREBASE_PROJECT_ID?: string;
    readonly VITE_FIREBASE_APP_ID?: string;
    /** host:port of a Firestore emulator; defaults to this page's host, port 8080, for demo-* projects. */
    readonly VITE_FIRESTORE_EMULATOR_HOST?: string;
    /** host:port of the Auth emulator; defaults to this page's host, port 9099, for demo-* projects. */
    readonly VITE_AUTH_EMULATOR_HOST?: string;
  }
}

export {};
