/**
 * Renders the skill icons Alexa asks for, 108×108 and 512×512 PNG, from the one vector source
 * skill-package/assets/icon.svg, with resvg (@resvg/resvg-js: a maintained renderer that needs no
 * browser or system library). The PNGs are committed in infra/site/icons/, which the public
 * content distribution serves; a test re-renders them and fails when they are stale.
 *
 *   npm run render-icons
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { runTool } from './lib/cli-errors';

const ROOT = path.resolve(__dirname, '..');
export const ICON_SOURCE = path.join(ROOT, 'skill-package', 'assets', 'icon.svg');
export const ICON_DIRECTORY = path.join(ROOT, 'infra', 'site', 'icons');
export const ICON_FILES = { 108: 'steady-108.png', 512: 'steady-512.png' } as const;

/** The icon at `size`×`size` as PNG bytes. */
export function renderIcon(size: number, svg = readFileSync(ICON_SOURCE, 'utf8')): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)', font: { loadSystemFonts: false } });
  return Buffer.from(resvg.render().asPng());
}

if (require.main === module) {
  runTool('npm run render-icons', () => {
    for (const [size, file] of Object.entries(ICON_FILES)) {
      const target = path.join(ICON_DIRECTORY, file);
      writeFileSync(target, renderIcon(Number(size)));
      console.log(`Wrote ${path.relative(process.cwd(), target)}`);
    }
    return 0;
  });
}
