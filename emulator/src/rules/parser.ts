import type {
  AllowMethod,
  AllowStatement,
  BinaryOp,
  Block,
  Expr,
  FunctionDecl,
  Loc,
  MatchBlock,
  PathPart,
  PatternSegment,
  RulesFile
} from './ast';
import { Lexer, RulesSyntaxError, type Token } from './lexer';

export interface ParseError {
  file: string;
  line: number;
  column: number;
  message: string;
}

const METHODS = new Set<AllowMethod>(['read', 'write', 'get', 'list', 'create', 'update', 'delete']);

/** Parses one rules file. Syntax errors come back with line and column, never thrown. */
export function parseRules(file: string, src: string): { ast: RulesFile } | { error: ParseError } {
  const lexer = new Lexer(src);
  try {
    return { ast: new Parser(file, lexer).parseFile() };
  } catch (e) {
    if (e instanceof RulesSyntaxError) {
      const { line, column } = lexer.position(e.offset);
      return { error: { file, line, column, message: e.message } };
    }
    throw e;
  }
}

/** Parses a lone expression (used by tests and by `$(…)` inside path literals). */
export function parseExpression(src: string, file = '<expr>'): Expr {
  const lexer = new Lexer(src);
  const parser = new Parser(file, lexer);
  const expr = parser.parseExpr();
  parser.expectEof();
  return expr;
}

class Parser {
  private tok: Token;

  constructor(
    private readonly file: string,
    private readonly lexer: Lexer,
    /** Offset of this source inside the file (for `$(…)` sub-parsers). */
    private readonly base: { lexer: Lexer; offset: number } | null = null
  ) {
    this.tok = lexer.next();
  }

  private loc(offset: number): Loc {
    if (this.base) {
      const p = this.base.lexer.position(this.base.offset + offset);
      return { file: this.file, ...p };
    }
    return { file: this.file, ...this.lexer.position(offset) };
  }

  private fail(message: string, offset = this.tok.offset): never {
    throw new RulesSyntaxError(message, (this.base?.offset ?? 0) + offset);
  }

  private advance(): Token {
    const t = this.tok;
    this.tok = this.lexer.next();
    return t;
  }

  private isPunct(text: string): boolean {
    return this.tok.type === 'punct' && this.tok.text === text;
  }

  private isWord(text: string): boolean {
    return this.tok.type === 'ident' && this.tok.text === text;
  }

  private eatPunct(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.advance();
    return true;
  }

  private expectPunct(text: string): Token {
    if (!this.isPunct(text)) this.fail(`Expected '${text}' but found '${this.tok.text}'`);
    return this.advance();
  }

  private expectWord(text: string): Token {
    if (!this.isWord(text)) this.fail(`Expected '${text}' but found '${this.tok.text}'`);
    return this.advance();
  }

  private expectIdent(what: string): Token {
    if (this.tok.type !== 'ident') this.fail(`Expected ${what} but found '${this.tok.text}'`);
    return this.advance();
  }

  expectEof(): void {
    if (this.tok.type !== 'eof') this.fail(`Unexpected '${this.tok.text}'`);
  }

  parseFile(): RulesFile {
    let version: '1' | '2' = '1';
    if (this.isWord('rules_version')) {
      this.advance();
      this.expectPunct('=');
      const v = this.advance();
      if (v.type !== 'string' || (v.text !== '1' && v.text !== '2'))
        this.fail("rules_version must be '1' or '2'", v.offset);
      version = v.text as '1' | '2';
      this.eatPunct(';');
    }
    let service: RulesFile['service'] = null;
    if (this.tok.type !== 'eof') {
      const start = this.expectWord('service');
      let name = this.expectIdent('a service name').text;
      while (this.eatPunct('.')) name += '.' + this.expectIdent('a service name').text;
      if (name !== 'cloud.firestore')
        this.fail(`Unsupported service '${name}': expected cloud.firestore`, start.offset);
      const body = this.parseBlock(true);
      service = { name, body, loc: this.loc(start.offset) };
    }
    this.expectEof();
    return { file: this.file, version, service };
  }

  private parseBlock(isService: boolean): Block {
    this.expectPunct('{');
    const block: Block = { matches: [], allows: [], functions: [] };
    while (!this.isPunct('}')) {
      if (this.tok.type === 'eof') this.fail("Expected '}' but reached the end of the file");
      if (this.isWord('match')) block.matches.push(this.parseMatch());
      else if (this.isWord('function')) block.functions.push(this.parseFunction());
      else if (this.isWord('allow')) {
        if (isService) this.fail('allow statements must be inside a match block');
        block.allows.push(this.parseAllow());
      } else this.fail(`Expected match, allow or function but found '${this.tok.text}'`);
    }
    this.advance();
    return block;
  }

