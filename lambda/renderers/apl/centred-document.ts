import { APL_VERSION } from './apl-version';
import type { Look } from './looks';

/** An APL document filling the screen with the look's background, its items centred in a column. */
export function centredDocument(
  look: Look,
  items: readonly Record<string, unknown>[],
  options: { sidePadding?: string; onMount?: readonly unknown[] } = {},
): Record<string, unknown> {
  const padding = options.sidePadding ? { paddingLeft: options.sidePadding, paddingRight: options.sidePadding } : {};
  return {
    type: 'APL',
    version: APL_VERSION,
    theme: 'dark',
    mainTemplate: {
      items: [
        {
          type: 'Container',
          width: '100vw',
          height: '100vh',
          direction: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          ...padding,
          backgroundColor: look.background,
          items,
        },
      ],
    },
    ...(options.onMount ? { onMount: options.onMount } : {}),
  };
}
