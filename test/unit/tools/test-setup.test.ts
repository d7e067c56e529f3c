import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { JAVA_MISSING, javaProblem } from '../../../tools/require-java';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jestConfig = require(path.join(ROOT, 'jest.config.js')) as { forceExit?: boolean; projects: Array<Record<string, unknown>> };

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? testFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

describe('the test setup a newcomer meets', () => {
  it('says in one line what to install when Java is missing', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'steady-no-java-'));
    try {
      expect(javaProblem({ PATH: empty })).toBe(JAVA_MISSING);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    expect(JAVA_MISSING).not.toMatch(/\n/);
    expect(JAVA_MISSING).toMatch(/apt-get install -y default-jre-headless/);
    expect(JAVA_MISSING).toMatch(/npm run test:unit/);
  });

  it('keeps the unit project free of DynamoDB Local, so npm run test:unit needs no Java', () => {
    const unit = jestConfig.projects.find((project) => project.displayName === 'unit');
    expect(unit?.globalSetup).toBeUndefined();
    const needsTable = /support\/(dynamodb-local|skill-harness)'|integration\/store\/practice-table'|reliability\/support\/real-skill'/;
    const offenders = testFiles(path.join(ROOT, 'test', 'unit')).filter((file) => needsTable.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(ROOT, file))).toEqual([]);
  });

  it('never force-exits: open handles are closed, so a green run ends by itself', () => {
    expect(jestConfig.forceExit).toBeUndefined();
    for (const project of jestConfig.projects) expect(project.forceExit).toBeUndefined();
  });
});
