/**
 * The house's rules (docs/architecture.md), read from the source itself: one direction through
 * the layers, nothing in the Lambda from development, no file past 300 lines, and every sentence
 * Steady says or shows in a content module. A change that breaks one is named here with its file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const LAMBDA = path.join(ROOT, 'lambda');
const TOOLS = path.join(ROOT, 'tools');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

interface Import {
  readonly from: string;
  /** The file it resolves to, relative to the root, for a relative import. */
  readonly target?: string;
  readonly typeOnly: boolean;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function importsOf(file: string): Import[] {
  const imports: Import[] = [];
  for (const statement of parse(file).statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    const typeOnly = ts.isImportDeclaration(statement) ? Boolean(statement.importClause?.isTypeOnly) : statement.isTypeOnly;
    const target = from.startsWith('.') ? rel(path.resolve(path.dirname(file), from)) : undefined;
    imports.push({ from, typeOnly, ...(target ? { target } : {}) });
  }
  return imports;
}

const lambdaFiles = sourceFiles(LAMBDA);

/**
 * Each layer and what it may not reach: nothing points up. A name ending in `/` is a folder; any
 * other is one module (`lambda/skill` is the wiring; `lambda/skill-dependencies` is only the
 * interface every layer is handed).
 */
const BELOW: ReadonlyArray<{ layer: string; mayNotImport: readonly string[] }> = [
  {
    layer: 'lambda/guidance/',
    mayNotImport: ['lambda/handlers/', 'lambda/renderers/', 'lambda/playback/', 'lambda/store/', 'lambda/alexa/', 'lambda/skill'],
  },
  { layer: 'lambda/delivery/', mayNotImport: ['lambda/handlers/', 'lambda/guidance/', 'lambda/playback/', 'lambda/skill'] },
  {
    layer: 'lambda/renderers/',
    mayNotImport: [
      'lambda/handlers/',
      'lambda/guidance/',
      'lambda/delivery/',
      'lambda/playback/',
      'lambda/practice/',
      'lambda/store/',
      'lambda/skill',
    ],
  },
  {
    layer: 'lambda/speech/',
    mayNotImport: ['lambda/handlers/', 'lambda/guidance/', 'lambda/delivery/', 'lambda/renderers/', 'lambda/playback/', 'lambda/skill'],
  },
  {
    layer: 'lambda/practice/',
    mayNotImport: ['lambda/handlers/', 'lambda/renderers/', 'lambda/guidance/', 'lambda/playback/', 'lambda/skill'],
  },
  {
    layer: 'lambda/store/',
    mayNotImport: ['lambda/handlers/', 'lambda/renderers/', 'lambda/guidance/', 'lambda/playback/', 'lambda/alexa/', 'lambda/skill'],
  },
  {
    layer: 'lambda/alexa/',
    mayNotImport: ['lambda/handlers/', 'lambda/renderers/', 'lambda/guidance/', 'lambda/playback/', 'lambda/skill'],
  },
  { layer: 'lambda/safety/', mayNotImport: ['lambda/handlers/', 'lambda/renderers/', 'lambda/guidance/', 'lambda/skill'] },
  { layer: 'lambda/understanding/', mayNotImport: ['lambda/handlers/', 'lambda/renderers/', 'lambda/guidance/', 'lambda/skill'] },
];

const reaches = (target: string, above: string) => (above.endsWith('/') ? target.startsWith(above) : target === above);

describe('one direction through the house', () => {
  it.each(BELOW)('$layer reaches nothing above it', ({ layer, mayNotImport }) => {
    const upward = lambdaFiles
      .filter((file) => rel(file).startsWith(layer))
      .flatMap((file) =>
        importsOf(file)
          .filter((i) => i.target && mayNotImport.some((above) => reaches(i.target!, above)))
          .map((i) => `${rel(file)} -> ${i.target}`),
      );
    expect(upward).toEqual([]);
  });

  it('content is a leaf: it uses nothing but other words and the shapes it fills', () => {
    const reaching = lambdaFiles
      .filter((file) => rel(file).startsWith('lambda/content/'))
      .flatMap((file) =>
        importsOf(file)
          .filter((i) => !i.typeOnly && i.target !== undefined && !i.target.startsWith('lambda/content/'))
          .map((i) => `${rel(file)} -> ${i.target}`),
      );
    expect(reaching).toEqual([]);
  });

  const LANGUAGE_MODULE = /^lambda\/content\/[a-z]{2}(\/|$)/;

  it("a language's words are reached only through words.ts (what is said) and heard.ts (what is heard)", () => {
    const readers = lambdaFiles
      .filter((file) => !LANGUAGE_MODULE.test(rel(file)))
      .filter((file) => importsOf(file).some((i) => i.target && LANGUAGE_MODULE.test(i.target)))
      .map(rel);
    expect(readers.sort()).toEqual(['lambda/content/heard.ts', 'lambda/content/words.ts']);
  });
});

