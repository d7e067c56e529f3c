/**
 * Each Spanish locale's own spelling. Spanish is written the same in every country (one
 * orthography, set by the Real Academia and the Asociación de Academias), so no Spanish locale
 * respells Steady's words: where the countries' words differ (a crisis line, "celular" and
 * "móvil"), the wording differs by locale in the content itself, not by respelling.
 */
import type { Words } from '../words';

/** No Spanish locale respells. */
export const spelling: Words['spelling'] = {};
