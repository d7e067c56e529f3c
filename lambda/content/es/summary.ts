/**
 * What Steady says about a user's practice, in Spanish: the spoken summary ("¿cómo voy?"), the
 * launch greeting, a milestone's celebration, "how far have I come", "forget my history", and the
 * cards shown during practices without a rhythm to follow. Plain sentences only: the speech
 * renderer escapes them and adds any SSML. Which sentences are said is decided elsewhere; the
 * functions here only put the numbers they are given into Spanish. No sentence says "bienvenido"
 * or any other word that would take the listener's gender.
 */
import type { PracticeKind } from '../../practice/practice-kind';
import type { Words } from '../words';

/** "1 día", "2 días". */
function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "una vez", "dos veces", "3 veces". */
function timesPractised(sessions: number): string {
  if (sessions === 1) return 'una vez';
  if (sessions === 2) return 'dos veces';
  return `${sessions} veces`;
}

/** "en 5 de los últimos 7 días", "todos y cada uno de los últimos 7 días". */
function onDaysOfTheWeek(days: number): string {
  return days === 7 ? 'todos y cada uno de los últimos 7 días' : `en ${days} de los últimos 7 días`;
}

/** ", y tu racha más larga es de 8 días", or nothing when no longest streak is given. */
function longestAfter(longest: number | undefined): string {
  return longest === undefined ? '' : `, y tu racha más larga es de ${countOf(longest, 'día')}`;
}

/** "20 minutos", "1 hora", "2 horas": a stretch of time on your own. */
function durationOf(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) return minutes === 60 ? '1 hora' : `${minutes / 60} horas`;
  return countOf(minutes, 'minuto');
}

/** How each kind of practice is named in speech, after "tu práctica favorita es", with its article. */
const kindNames: Readonly<Record<PracticeKind, string>> = {
  breathing: 'la respiración',
  relaxation: 'la relajación muscular',
  grounding: 'el ejercicio de los cinco sentidos',
  reflection: 'reflexionar sobre un pensamiento',
  bedtime: 'la rutina para dormir',
};

/** The milestones said in words, by days in a row. */
const milestones: Readonly<Record<number, string>> = {
  3: 'Son tres días seguidos.',
  7: 'Son siete días seguidos, una semana entera.',
  14: 'Son catorce días seguidos, dos semanas enteras.',
  30: 'Son treinta días seguidos.',
  50: 'Son cincuenta días seguidos.',
  100: 'Son cien días seguidos.',
  365: 'Es un año entero de práctica, todos los días.',
};

/** "Son 20 días seguidos.", for a milestone without words of its own. */
function daysInARow(days: number): string {
  return days === 1 ? 'Es tu primer día.' : `Son ${days} días seguidos.`;
}

/** A title and a few lines, read from across the room. */
interface Card {
  readonly title: string;
  readonly lines: readonly string[];
}

/** The cards, keyed by the Timeline's practice. */
const cards: Readonly<Record<string, Card>> = {
  pmr: {
    title: 'Relajación muscular',
    lines: [
      'Tensa la parte que nombre cuando diga ahora.',
      'Luego suelta, y nota la diferencia.',
      'Nunca tenses una zona que te duela o tengas lesionada.',
    ],
  },
  grounding: {
    title: 'Los cinco sentidos',
    lines: ['Respira lenta y suavemente.', 'Fíjate en lo que ves, sientes y oyes.', 'Tómate tu tiempo. No hay prisa.'],
  },
};

export const summary: Words['summary'] = {
  countOf,
  kindNames,

  noHistory: 'Todavía no has practicado conmigo. Di: ayúdame a respirar, para empezar tu primera sesión.',
  storeUnavailable:
    'Lo siento, ahora mismo no puedo consultar tu historial de práctica. Tus sesiones funcionan igual, y la próxima vez te diré tu racha.',

  streak: {
    longestYet: (current: number): string => `Llevas una racha de ${countOf(current, 'día')}, la más larga hasta ahora.`,
    withLongest: (current: number, longest: number): string =>
      `Llevas una racha de ${countOf(current, 'día')}, y tu racha más larga es de ${countOf(longest, 'día')}.`,
    startedToday: (longest?: number): string => `Hoy empiezas una nueva racha${longestAfter(longest)}.`,
    practisedYesterday: (longest?: number): string => `Ayer practicaste${longestAfter(longest)}.`,
    lastPractice: (daysAgo: number, longest?: number): string =>
      `Tu última práctica fue hace ${countOf(daysAgo, 'día')}${longestAfter(longest)}.`,
    welcomeBack: (daysAgo: number, longest?: number): string =>
      `¡Qué bien que vuelvas! Tu última práctica fue hace ${countOf(daysAgo, 'día')}${longestAfter(longest)}.`,
  },

  totals: (sessions: number, minutes?: number, daysInLastSeven?: number): string => {
    const parts = [`Has practicado ${timesPractised(sessions)}`];
    if (minutes !== undefined) parts.push(`${countOf(minutes, 'minuto')} en total`);
    if (daysInLastSeven !== undefined) parts.push(onDaysOfTheWeek(daysInLastSeven));
    return `${parts.join(', ')}.`;
  },

  favourite: (kind: PracticeKind): string => `Tu práctica favorita es ${kindNames[kind]}.`,

  launch: {
    welcome: 'Te doy la bienvenida a Steady.',
    streak: (current: number): string => `Qué bien que vuelvas. Llevas una racha de ${countOf(current, 'día')}.`,
    lapse: 'Qué bien que vuelvas. Me alegra saber de ti.',
  },

  milestone: (days: number): string => `${milestones[days] ?? daysInARow(days)} Sigues cuidándote, día tras día.`,

  practiseNow: '¿Quieres practicar ahora?',
  notNow: 'De acuerdo. Aquí estoy cuando me necesites.',

  forget: {
    confirm: 'Eso borra tu historial de práctica, tus rachas y tus preferencias guardadas, para siempre. ¿Quieres que los borre?',
    confirmReprompt: '¿Borro tu historial de práctica? Por favor, di sí o no.',
    forgotten: 'Hecho. Ya no guardo nada sobre tu práctica. Puedes empezar de cero cuando quieras.',
    notForgotten: 'Lo siento, ahora mismo no puedo borrar tu historial. Por favor, inténtalo de nuevo en un rato.',
    kept: 'De acuerdo, lo dejo todo como estaba.',
  },

  progress: {
    nothingYet: 'Todavía no hemos practicado, así que no hay nada que mirar atrás. Cuando quieras, di: ayúdame a respirar, y empezamos.',
    practised: (sessions: number, minutes?: number): string =>
      `Has practicado con Steady ${timesPractised(sessions)}${minutes !== undefined ? `, ${countOf(minutes, 'minuto')} en total` : ''}.`,
    madeTime: (daysInLastSeven: number): string => `Has sacado tiempo para practicar ${onDaysOfTheWeek(daysInLastSeven)}.`,
    longestStreak: (days: number): string => `Tu racha más larga es de ${countOf(days, 'día')}.`,
    comeBackTo: (kind: PracticeKind): string => `La práctica a la que más vuelves es ${kindNames[kind]}.`,
    ownTimeKept: (minutes: number): string => `En las últimas semanas has pasado ${durationOf(minutes)} a solas, a propósito.`,
    effortClose: 'Es mérito tuyo. Cada vez que practicas, eliges cuidarte, y eso cuenta.',
  },

  cards,
};