describe('the Lambda carries only what it runs', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const packageOf = (from: string) => (from.startsWith('@') ? from.split('/').slice(0, 2).join('/') : from.split('/')[0]!);

  it('imports nothing from tools/, test/ or a development-only package', () => {
    const wrong = lambdaFiles.flatMap((file) =>
      importsOf(file)
        .filter((i) =>
          i.target
            ? !i.target.startsWith('lambda/')
            : !i.from.startsWith('node:') && !(packageOf(i.from) in pkg.dependencies) && !i.typeOnly,
        )
        .map((i) => `${rel(file)} -> ${i.from}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the developer tools do not import the tests', () => {
    const wrong = sourceFiles(TOOLS).flatMap((file) =>
      importsOf(file)
        .filter((i) => i.target?.startsWith('test/'))
        .map((i) => `${rel(file)} -> ${i.target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the simulator is entered only through its entry, tools/simulator/index.ts', () => {
    const SIMULATOR = 'tools/simulator/';
    const wrong = [...sourceFiles(TOOLS), ...sourceFiles(path.join(ROOT, 'test'))]
      .filter((file) => !rel(file).startsWith(SIMULATOR))
      .flatMap((file) =>
        importsOf(file)
          .filter((i) => i.target?.startsWith(SIMULATOR))
          .map((i) => `${rel(file)} -> ${i.target}`),
      );
    expect(wrong).toEqual([]);
  });
});

describe('small rooms', () => {
  it('no source file under lambda/ passes 300 lines', () => {
    const long = lambdaFiles
      .map((file) => ({ file: rel(file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });
});

/**
 * A sentence is a string of three or more words. Log lines and thrown errors are for the people
 * who run Steady, never said, so they may be written where they happen.
 */
const SENTENCE = /[A-Za-z]+[ ,'’]+[A-Za-z]+\s+[A-Za-z]+/;
const LOGGING = /^(log|info|warn|error|debug|trace)$/;

/** DynamoDB's condition and update expressions, which are code written as strings. */
const EXPRESSION = /[#:()=<>]/;

function isForOperators(node: ts.Node): boolean {
  if (path.basename(node.getSourceFile().fileName) === 'logger.ts') return true;
  for (let up: ts.Node | undefined = node.parent; up; up = up.parent) {
    if (ts.isImportDeclaration(up) || ts.isExportDeclaration(up) || ts.isThrowStatement(up)) return true;
    if (ts.isNewExpression(up) && /(Error|Exception)$/.test(up.expression.getText())) return true;
    if (ts.isCallExpression(up) && up.expression.kind === ts.SyntaxKind.SuperKeyword) return true;
    if (ts.isCallExpression(up) && ts.isPropertyAccessExpression(up.expression) && LOGGING.test(up.expression.name.text)) return true;
    if (ts.isFunctionLike(up) || ts.isSourceFile(up)) return false;
  }
  return false;
}

function sentencesIn(file: string): string[] {
  const source = parse(file);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' 0 ');
    if (text !== undefined && SENTENCE.test(text) && !EXPRESSION.test(text) && !isForOperators(node)) {
      found.push(`${rel(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(text).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every word in one place per language', () => {
  it('no sentence is written in lambda/ outside the content modules, beyond log lines and errors', () => {
    const stray = lambdaFiles.filter((file) => !rel(file).startsWith('lambda/content/')).flatMap(sentencesIn);
    expect(stray).toEqual([]);
  });

  it('the check finds a sentence where one is written', () => {
    const probe = ts.createSourceFile('probe.ts', "const x = 'Breathe in slowly';", ts.ScriptTarget.Latest, true);
    let seen = false;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) && SENTENCE.test(node.text) && !isForOperators(node)) seen = true;
      ts.forEachChild(node, visit);
    };
    visit(probe);
    expect(seen).toBe(true);
  });
});
