/**
 * What Spanish statements of danger and crisis are made of, as words that count together, the way
 * English counts them (../../en/heard/safety-together.ts): a means and a sign it is at hand, a
 * place and a person on it, something taken and how much, a goodbye and a time that has come, a
 * wish and an ending, a hurt and a sign it was meant. A statement is graded when every part of one
 * rule is said anywhere in it (after the everyday idioms are set aside), so "tengo la soga en el
 * clóset y esta noche la voy a usar" is heard however it is worded. Each part is a plain
 * alternation of words (./safety-parts.ts), so matching stays linear.
 */
import type { SafetyRule } from '../../../safety/safety-phrases';
import { anyOf } from '../../any-of';

import {
  PILLS_WORD,
  POISON,
  MEANS,
  WEAPON,
  SET_OUT,
  NEAR,
  OTHER_USE,
  TAKEN,
  TOO_MUCH,
  TIME_NOW,
  ONLY_THOUGHT,
  CLEAR_PLAN,
  VAGUE_PLAN,
  DECIDED,
  EVENT,
  GOODBYE_WORDS,
  WRITTEN_OR_SENT,
  OTHER_FAREWELL,
  GOODBYES_DONE,
  GOODBYE_NOW,
  LAST_NIGHT,
  BLOOD,
  DEEP_WOUND,
  OTHER_BLOOD,
  HARMING,
  ACCIDENT,
  GIVEN_AWAY,
  ROUTINE,
} from './safety-parts';
import { SPANISH_DANGER_AT_HAND_TOGETHER } from './safety-together-danger-at-hand';
import { SPANISH_DANGER_PLACES_TOGETHER } from './safety-together-danger-places';
import { SPANISH_CRISIS_TOGETHER } from './safety-together-crisis';

/** Taking by mouth: drink it, swallow it, take it. */
const INGEST =
  /\b(?:tomar|tomarme|tomarmelo|tomarmela|tomarmelos|tome|me tome|me lo tome|me la tome|beber|beberme|bebermelo|bebi|me bebi|tragar|tragarme|tragarmelo|trague|me trague|he tomado|me he tomado|me he bebido|he bebido|me he tragado|ingerir|ingeri|he ingerido|tomando|bebiendo|tragando|drank)\b/;
/** Cleaning, gardening, pests: the other reasons for poison and bleach. */
const CLEANING =
  /\b(?:limpiar|limpieza|lavar|ropa|piso|bano|trastes|alberca|piscina|cucarachas|hormigas|mosquitos|plaga|plagas|jardin|plantas)\b/;

/** Gas, a running engine, charcoal, in a closed space. */
const FUMES = /\b(?:el gas|la estufa|el carbon|anafre|brasero|el motor|el engine|carro prendido|coche encendido|manguera|escape)\b/;
const SHUT_IN =
  /\b(?:encerrad[oa]|(?:cerre|he cerrado|tengo cerradas|tengo cerrada) (?:todas )?(?:las ventanas|la puerta|las puertas|todo)|(?:el|la) (?:garage|garaje|cochera) cerrad[oa]|para no (?:despertar|salir)|ventanas cerradas|puertas cerradas|selle|sellad[oa]|con cinta|cerre la (?:cochera|puerta|cocina)|en la cochera|en el garage|en el garaje|dentro del (?:carro|coche))\b/;
const WARMTH = /\b(?:carne asada|asado|parrillada|barbacoa|cocinar|cocinando|calentar|calefaccion|frio)\b/;

/** Gas let out and left running, with the person staying in it. */
const GAS_OPEN =
  /\b(?:(?:abri|he abierto|deje abiert[oa]s?|he dejado abiert[oa]s?|tengo abiert[oa]s?) (?:el gas|la llave del gas|las llaves del gas|la estufa|los quemadores|las hornillas)|(?:el gas|la estufa|la llave del gas|las llaves del gas) (?:abiert[oa]s?|sin encender|sin prender)|(?:perillas|llaves|hornillas|quemadores) de la estufa abiert[oa]s)\b/;
const STAYING =
  /\b(?:estoy aqui|aqui en la cocina|me quedo|me voy a quedar|aqui sentad[oa]|sentad[oa]|acostad[oa]|tumbad[oa]|esperando|respirandolo|sin encender|sin prender|cerre|he cerrado|encerrad[oa])\b/;
/** A note or letter left, and a sign of the ending it is for. */
const NOTE_LEFT =
  /\b(?:deje|he dejado|escribi|he escrito|termine de escribir|acabo de escribir|tengo escrita|tengo lista|ya tengo) (?:una|la|mi|mis) (?:nota|notas|carta|cartas)\b/;
