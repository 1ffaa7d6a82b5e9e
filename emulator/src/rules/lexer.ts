/** Tokens of the rules language. Paths (in `match` and path literals) are not tokens:
 * the parser asks the lexer to scan them raw, because `/` is also division. */

export type TokenType = 'ident' | 'int' | 'float' | 'string' | 'bytes' | 'punct' | 'eof';

export interface Token {
  type: TokenType;
  /** Identifier name, punctuation text, or the decoded literal. */
  text: string;
  bytes?: Uint8Array;
  offset: number;
  end: number;
}

export class RulesSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message);
  }
}

const PUNCTUATION = [
  '&&',
  '||',
  '==',
  '!=',
  '<=',
  '>=',
  '$(',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  ':',
  '.',
  '?',
  '!',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '='
];

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
/** Characters allowed in a raw path segment besides `$(…)` and `(…)`. */
const PATH_CHAR = /[A-Za-z0-9_\-.~%@+:]/;

export class Lexer {
  pos = 0;
  private readonly lineStarts: number[] = [0];

  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.lineStarts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  skipSpace(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '/' && s[this.pos + 1] === '/') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && s[this.pos + 1] === '*') {
        const close = s.indexOf('*/', this.pos + 2);
        if (close < 0) throw new RulesSyntaxError('Unterminated comment', this.pos);
        this.pos = close + 2;
      } else return;
    }
  }

  next(): Token {
    this.skipSpace();
    const s = this.src;
    const start = this.pos;
    if (start >= s.length) return { type: 'eof', text: '<end of file>', offset: start, end: start };
    const c = s[start] as string;
    if ((c === 'b' || c === 'r') && (s[start + 1] === "'" || s[start + 1] === '"')) {
      this.pos++;
      const str = this.readString(c === 'r');
      if (c === 'r') return { type: 'string', text: str, offset: start, end: this.pos };
      return { type: 'bytes', text: str, bytes: latin1Bytes(str), offset: start, end: this.pos };
    }
    if (IDENT_START.test(c)) {
      while (this.pos < s.length && IDENT_PART.test(s[this.pos] as string)) this.pos++;
      return { type: 'ident', text: s.slice(start, this.pos), offset: start, end: this.pos };
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(s[start + 1] ?? ''))) return this.readNumber();
    if (c === "'" || c === '"') {
      const str = this.readString(false);
      return { type: 'string', text: str, offset: start, end: this.pos };
    }
    for (const p of PUNCTUATION) {
      if (s.startsWith(p, start)) {
        this.pos += p.length;
        return { type: 'punct', text: p, offset: start, end: this.pos };
      }
    }
    throw new RulesSyntaxError(`Unexpected character '${c}'`, start);
  }

  private readNumber(): Token {
    const s = this.src;
    const start = this.pos;
    if (s[start] === '0' && (s[start + 1] === 'x' || s[start + 1] === 'X')) {
      this.pos += 2;
      while (/[0-9a-fA-F]/.test(s[this.pos] ?? '')) this.pos++;
      return { type: 'int', text: BigInt(s.slice(start, this.pos)).toString(), offset: start, end: this.pos };
    }
    let isFloat = false;
    while (/[0-9]/.test(s[this.pos] ?? '')) this.pos++;
    if (s[this.pos] === '.' && /[0-9]/.test(s[this.pos + 1] ?? '')) {
      isFloat = true;
      this.pos++;
      while (/[0-9]/.test(s[this.pos] ?? '')) this.pos++;
    }
    if (s[this.pos] === 'e' || s[this.pos] === 'E') {
      const save = this.pos;
      this.pos++;
      if (s[this.pos] === '+' || s[this.pos] === '-') this.pos++;
      if (/[0-9]/.test(s[this.pos] ?? '')) {
        isFloat = true;
        while (/[0-9]/.test(s[this.pos] ?? '')) this.pos++;
      } else this.pos = save;
    }
    return { type: isFloat ? 'float' : 'int', text: s.slice(start, this.pos), offset: start, end: this.pos };
  }

  private readString(raw: boolean): string {
    const s = this.src;
    const quote = s[this.pos];
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      const c = s[this.pos];
      if (c === undefined || c === '\n') throw new RulesSyntaxError('Unterminated string', start);
      this.pos++;
      if (c === quote) return out;
      if (c !== '\\' || raw) {
        out += c;
        continue;
      }
      const e = s[this.pos++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'v':
          out += '\v';
          break;
        case 'a':
          out += '\x07';
          break;
        case '0':
          out += '\0';
          break;
        case 'x': {
          const hex = s.slice(this.pos, this.pos + 2);
          if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new RulesSyntaxError('Bad \\x escape', this.pos - 2);
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 2;
          break;
        }
        case 'u': {
          const hex = s.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new RulesSyntaxError('Bad \\u escape', this.pos - 2);
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        case undefined:
          throw new RulesSyntaxError('Unterminated string', start);
        default:
          // \\ \' \" \/ \. \- …: keep the character; regex escapes stay usable as written.
          out += e === '\\' || e === "'" || e === '"' ? e : `\\${e}`;
      }
    }
  }

  /** Raw scan of a `match` pattern starting at the current position. */
  scanPattern(): { segments: { text: string; offset: number }[]; end: number } {
    this.skipSpace();
    const s = this.src;
    const segments: { text: string; offset: number }[] = [];
    if (s[this.pos] !== '/')
      throw new RulesSyntaxError("Expected a path starting with '/' after match", this.pos);
    while (s[this.pos] === '/') {
      this.pos++;
      const start = this.pos;
      if (s[this.pos] === '{') {
        const close = s.indexOf('}', this.pos);
        if (close < 0) throw new RulesSyntaxError("Unclosed '{' in match path", this.pos);
        this.pos = close + 1;
      } else {
        while (
          this.pos < s.length &&
          (PATH_CHAR.test(s[this.pos] as string) || s[this.pos] === '(' || s[this.pos] === ')')
        )
          this.pos++;
      }
      if (this.pos === start) throw new RulesSyntaxError('Empty segment in match path', start);
      segments.push({ text: s.slice(start, this.pos), offset: start });
    }
    return { segments, end: this.pos };
  }

  /**
   * Raw scan of a path literal `/databases/$(database)/documents/x/$(id)` from `offset`.
   * Returns each segment as text pieces and `$(…)` source ranges for the parser to parse.
   */
  scanPathLiteral(offset: number): { kind: 'text' | 'expr'; text: string; offset: number }[][] {
    const s = this.src;
    this.pos = offset;
    const segments: { kind: 'text' | 'expr'; text: string; offset: number }[][] = [];
    while (s[this.pos] === '/' && s[this.pos + 1] !== '/' && s[this.pos + 1] !== '*') {
      this.pos++;
      const parts: { kind: 'text' | 'expr'; text: string; offset: number }[] = [];
      for (;;) {
        const c = s[this.pos];
        if (c === '$' && s[this.pos + 1] === '(') {
          const inner = this.pos + 2;
          const close = this.matchingParen(this.pos + 1);
          parts.push({ kind: 'expr', text: s.slice(inner, close), offset: inner });
          this.pos = close + 1;
        } else if (c === '(' && parts.length === 0) {
          // a raw parenthesised segment such as (default)
          const close = this.matchingParen(this.pos);
          parts.push({ kind: 'text', text: s.slice(this.pos, close + 1), offset: this.pos });
          this.pos = close + 1;
        } else if (c !== undefined && PATH_CHAR.test(c) && c !== ':') {
          const start = this.pos;
          while (this.pos < s.length && PATH_CHAR.test(s[this.pos] as string) && s[this.pos] !== ':')
            this.pos++;
          parts.push({ kind: 'text', text: s.slice(start, this.pos), offset: start });
        } else break;
      }
      if (parts.length === 0) throw new RulesSyntaxError('Empty segment in path', this.pos);
      segments.push(parts);
    }
    return segments;
  }

  private matchingParen(open: number): number {
    const s = this.src;
    let depth = 0;
    for (let i = open; i < s.length; i++) {
      const c = s[i];
      if (c === "'" || c === '"') {
        i++;
        while (i < s.length && s[i] !== c) i += s[i] === '\\' ? 2 : 1;
      } else if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) return i;
      }
    }
    throw new RulesSyntaxError("Unclosed '(' in path", open);
  }
}

function latin1Bytes(str: string): Uint8Array {
  // b'…' literals: \xNN escapes give bytes; other characters are UTF-8 encoded.
  const out: number[] = [];
  for (const ch of str) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x100) out.push(code);
    else out.push(...new TextEncoder().encode(ch));
  }
  return new Uint8Array(out);
}
