/**
 * What Steady says around the practices, in Spanish: the choices at launch, help, what it says
 * when it did not understand, goodbyes and the apology when something fails.
 */
import type { Words } from '../words';

export const conversation: Words['conversation'] = {
  launch: {
    choices:
      'Puedo respirar contigo, relajar tus músculos, ayudarte a volver al presente o a dormir, y acompañarte con un pensamiento ansioso o con tu tiempo a solas. ¿Qué te gustaría?',
    reprompt: 'Puedes decir: ayúdame a respirar, respiración cuadrada, o ayúdame a dormir.',
  },
  help: {
    lines: [
      'Di: respirar, relajarme, volver al presente o dormir.',
      'O: pensamiento ansioso, tiempo a solas, cómo voy o cómo me siento.',
      'Esto no es consejo médico.',
    ],
    question: '¿Qué prefieres?',
    safetyWay: 'Si no estás a salvo, di: no estoy a salvo.',
    nightLine: 'Ahora hablo más bajito.',
  },
  notUnderstood: {
    text: 'Perdona, no te entiendo bien. Puedo respirar contigo, guiarte en una relajación muscular, ayudarte a volver al presente o a dormir.',
    question: '¿Cuál te gustaría?',
    safetyWay: 'Y si ahora mismo no estás a salvo, solo di: no estoy a salvo.',
  },
  goodbye: 'De acuerdo. Cuídate mucho.',
  apology: 'Lo siento, algo no funciona bien por mi parte. Respira despacio conmigo: inhala, y exhala. Luego vuelve a pedírmelo.',
};
