/** The syntax tree of a rules file. Every node carries its source location so that
 * compile errors and denial messages can point at file:line:column. */

export interface Loc {
  file: string;
  line: number;
  column: number;
}

export type Expr =
  | { kind: 'literal'; value: LiteralValue; loc: Loc }
  | { kind: 'ident'; name: string; loc: Loc }
  | { kind: 'list'; items: Expr[]; loc: Loc }
  | { kind: 'map'; entries: { key: Expr; value: Expr }[]; loc: Loc }
  | { kind: 'path'; parts: PathPart[][]; loc: Loc }
  | { kind: 'member'; object: Expr; name: string; loc: Loc }
  | { kind: 'index'; object: Expr; index: Expr; loc: Loc }
  | { kind: 'range'; object: Expr; from: Expr; to: Expr; loc: Loc }
  | { kind: 'call'; callee: Expr; args: Expr[]; loc: Loc }
  | { kind: 'unary'; op: '!' | '-'; operand: Expr; loc: Loc }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; loc: Loc }
  | { kind: 'is'; operand: Expr; typeName: string; loc: Loc }
  | { kind: 'ternary'; test: Expr; then: Expr; otherwise: Expr; loc: Loc };

export type BinaryOp =
  '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '+' | '-' | '*' | '/' | '%';

export type LiteralValue =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'string'; v: string }
  | { t: 'bytes'; v: Uint8Array };

/** One segment of a path literal is a concatenation of raw text and `$(expr)` pieces. */
export type PathPart = { kind: 'text'; text: string } | { kind: 'expr'; expr: Expr };

export type PatternSegment =
  { kind: 'literal'; value: string } | { kind: 'var'; name: string } | { kind: 'rest'; name: string };

export type AllowMethod = 'read' | 'write' | 'get' | 'list' | 'create' | 'update' | 'delete';

export interface AllowStatement {
  methods: AllowMethod[];
  /** null for an unconditional `allow read;`. */
  condition: Expr | null;
  loc: Loc;
}

export interface FunctionDecl {
  name: string;
  params: string[];
  lets: { name: string; value: Expr; loc: Loc }[];
  body: Expr;
  loc: Loc;
}

export interface Block {
  matches: MatchBlock[];
  allows: AllowStatement[];
  functions: FunctionDecl[];
}

export interface MatchBlock {
  pattern: PatternSegment[];
  body: Block;
  loc: Loc;
}

export interface RulesFile {
  file: string;
  version: '1' | '2';
  service: { name: string; body: Block; loc: Loc } | null;
}