/** Words written or sent to someone for when the speaker is gone. */
const FOR_WHEN_GONE =
  /\bcuando (?:yo )?(?:ya )?no (?:este|estes|exista)\b|\bpara (?:despues|cuando me (?:vaya|muera|encuentren))\b|\bpor si (?:ya )?no (?:estoy|vuelvo)\b/;

export const SPANISH_TOGETHER: readonly SafetyRule[] = [
  // Danger now: something taken.
  { grade: 'danger', all: [TAKEN, PILLS_WORD, TOO_MUCH], unless: ROUTINE },
  { grade: 'danger', all: [TAKEN, /\b(?:frasco|frascos|blister|blisters|botiquin|sobredosis|overdose)\b/] },
  {
    grade: 'danger',
    all: [
      /\b(?:pastillas|pastis|pildoras|tabletas|blister|frasco|bote|caja)\b/,
      /\b(?:(?:el|mi) puno (?:lleno )?|un puno|un punado|en la mano|en mi mano|en las manos|un vaso de agua|el vaso de agua|(?:me|te) (?:lo|la|los|las) voy a tomar|voy a tomarmel[oa]s?)\b/,
      /\b(?:lleno|llena|entero|entera|todas|todos|un vaso de agua|ahora|ahorita|ya|voy a|me (?:lo|la|los|las) voy)\b/,
    ],
    unless: ROUTINE,
  },
  { grade: 'danger', all: [INGEST, POISON], unless: CLEANING },
  // Something taken and kept secret: "no le digas a nadie" is a warning sign of its own.
  {
    grade: 'danger',
    all: [
      TAKEN,
      anyOf(PILLS_WORD, POISON),
      /\b(?:no (?:se )?(?:lo |le |les )?(?:digas|cuentes) a nadie|que nadie (?:lo )?(?:sepa|se entere)|no quiero que nadie (?:lo )?sepa|es un secreto)\b/,
    ],
    unless: ROUTINE,
  },
  {
    grade: 'danger',
    all: [PILLS_WORD, /\b(?:ya (?:me )?(?:hacen|hicieron|estan haciendo) efecto|empiezan a hacer efecto|empezaron a hacer efecto)\b/],
  },
  { grade: 'danger', all: [PILLS_WORD, TOO_MUCH, TIME_NOW], unless: OTHER_USE },
  // Means at hand.
  { grade: 'danger', all: [MEANS, SET_OUT], unless: OTHER_USE },
  { grade: 'danger', all: [WEAPON, NEAR], unless: OTHER_USE },
  {
    grade: 'danger',
    all: [PILLS_WORD, /\b(?:enfrente de mi|delante de mi|frente a mi|aqui delante|aqui enfrente|a mi lado|junto a mi|aqui conmigo)\b/],
    unless: anyOf(OTHER_USE, ROUTINE),
  },
  { grade: 'danger', all: [/\b(?:banera|tina|regadera)\b/, WEAPON], unless: /\b(?:afeit|rasur|depil|rastrillo|barba)/ },
  { grade: 'danger', all: [MEANS, VAGUE_PLAN] },
  {
    grade: 'danger',
    all: [MEANS, CLEAR_PLAN, /\b(?:compre|he comprado|consegui|he conseguido|tengo|traigo|ya tengo|guarde|junte|he juntado)\b/],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:cinturon|cable|cordon|sabana|bufanda|corbata|cuerda|soga)\b/,
      /\b(?:al cuello|en el cuello|en mi cuello|alrededor del cuello|alrededor de mi cuello|la viga|el nudo|colgarme|ahorcarme)\b/,
    ],
  },
  { grade: 'danger', all: [FUMES, SHUT_IN], unless: WARMTH },
  { grade: 'danger', all: [GAS_OPEN, STAYING], unless: /\b(?:cocinar|cocinando|calentar|olla|sarten|comida|cena)\b/ },
  // Someone else cutting or hanging themselves now, behind a door or on a roof.
  {
    grade: 'danger',
    all: [
      /\b(?:mi|mis|el|la) (?:hermano|hermana|carnal|carnala|brother|sister|amigo|amiga|mejor amigo|mejor amiga|colega|novio|novia|pareja|hijo|hija|mama|papa|madre|padre|esposo|esposa|marido|mujer|primo|prima|companero|companera|roomie|vecino|vecina|tio|tia)\b/,
      /\bse (?:esta|estan) (?:cortando|colgando|ahorcando)\b/,
      /\b(?:no abre|no me abre|encerrad[oa]|en el bano|en el bathroom|en su cuarto|en la azotea|en el garage|en el garaje|las venas|el cuello|los brazos|las munecas|ayudame|auxilio)\b/,
    ],
    unless:
      /\b(?:pelo|cabello|unas|barba|columpio|barra|ropa|bolso|mochila|afeit|rasur|depil|mandolina|papel|cocin|risa|de mi cuello|de su cuello|del cuello de)\b/,
  },
  // Someone found hanged or unconscious beside what they took.
  {
    grade: 'danger',
    all: [
      /\b(?:mi|mis|el|la) (?:hermano|hermana|carnal|amigo|amiga|novio|novia|pareja|hijo|hija|mama|papa|madre|padre|esposo|esposa|marido|mujer|primo|prima|companero|companera|roomie|vecino|vecina|tio|tia|abuelo|abuela)\b/,
      /\b(?:se colgo|se ahorco|se ha colgado|se ha ahorcado|esta inconsciente|no despierta|no reacciona|no responde|no respira|se desmayo)\b/,
      /\b(?:no respira|no se mueve|ayuda|ayudame|auxilio|pastillas|pildoras|frasco|blister|veneno|cloro|lejia|soga|cuerda)\b/,
    ],
    unless: /\b(?:columpio|barra|ropa|cuadro|telefono|celular|llamada|mensajes|whatsapp|calor|sangre|analisis|vacuna)\b/,
  },
  // Walking into water, not to come out.
  {
    grade: 'danger',
    all: [
      /\b(?:me voy a meter|me meto|voy a meterme|meterme|me voy a adentrar|me adentro) (?:al|en el|en la|a la|hasta el fondo del?) (?:agua|mar|lago|lake|rio|river|presa|pantano|canal|laguna|ocean|oceano)\b/,
      /\b(?:hasta (?:el fondo|que no pueda salir|no volver|ahogarme)|piedras en los bolsillos|no se nadar|para no salir)\b/,
    ],
    unless: /\b(?:buce|nadar|nadando|snorkel|surf|pescar|jaja)/,
  },
  {
    grade: 'danger',
    all: [
      /\b(?:agua|mar|lago|lake|rio|river|presa|pantano|canal|laguna|oceano|orilla|muelle|espigon|malecon)\b/,
      /\b(?:meterme|me voy a meter|me meto|adentrarme) (?:[a-z]+ ){0,3}hasta (?:el fondo|que no pueda salir|no volver|ahogarme)\b/,
    ],
    unless: /\b(?:buce|nadar|nadando|snorkel|surf|pescar|jaja)/,
  },
  // Cutting now, bleeding.
  { grade: 'danger', all: [BLOOD, DEEP_WOUND], unless: anyOf(OTHER_BLOOD, ACCIDENT) },
  {
    grade: 'danger',
    all: [HARMING, /\b(?:ahorita|ahora mismo|en este momento|ahora|las venas|muy profundo|muy hondo|no para de sangrar)\b/],
    unless: ACCIDENT,
  },
  // A time that has come: the plan, the goodbyes, the last night.
  { grade: 'danger', all: [CLEAR_PLAN, TIME_NOW], unless: ONLY_THOUGHT },
  { grade: 'danger', all: [VAGUE_PLAN, TIME_NOW, DECIDED] },
  {
    grade: 'danger',
    all: [
      DECIDED,
      /\b(?:esta noche|ahorita|ahora mismo|en un rato|a medianoche|hoy en la noche|esta madrugada|en (?:un par de |cinco |diez |quince |veinte |unos )?minutos)\b/,
    ],
    unless: EVENT,
  },
  { grade: 'danger', all: [LAST_NIGHT, DECIDED], unless: EVENT },
  {
    grade: 'danger',
    all: [/\b(?:hoy|esta|esta noche) es mi ultim[ao] (?:noche|dia)\b|\b(?:tonight|today) is my last (?:night|day)\b/],
    unless: EVENT,
  },
  { grade: 'danger', all: [GOODBYE_NOW, DECIDED] },
  { grade: 'danger', all: [WRITTEN_OR_SENT, GOODBYE_WORDS], unless: OTHER_FAREWELL },
  {
    grade: 'danger',
    all: [
      /\b(?:deje|he dejado|escribi|he escrito) (?:una|la|mi) (?:nota|carta)\b/,
      /\b(?:ya no aguanto|no puedo mas|adios|perdon|perdonen|lo siento|despedida|me voy|decidi|cuando me encuentren|para cuando (?:ya )?no este)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [NOTE_LEFT, anyOf(VAGUE_PLAN, CLEAR_PLAN, TIME_NOW, DECIDED)],
    unless: OTHER_FAREWELL,
  },
  { grade: 'danger', all: [/\b(?:la|mi) (?:carta|nota) (?:ya )?(?:escrita|lista|firmada)\b/], unless: OTHER_FAREWELL },
  { grade: 'danger', all: [WRITTEN_OR_SENT, FOR_WHEN_GONE], unless: OTHER_FAREWELL },
  {
    grade: 'danger',
    all: [WRITTEN_OR_SENT, /\b(?:adios|despedida|despedirme|goodbye)\b/, anyOf(VAGUE_PLAN, CLEAR_PLAN, TIME_NOW)],
    unless: OTHER_FAREWELL,
  },
  { grade: 'danger', all: [GIVEN_AWAY, anyOf(LAST_NIGHT, GOODBYE_NOW, TIME_NOW)] },
  {
    grade: 'danger',
    all: [
      VAGUE_PLAN,
      /\ba las (?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?: y [a-z]+)? de la (?:noche|madrugada|manana)\b/,
    ],
    unless: EVENT,
  },
  { grade: 'danger', all: [GOODBYES_DONE], unless: OTHER_FAREWELL },
  { grade: 'danger', all: [GOODBYES_DONE, TIME_NOW] },
  { grade: 'danger', all: [GOODBYES_DONE, VAGUE_PLAN] },
  { grade: 'danger', all: [GIVEN_AWAY, VAGUE_PLAN] },
  // fumes in a closed space, gas left open, water to the chest, a leg out.
  {
    grade: 'danger',
    all: [
      /\b(?:coche|carro|auto|motor|camioneta|troca) (?:en marcha|prendido|encendido|andando)\b|\bmanguera\b/,
      /\b(?:garaje|garage|cochera|puerta (?:bajada|cerrada)|ventanas? cerradas?|encerrad[oa]|me pesa la cabeza|escape|ventanilla|prendi el (?:carro|coche|auto|motor)|encendi el (?:coche|carro|motor))\b/,
    ],
  },
  {
    grade: 'danger',
    all: [/\b(?:mezcle|he mezclado|estoy mezclando)\b/, POISON, /\b(?:cerre la puerta|encerrad[oa]|en el bano|ventanas? cerradas?)\b/],
  },
  {
    grade: 'danger',
    all: [
      /\b(?:butano|gas|bombona|tanque de gas|cilindro)\b/,
      /\b(?:a proposito|adrede|no pienso cerrarl[oa]|no (?:la|lo) voy a cerrar|para (?:morir|morirme|matarme|no despertar))\b/,
    ],
  },
  {
    grade: 'danger',
    all: [
      /\bme (?:tomo|trago) (?:las|todas las|mis) [a-z]+\b|\bme las (?:tomo|trago)\b/,
      /\b(?:que junte|que he juntado|que fui juntando|que guarde|que he guardado|cuelgue)\b/,
    ],
  },
  // A car left running in a shut space, gas left open and sealed in, someone else about to jump, a belt or a bag made ready.
  {
    grade: 'danger',
    all: [
      /\b(?:coche|carro|auto|motor|camioneta|troca|engine)\b/,
      /\b(?:prendido|encendido|en marcha|andando|running)\b/,
      /\b(?:garaje|garage|cochera|porton|cerrad[oa]|manguera|escape|ventanilla)\b/,
    ],
    unless: /\b(?:calentar|se caliente|frio|para que caliente|bateria)\b/,
  },
  {
    grade: 'danger',
    all: [
      /\b(?:butano|gas|bombona|tanque de gas|estufa)\b/,
      /\b(?:abiert[oa]|sin encender|sin prender)\b/,
      /\b(?:tapado|tape|sellado|selle|rendijas|encerrad[oa]|ventanas cerradas|no pienso cerrar)\b/,
    ],
  },
  {
    grade: 'danger',
    all: [/\b(?:cinturon|bolsa)\b/, /\b(?:colgad[oa]|amarrad[oa]|atad[oa]|en el cuello|del armario|de la puerta|de la viga|listos?)\b/],
    unless: /\b(?:seguridad|del coche|del carro|de la compra|del super|mandado)\b/,
  },
  ...SPANISH_DANGER_PLACES_TOGETHER,
  ...SPANISH_DANGER_AT_HAND_TOGETHER,
  ...SPANISH_CRISIS_TOGETHER,
];
