/** What Steady says back to a named feeling, in Spanish: the feeling first, then what we will do. */
import type { Words } from '../words';

export const feelings: Words['feelings'] = {
  named: {
    panic: 'Eso da muchísimo miedo.',
    'cant-breathe': 'No poder recuperar el aliento da muchísimo miedo.',
    'cant-sleep': 'Dar vueltas en la cama sin poder dormir agota. Vamos a ayudar a tu cuerpo a bajar el ritmo.',
    stress: 'Eso suena muy estresante. Respira conmigo un minuto.',
    worry: 'La preocupación puede ocupar muchísimo espacio. Respira conmigo un minuto, despacio.',
    sadness: 'Siento que tengas el ánimo tan bajo. Respira conmigo un minuto, con suavidad.',
    anger: 'La rabia pesa mucho. Respira conmigo un minuto, y deja que una parte se vaya calmando.',
  },
  attachment: {
    lonely: 'Sentir tanta soledad es muy duro. Vamos a pasar unos minutos en calma con ese sentimiento.',
    rejected: 'Sentir rechazo duele de verdad. Vamos a pasar unos minutos en calma con ese sentimiento.',
    abandoned: 'Sentir que te dejan así duele muchísimo. Vamos a pasar unos minutos en calma con ese sentimiento.',
    jealous: 'Los celos pueden ser muy incómodos. Vamos a pasar unos minutos en calma con ese sentimiento.',
    'partner-worry': 'Preocuparte por alguien a quien quieres es difícil. Vamos a pasar unos minutos en calma con ese sentimiento.',
  },
  unknownThanks: 'Gracias por contármelo.',
  unknown: 'Estoy aquí contigo. Puedo acompañarte a respirar, a volver al presente con tus sentidos o a relajarte para dormir.',
  unknownQuestion: '¿Qué te gustaría hacer?',
};
