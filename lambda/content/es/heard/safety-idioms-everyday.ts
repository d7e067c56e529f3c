/**
 * Spanish everyday harm words the idioms of ./safety.ts did not yet set aside: a burn from the sun,
 * a game or a film that "killed" me, a finger nicked while cooking. Each names its everyday reason
 * in the same span, so a burn or a cut said on its own is still read.
 */
export const SPANISH_EVERYDAY_IDIOMS: readonly RegExp[] = [
  /\bme queme (?:con|por) el sol\b|\bquemad[oa] (?:por|del) (?:el )?sol\b|\bme queme (?:la lengua|con el cafe|con la sarten|con el horno|con la plancha de pelo)\b/,
  /\b(?:el|la|ese|esa|este|esta) (?:game|juego|partido|pelicula|movie|serie|final|examen|clase|chamba|tarea|entrenamiento|rutina) (?:de (?:anoche|ayer|hoy) )?me (?:mato|mata|mataron)\b(?! (?:hoy|ahorita|ahora|esta noche|ya|mismo))/,
  /\b(?:casi )?me (?:corto|corte) (?:el|un) dedo\b(?= (?:con|cortando|picando|pelando|jaja)\b|$)|\b(?:cortando|picando|pelando) (?:la |el |las |los )?(?:cebolla|cebollas|tomate|jitomate|papas|pan|verdura|verduras)\b/,
];
