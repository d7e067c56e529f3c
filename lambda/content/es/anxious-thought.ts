/**
 * What Steady says in the session for an anxious thought, in Spanish: the same steps, versions and
 * themes as the English (../en/anxious-thought.ts). Lines about the person are written without
 * gendered adjectives ("sentir rechazo", not "sentirse rechazado"), since Steady does not know who
 * is listening. Plain sentences: the renderer escapes them.
 */
import type { Words } from '../words';

export const anxiousThought: Words['anxiousThought'] = {
  /** Each says that nothing has to be said out loud, and the words before the thought end on the thought. */
  noticeTheThought: [
    'No hace falta decir nada en voz alta. Solo observa el pensamiento y, en tu mente, ponle delante estas palabras: estoy teniendo el pensamiento de que, y luego el pensamiento.',
    'No tienes que decir nada en voz alta. Observa el pensamiento y dítelo en silencio, empezando así: noto el pensamiento de que, y después el pensamiento.',
    'Puedes guardártelo; no hace falta decir nada en voz alta. Deja que llegue el pensamiento y, en tu mente, empieza así: mi mente me dice que, y luego el pensamiento.',
    'No hace falta decirlo en voz alta. Solo observa el pensamiento y ponle una etiqueta en tu mente: estoy teniendo el pensamiento de que, y deja que el pensamiento termine.',
  ],
  thoughtAsEvent: [
    'Un pensamiento es algo que ocurre en tu mente, como un tren que pasa. No es un hecho, y no tienes que seguirlo.',
    'Un pensamiento es algo que sucede en tu mente, como una nube que cruza el cielo. Puede pasar sin que lo persigas.',
    'Los pensamientos van y vienen, como voces en la habitación de al lado. Puedes oír uno sin hacer lo que dice.',
    'Un pensamiento es un poco como la lluvia: llega, y luego se va. No es lo mismo que la verdad.',
    'Tu mente produce pensamientos todo el día, como una tele encendida. No tienes que subirle el volumen a este.',
  ],
  breathIntroductions: [
    'Ahora, una respiración lenta conmigo: inhala en 4, sostén en 4 y exhala en 6.',
    'Respiremos una vez, despacio: inhala en 4, sostén en 4, exhala en 6.',
    'Una respiración lenta conmigo: inhala en 4, sostén en 4 y exhala largo en 6.',
  ],
  /** The cues of the one 4-4-6 breath. */
  breath: { inhale: 'Inhala', hold: 'Sostén', exhale: 'Y exhala despacio' },
  /** What leads into the kinder answer and into its echo, one pair a day; the reframe follows each. */
  reframeLeads: [
    { lead: 'Esta es una forma más amable de responder a ese pensamiento.', echo: 'Repítelo en tu mente, despacio.' },
    { lead: 'Puedes responder al pensamiento así.', echo: 'Deja que esas palabras vuelvan a sonar, despacio, en tu mente.' },
    { lead: 'Esta es otra manera de verlo.', echo: 'Vuelve a decírtelo, con suavidad.' },
    { lead: 'Una respuesta más amable podría ser esta.', echo: 'Deja que se asiente, y repítelo en tu mente.' },
    { lead: 'Podrías responder al pensamiento así.', echo: 'Repítelo en silencio, a tu ritmo.' },
    { lead: 'Aquí tienes unas palabras más serenas.', echo: 'Dítelas una vez más, despacio.' },
  ],
  smallAction: (action: string) => `Y algo pequeño y amable que podrías hacer después: ${action}.`,
  /** The session's own last words, one a day; the first is the longest, which budgets are planned on. */
  closes: [
    'Acabas de notar un pensamiento, respirar con él y responderle con amabilidad. Ese trabajo es real, y es tuyo.',
    'Darle a un pensamiento espacio y amabilidad requiere práctica, y lo acabas de hacer.',
    'Pensamientos así pueden volver. Ahora conoces una forma amable de recibirlos.',
    'Acabas de bajar el ritmo y responder a una preocupación con cuidado. Eso cuenta.',
    'Quedarte con un pensamiento difícil sin dejar que te guíe tiene mucho mérito.',
  ],
  /** When no theme was named; each action (an instruction, "tú") finishes `smallAction`'s sentence. */
  general: {
    acknowledge:
      'Ha surgido un pensamiento ansioso, y trae una ola de preocupación. Llamémoslo por su nombre: ansiedad. Es incómoda, y tiene sentido que esté aquí.',
    reframes: [
      'Puedo tolerar el malestar mientras busco el apoyo de personas cercanas.',
      'Una preocupación es una suposición sobre lo que podría pasar, no una noticia de lo que pasará.',
      'Ya he sentido esto antes y lo he superado. Puedo superarlo otra vez.',
      'Puedo tomarme en serio este sentimiento sin dar por cierto el pensamiento.',
    ],
    actions: [
      'envía un mensaje corto y amable a alguien de confianza',
      'prepárate una bebida caliente y sostén la taza con las dos manos',
      'sal un minuto y siente el aire en la cara',
    ],
  },
  /** By the guide's themes of attachment worry (guidance/anxious-thought/themes.ts). */
  themes: {
    left: {
      acknowledge:
        'Ha surgido el miedo a que te dejen. Es uno de los sentimientos más dolorosos, y tiene sentido que sea tan fuerte. Pongámosle nombre con suavidad: miedo a que te dejen.',
      reframes: [
        'Puedo tolerar el malestar mientras busco el apoyo de personas cercanas.',
        'Tener miedo de perder a alguien muestra cuánto me importa. No es señal de que me vayan a dejar.',
        'Incluso cuando siento soledad, hay personas a las que puedo acudir.',
        'Si una relación cambiara, me seguiría teniendo a mí, y seguiría mereciendo cuidado.',
      ],
      actions: [
        'envía un mensaje corto y cariñoso a alguien que aprecias, sobre cualquier cosa',
        'prepárate una bebida caliente y quédate con ella unos minutos',
        'pon una mano en el pecho y dedícate una frase amable',
        'sal un minuto y fíjate en tres cosas a tu alrededor',
      ],
    },
    rejection: {
      acknowledge:
        'Ha surgido una sensación de rechazo. Puede doler como una herida de verdad, y tiene sentido que duela. Pongámosle nombre con suavidad: sentir rechazo.',
      reframes: [
        'Un momento de rechazo no decide lo que valgo.',
        'El ánimo y las decisiones de los demás muchas veces hablan de su propio día, no de mí.',
        'Puedo sentir dolor y aun así tratarme con respeto.',
        'Merezco amabilidad, incluida la mía.',
      ],
      actions: [
        'anota algo que hayas hecho bien hoy',
        'escríbele a alguien que suele hacerte sonreír',
        'prepara una bebida caliente y toma el primer sorbo despacio',
      ],
    },
    waiting: {
      acknowledge:
        'Esperar una respuesta ha despertado la preocupación. El silencio hace mucho ruido cuando alguien te importa. Pongámosle nombre con suavidad: la preocupación de esperar.',
      reframes: [
        'Si alguien tarda en responder, suele ser por falta de tiempo, no porque algo vaya mal.',
        'Mi valor no depende de lo rápido que alguien me responda.',
        'No tengo que resolver este silencio ahora mismo. Puedo esperar y seguir cuidándome.',
        'La historia que me cuenta mi mente es solo una de muchas historias posibles.',
      ],
      actions: [
        'deja el teléfono en otra habitación durante diez minutos',
        'sal un minuto y siente los pies sobre el suelo',
        'haz una pequeña tarea pendiente, y deja que la espera siga en segundo plano',
      ],
    },
    disagreement: {
      acknowledge:
        'Un desacuerdo te ha dejado con inquietud. Después de un conflicto, es natural sentir una sacudida y preocuparte por lo que significa. Pongámosle nombre con suavidad: inquietud tras un desacuerdo.',
      reframes: [
        'Los desacuerdos son parte de la cercanía. No significan que la relación se acabe.',
        'Dos personas pueden ver las cosas de forma distinta y seguir queriéndose.',
        'Puedo dejar que esto se calme antes de decidir qué significa.',
        'Puedo arreglar las cosas con calma, a mi ritmo, cuando me sienta más estable.',
      ],
      actions: [
        'bebe un vaso de agua despacio',
        'da una vuelta corta, aunque sea por la habitación',
        'anota una cosa que te gustaría decir con calma en la próxima conversación',
      ],
    },
    'not-enough': {
      acknowledge:
        'Ha surgido la sensación de no estar a la altura. Es una carga pesada, y mucha gente la lleva. Pongámosle nombre con suavidad: la sensación de no ser suficiente.',
      reframes: [
        'Estoy haciendo lo mejor que puedo, y eso basta por hoy.',
        'Ya he superado momentos difíciles. Eso es fortaleza, no suerte.',
        'No tengo que ganarme mi valor otra vez cada día.',
        'No necesito que nadie me lo confirme para saber que importo.',
      ],
      actions: [
        'recuerda una vez en que superaste algo difícil, y dilo para tus adentros',
        'prepárate una bebida caliente, como se la prepararías a alguien que quieres',
        'envíale un mensaje amable a alguien, y fíjate en que eres una persona amable',
      ],
    },
  },
};
