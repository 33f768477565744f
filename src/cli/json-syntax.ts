/**
 * Finds where JSON text first goes wrong, so a hand-edited profile or rule pack gets an error
 * with a line and column. Only run after JSON.parse has failed (Node's message does not always
 * give a position).
 */

export interface JsonSyntaxError {
  offset: number;
  expected: string;
}

class JsonSyntaxFault extends Error {
  constructor(readonly found: JsonSyntaxError) {
    super(`expected ${found.expected} at ${found.offset}`);
  }
}

class Scanner {
  pos = 0;

  constructor(private readonly text: string) {}

  fail(expected: string): never {
    throw new JsonSyntaxFault({ offset: this.pos, expected });
  }

  space(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos])) this.pos++;
  }

  literal(word: string): void {
    if (this.text.startsWith(word, this.pos)) this.pos += word.length;
    else this.fail('a value');
  }

  string(): void {
    this.pos++; // opening quote
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '"') {
        this.pos++;
        return;
      }
      if (ch === '\\') {
        const next = this.text[this.pos + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6)))
            this.fail('four hex digits after \\u');
          this.pos += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') this.pos += 2;
        else this.fail('a valid escape after \\');
        continue;
      }
      if (ch < ' ') this.fail('a closing " before the end of the line');
      this.pos++;
    }
    this.fail('a closing "');
  }

  number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!m) this.fail('a value');
    this.pos += m[0].length;
  }

  items(close: string, item: () => void): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      item();
      this.space();
      const ch = this.text[this.pos];
      if (ch === close) {
        this.pos++;
        return;
      }
      if (ch !== ',') this.fail(`',' or '${close}'`);
      this.pos++;
      this.space();
      if (this.text[this.pos] === close)
        this.fail(
          close === '}' ? 'a property name in double quotes (no comma before })' : 'a value (no comma before ])',
        );
    }
  }

  value(): void {
    this.space();
    const ch = this.text[this.pos];
    if (ch === '{') {
      this.items('}', () => {
        this.space();
        if (this.text[this.pos] !== '"') this.fail('a property name in double quotes');
        this.string();
        this.space();
        if (this.text[this.pos] !== ':') this.fail("':'");
        this.pos++;
        this.value();
      });
    } else if (ch === '[') this.items(']', () => this.value());
    else if (ch === '"') this.string();
    else if (ch === 't') this.literal('true');
    else if (ch === 'f') this.literal('false');
    else if (ch === 'n') this.literal('null');
    else if (ch === undefined) this.fail('a value, but the file ended');
    else this.number();
  }
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.space();
    if (scanner.pos < text.length) scanner.fail('the end of the file');
    return null;
  } catch (err) {
    if (err instanceof JsonSyntaxFault) return err.found;
    throw err;
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
