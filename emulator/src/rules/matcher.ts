/** Path matching of `match` patterns against a request path.
 * A request path may contain symbolic segments when it stands for a list query:
 * `anyDoc` (the documents of the queried collection) and `anyDepth` (the zero or more
 * segments in front of a collection-group's collection id). */
import type { PatternSegment } from './ast';
import { type Value, str, unknown } from './values';

export type PathSeg = { kind: 'concrete'; value: string } | { kind: 'anyDoc' } | { kind: 'anyDepth' };

export interface PrefixMatch {
  bindings: Map<string, Value>;
  /** What the pattern left unconsumed, for nested match blocks. */
  rest: PathSeg[];
}

export const concrete = (segs: string[]): PathSeg[] => segs.map((value) => ({ kind: 'concrete', value }));

/**
 * All ways `pattern` can consume a prefix of `path`. In version 2 `{x=**}` takes zero or
 * more segments; in version 1 one or more. `{x}` and literals take exactly one segment.
 */
export function matchPrefix(pattern: PatternSegment[], path: PathSeg[], version: '1' | '2'): PrefixMatch[] {
  const out: PrefixMatch[] = [];
  const go = (pi: number, si: number, bindings: Map<string, Value>): void => {
    const seg = pattern[pi];
    if (!seg) {
      out.push({ bindings, rest: path.slice(si) });
      return;
    }
    const item = path[si];
    if (seg.kind === 'literal') {
      if (item?.kind === 'concrete' && item.value === seg.value) go(pi + 1, si + 1, bindings);
      return;
    }
    if (seg.kind === 'var') {
      if (item?.kind === 'concrete') go(pi + 1, si + 1, withBinding(bindings, seg.name, str(item.value)));
      else if (item?.kind === 'anyDoc')
        go(
          pi + 1,
          si + 1,
          withBinding(bindings, seg.name, unknown(`the document id {${seg.name}} of a list query`))
        );
      return;
    }
    for (let end = version === '2' ? si : si + 1; end <= path.length; end++) {
      const taken = path.slice(si, end);
      const value: Value = taken.every((t) => t.kind === 'concrete')
        ? { t: 'path', v: taken.map((t) => (t as { value: string }).value) }
        : unknown(`the path {${seg.name}=**} of a list query`);
      go(pi + 1, end, withBinding(bindings, seg.name, value));
    }
  };
  go(0, 0, new Map());
  return out;
}

function withBinding(bindings: Map<string, Value>, name: string, value: Value): Map<string, Value> {
  const next = new Map(bindings);
  next.set(name, value);
  return next;
}
