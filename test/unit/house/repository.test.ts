import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as semver from 'semver';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; engines: { node: string }; scripts: Record<string, string> };
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<
    string,
    { engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[]; devOptional?: boolean }
  >;
};

describe('what a newcomer relies on in the repository', () => {
  it('promises only Node versions every installed package supports', () => {
    const unsupported = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== '' && !Array.isArray(entry.engines) && entry.engines?.node)
      .filter(([, entry]) => !semver.subset(pkg.engines.node, (entry.engines as { node: string }).node))
      .map(([name, entry]) => `${name.replace(/^.*node_modules\//, '')} needs node ${(entry.engines as { node: string }).node}`);
    expect(unsupported).toEqual([]);
  });

  it('names Node 22, the version Lambda runs, in .nvmrc, engines, the README and CI, and the lock records the same engines', () => {
    const nvmrc = read('.nvmrc').trim();
    expect(nvmrc).toBe('22');
    expect(semver.minVersion(pkg.engines.node)?.major).toBe(22);
    expect(lock.packages['']?.engines).toEqual(pkg.engines);
    expect(read('README.md')).toMatch(/With Node\.js 22 /);
    expect(read('.ci/run')).toContain('.nvmrc');
  });

  it('ships the MIT licence package.json names', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('runs the type check, Biome and the Java check before the tests', () => {
    expect(pkg.scripts.test).toBe('tsc --noEmit -p tsconfig.json && biome check && tsx tools/require-java.ts && jest');
    expect(pkg.scripts['test:unit']).toBe('jest --selectProjects unit');
  });

  it('has CI fail when npm install would change the lock', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/npm install --package-lock-only[\s\S]*git diff --quiet -- package-lock\.json[\s\S]*exit 1/);
    expect(ci).toMatch(/npm ci/);
    expect(ci).toMatch(/\nnpm test\n/);
  });

  it("the README's steps for adding a technique extend the TechniqueId type as it is now", () => {
    const source = read('lambda/guidance/breathing/techniques.ts');
    const current = /export type TechniqueId = ([^;]+);/.exec(source)?.[1];
    const readme = /export type TechniqueId = ([^;]+);/.exec(read('README.md'))?.[1];
    expect(current).toBeDefined();
    expect(readme).toBe(`${current} | 'triangle'`);
  });

  it('the README names the commands package.json has', () => {
    const readme = read('README.md');
    for (const script of ['start', 'test', 'test:unit', 'deploy', 'render-icons', 'lint', 'format']) {
      expect(pkg.scripts[script]).toBeDefined();
      expect(readme).toContain(script === 'start' || script === 'test' ? `npm ${script}` : `npm run ${script}`);
    }
  });
});
