// The slow project spawns Node, tsx and esbuild; on a busy 2-core machine one spawn can take many
// seconds, so its tests get minutes, not the unit project's seconds.
jest.setTimeout(180_000);