  private parseMatch(): MatchBlock {
    const start = this.advance();
    this.lexer.pos = start.end;
    const raw = this.lexer.scanPattern();
    const pattern: PatternSegment[] = [];
    for (const seg of raw.segments) {
      if (seg.text.startsWith('{')) {
        const m = /^\{([A-Za-z_][A-Za-z0-9_]*)(=\*\*)?\}$/.exec(seg.text);
        if (!m) this.fail(`Bad wildcard '${seg.text}': expected {name} or {name=**}`, seg.offset);
        pattern.push(m[2] ? { kind: 'rest', name: m[1] as string } : { kind: 'var', name: m[1] as string });
      } else pattern.push({ kind: 'literal', value: seg.text });
    }
    this.tok = this.lexer.next();
    const body = this.parseBlock(false);
    return { pattern, body, loc: this.loc(start.offset) };
  }

  private parseAllow(): AllowStatement {
    const start = this.advance();
    const methods: AllowMethod[] = [];
    do {
      const m = this.expectIdent('a method (read, write, get, list, create, update, delete)');
      if (!METHODS.has(m.text as AllowMethod))
        this.fail(
          `Unknown method '${m.text}': expected read, write, get, list, create, update or delete`,
          m.offset
        );
      methods.push(m.text as AllowMethod);
    } while (this.eatPunct(','));
    let condition: Expr | null = null;
    if (this.eatPunct(':')) {
      this.expectWord('if');
      condition = this.parseExpr();
    }
    this.eatPunct(';');
    return { methods, condition, loc: this.loc(start.offset) };
  }

  private parseFunction(): FunctionDecl {
    const start = this.advance();
    const name = this.expectIdent('a function name').text;
    this.expectPunct('(');
    const params: string[] = [];
    if (!this.isPunct(')')) {
      do params.push(this.expectIdent('a parameter name').text);
      while (this.eatPunct(','));
    }
    this.expectPunct(')');
    this.expectPunct('{');
    const lets: FunctionDecl['lets'] = [];
    while (this.isWord('let')) {
      const l = this.advance();
      const letName = this.expectIdent('a variable name').text;
      this.expectPunct('=');
      const value = this.parseExpr();
      this.eatPunct(';');
      lets.push({ name: letName, value, loc: this.loc(l.offset) });
    }
    this.expectWord('return');
    const body = this.parseExpr();
    this.eatPunct(';');
    this.expectPunct('}');
    return { name, params, lets, body, loc: this.loc(start.offset) };
  }

  parseExpr(): Expr {
    const test = this.parseBinary(0);
    if (this.isPunct('?')) {
      const q = this.advance();
      const then = this.parseExpr();
      this.expectPunct(':');
      const otherwise = this.parseExpr();
      return { kind: 'ternary', test, then, otherwise, loc: this.loc(q.offset) };
    }
    return test;
  }

  // Precedence climbing, loosest first: || && (== !=) (< <= > >= in is) (+ -) (* / %)
  private static readonly LEVELS: string[][] = [
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<', '<=', '>', '>=', 'in', 'is'],
    ['+', '-'],
    ['*', '/', '%']
  ];

