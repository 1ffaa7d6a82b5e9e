/**
 * A typed message dictionary: every key holds a core `Label` ({ id, en }), so a key missing one
 * language is a type error, and so is a `{placeholder}` present in one language only. `t(key)`
 * asks for exactly the parameters the message names.
 */
import type { Label, Lang } from '@buku/core';

/** The `{name}` placeholders of a message template, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A dictionary whose two languages name the same placeholders; a mismatching entry becomes `never`. */
export type CheckedDictionary<D extends Record<string, Label>> = {
  [K in keyof D]: SameUnion<Placeholders<D[K]['id']>, Placeholders<D[K]['en']>> extends true ? D[K] : never;
};

/** Declares a dictionary; the `const` parameter keeps the literal texts for placeholder checks. */
export function defineMessages<const D extends Record<string, Label>>(messages: D & CheckedDictionary<D>): D {
  return messages;
}

export type Params = Record<string, string | number>;

/** The keys of messages without placeholders: `t(key)` needs nothing more. */
export type PlainKey<D extends Record<string, Label>> = {
  [K in keyof D & string]: [Placeholders<D[K]['id']>] extends [never] ? K : never;
}[keyof D & string];

/** Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

type ParamArgs<L extends Label> = [Placeholders<L['id']>] extends [never]
  ? []
  : [params: Record<Placeholders<L['id']>, string | number>];

export type Translate<D extends Record<string, Label>> = <K extends keyof D & string>(
  key: K,
  ...params: ParamArgs<D[K]>
) => string;

/** `t(key, params?)` over one dictionary, in the language `lang()` returns at call time. */
export function translator<D extends Record<string, Label>>(messages: D, lang: () => Lang): Translate<D> {
  return (key, ...params) => fill(messages[key]![lang()], params[0] as Params | undefined);
}