  private parseBinary(level: number): Expr {
    const ops = Parser.LEVELS[level];
    if (!ops) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const t = this.tok;
      const op = (t.type === 'punct' || t.type === 'ident') && ops.includes(t.text) ? t.text : null;
      if (!op) return left;
      this.advance();
      if (op === 'is') {
        const typeName = this.expectIdent('a type name').text;
        left = { kind: 'is', operand: left, typeName, loc: this.loc(t.offset) };
        continue;
      }
      const right = this.parseBinary(level + 1);
      left = { kind: 'binary', op: op as BinaryOp, left, right, loc: this.loc(t.offset) };
    }
  }

  private parseUnary(): Expr {
    if (this.isPunct('!') || this.isPunct('-')) {
      const t = this.advance();
      const operand = this.parseUnary();
      // fold negative numeric literals so that -9223372036854775808 stays an int
      if (t.text === '-' && operand.kind === 'literal' && operand.value.t === 'int')
        return { kind: 'literal', value: { t: 'int', v: -operand.value.v }, loc: this.loc(t.offset) };
      if (t.text === '-' && operand.kind === 'literal' && operand.value.t === 'float')
        return { kind: 'literal', value: { t: 'float', v: -operand.value.v }, loc: this.loc(t.offset) };
      return { kind: 'unary', op: t.text as '!' | '-', operand, loc: this.loc(t.offset) };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePostfix(expr: Expr): Expr {
    for (;;) {
      if (this.isPunct('.')) {
        const t = this.advance();
        const name = this.expectIdent('a field or method name').text;
        expr = { kind: 'member', object: expr, name, loc: this.loc(t.offset + 1) };
      } else if (this.isPunct('(')) {
        const t = this.advance();
        const args: Expr[] = [];
        if (!this.isPunct(')')) {
          do args.push(this.parseExpr());
          while (this.eatPunct(','));
        }
        this.expectPunct(')');
        expr = {
          kind: 'call',
          callee: expr,
          args,
          loc: expr.kind === 'member' || expr.kind === 'ident' ? expr.loc : this.loc(t.offset)
        };
      } else if (this.isPunct('[')) {
        const t = this.advance();
        const index = this.parseExpr();
        if (this.eatPunct(':')) {
          const to = this.parseExpr();
          this.expectPunct(']');
          expr = { kind: 'range', object: expr, from: index, to, loc: this.loc(t.offset) };
        } else {
          this.expectPunct(']');
          expr = { kind: 'index', object: expr, index, loc: this.loc(t.offset) };
        }
      } else return expr;
    }
  }

  private parsePrimary(): Expr {
    const t = this.tok;
    const loc = this.loc(t.offset);
    switch (t.type) {
      case 'int': {
        this.advance();
        const v = BigInt(t.text);
        return { kind: 'literal', value: { t: 'int', v }, loc };
      }
      case 'float':
        this.advance();
        return { kind: 'literal', value: { t: 'float', v: Number(t.text) }, loc };
      case 'string':
        this.advance();
        return { kind: 'literal', value: { t: 'string', v: t.text }, loc };
      case 'bytes':
        this.advance();
        return { kind: 'literal', value: { t: 'bytes', v: t.bytes ?? new Uint8Array() }, loc };
      case 'ident':
        this.advance();
        if (t.text === 'true' || t.text === 'false')
          return { kind: 'literal', value: { t: 'bool', v: t.text === 'true' }, loc };
        if (t.text === 'null') return { kind: 'literal', value: { t: 'null' }, loc };
        return { kind: 'ident', name: t.text, loc };
      case 'punct':
        break;
      default:
        this.fail(`Unexpected '${t.text}'`);
    }
    if (this.eatPunct('(')) {
      const e = this.parseExpr();
      this.expectPunct(')');
      return e;
    }
    if (this.eatPunct('[')) {
      const items: Expr[] = [];
      if (!this.isPunct(']')) {
        do {
          if (this.isPunct(']')) break;
          items.push(this.parseExpr());
        } while (this.eatPunct(','));
      }
      this.expectPunct(']');
      return { kind: 'list', items, loc };
    }
    if (this.eatPunct('{')) {
      const entries: { key: Expr; value: Expr }[] = [];
      if (!this.isPunct('}')) {
        do {
          if (this.isPunct('}')) break;
          const key = this.parseExpr();
          this.expectPunct(':');
          entries.push({ key, value: this.parseExpr() });
        } while (this.eatPunct(','));
      }
      this.expectPunct('}');
      return { kind: 'map', entries, loc };
    }
    if (this.isPunct('/')) return this.parsePathLiteral(t);
    this.fail(`Unexpected '${t.text}'`);
  }

  private parsePathLiteral(t: Token): Expr {
    const raw = this.lexer.scanPathLiteral(t.offset);
    const parts: PathPart[][] = raw.map((seg) =>
      seg.map((p): PathPart => {
        if (p.kind === 'text') return { kind: 'text', text: p.text };
        const sub = new Parser(this.file, new Lexer(p.text), {
          lexer: this.base?.lexer ?? this.lexer,
          offset: (this.base?.offset ?? 0) + p.offset
        });
        const expr = sub.parseExpr();
        sub.expectEof();
        return { kind: 'expr', expr };
      })
    );
    this.tok = this.lexer.next();
    return { kind: 'path', parts, loc: this.loc(t.offset) };
  }
}
