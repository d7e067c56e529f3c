/**
 * The Spanish safety phrases by category, in each country's words: a means and a sign it is at
 * hand, a place and an act, a time that has come, goodbyes done, something taken and how much, a
 * wish and an ending, self-harm with or without "me"; and the everyday idioms that borrow their
 * words and must stay everyday. Each sentence is written here for its category; each would have
 * been misheard by the first, thin Spanish phrases.
 */
import { gradeSlotText, gradeStatementText, gradeText } from '../../../lambda/safety/grade';

const LOCALES = ['es-US', 'es-MX', 'es-ES'] as const;
/** Each sentence in one of the three locales, in turn, so every country's grader is read. */
const inTurn = (sentences: readonly string[]) => sentences.map((said, i) => [said, LOCALES[i % LOCALES.length]] as const);

describe('Spanish danger now', () => {
  it.each(
    inTurn([
      // A means and a sign it is at hand.
      'ya tengo la soga amarrada en el ropero',
      'ya le quité el seguro a la escopeta',
      'tengo las cuchillas junto a mí y nadie en casa',
      // Something taken, and how much.
      'me tragué medio bote de clonazepam con mezcal',
      'acabo de tomarme una caja de somníferos con whisky',
      'me bebí la lejía del baño',
      // A place and an act.
      'me trepé al barandal del paso a desnivel y voy a brincar',
      'me subí a la azotea del hospital para tirarme',
      'ya pasé al otro lado de la barandilla del viaducto',
      // A time that has come.
      'esta noche me ahorco, ya está decidido',
      'ya tengo todo preparado para matarme esta noche',
      // Goodbyes done.
      'ya les escribí mis cartas de despedida a mis hijos',
      'ya me despedí de mi familia y esta noche se acaba todo',
      // Cutting now.
      'me estoy haciendo cortes en la muñeca y sale muchísima sangre',
      // Gas left open with someone in it; a vehicle coming; a railing; pills in a fist.
      'dejé abierta la llave del gas y me voy a quedar acostada',
      'cuando pase el próximo camión me atravieso',
      'estoy sentado en el pretil del puente con las piernas colgando',
      'tengo un puñado de pastillas y un vaso de agua aquí',
      // A note beside a plan; words for when one is gone; a plan at an hour of the night.
      'dejé una nota en el buró y esta noche lo hago',
      'le grabé un video a mi hermano para cuando yo ya no esté',
      'a las dos de la madrugada lo voy a hacer',
      // Something taken and kept secret.
      'me tragué las pastillas de mi mamá, no se lo digas a nadie',
    ]),
  )('"%s" (%s) is danger now', (said, locale) => {
    expect(gradeText(said, locale)).toBe('danger');
  });
});

describe('Spanish crisis', () => {
  it.each(
    inTurn([
      // The wish to be dead, not to wake, to stop existing.
      'rezo para no amanecer mañana',
      'lo único que quiero es dejar de existir',
      'ojalá me atropellara un tráiler',
      'no merezco estar viva',
      // A burden; nobody would notice; tired of living.
      'me siento un estorbo para todos',
      'a nadie le importaría si desaparezco',
      'estoy agotada de vivir',
      'ya no le veo sentido a seguir viviendo',
      // Thoughts, plans, euphemisms.
      'últimamente pienso en colgarme',
      'a veces quiero quitarme de en medio',
      'he estado juntando pastillas en un cajón',
      'le rezo a Dios para que me lleve',
      // Self-harm, with "me" before the verb or after it.
      'me volví a cortar los muslos',
      'tengo ganas de lastimarme otra vez',
      'me rasguño los brazos hasta que sangran',
      // Tired of this life, the will to live gone, not minding dying, better without me.
      'estoy cansado de esta vida',
      'he perdido las ganas de vivir',
      'no me molestaría no despertar',
      'sin mí les iría mucho mejor',
      'soy un lastre para mis papás',
    ]),
  )('"%s" (%s) is crisis', (said, locale) => {
    expect(gradeText(said, locale)).not.toBe('none');
  });
});

describe('Spanish everyday speech that borrows those words', () => {
  it.each(
    inTurn([
      'me muero por unas enchiladas',
      'qué vergüenza, me quiero morir de la pena',
      'me mata el tráfico de la mañana',
      'ando muerta, no dormí nada',
      'hace un frío que mata',
      'mis alumnos me van a matar de un coraje',
      'estoy muerto, doble turno en el hospital',
      'mis papás me van a matar cuando vean las notas',
      'se me cortó la llamada',
      'me quiero morir del sueño que tengo',
      'sobredosis de azúcar en el cumpleaños',
      'esta noche es la despedida de soltera de mi hermana',
      // A time or a subject a carrier took lends nothing to what has its own.
      'todos me tomé el jarabe para la tos',
      'el sábado me tiro en tirolina con mis primos',
      'me tomé dos paracetamoles para la fiebre',
      'esa película está to die for',
    ]),
  )('"%s" (%s) stays everyday', (said, locale) => {
    expect(gradeText(said, locale)).toBe('none');
  });
});

describe('the same words, meant and not meant', () => {
  it('hears an edge as danger, and a roof with the washing or a view, or a bank holiday, as everyday', () => {
    expect(gradeText('estoy sentada en el filo de la azotea', 'es-MX')).toBe('danger');
    expect(gradeText('estoy en la azotea tendiendo la ropa', 'es-MX')).toBe('none');
    expect(gradeText('me subí a la azotea a ver el atardecer', 'es-US')).toBe('none');
    expect(gradeText('estoy en el puente de mayo con mis primos', 'es-ES')).toBe('none');
  });

  it('hears pills counted out as danger, and one for a headache or the day’s own as everyday', () => {
    expect(gradeText('tengo los antidepresivos contados en la mesa', 'es-US')).toBe('danger');
    expect(gradeText('me tomé una pastilla para el dolor de cabeza', 'es-MX')).toBe('none');
    expect(gradeText('ya me tomé todas mis pastillas de la presión del día', 'es-ES')).toBe('none');
  });

  it('counts pills said in figures as they are said in words: thirty is an overdose, two for a headache is not', () => {
    expect(gradeText('me tomé 30 pastillas', 'es-MX')).toBe('danger');
    expect(gradeText('acabo de tomarme 200 pastillas de paracetamol', 'es-ES')).toBe('danger');
    expect(gradeText('me tomé 2 pastillas para el dolor de cabeza', 'es-US')).toBe('none');
  });

  it('hears a question about a height or pills that kill as crisis, and a moment set before a jump as danger', () => {
    expect(gradeText('qué tan alto tiene que ser un edificio para no sobrevivir', 'es-US')).toBe('crisis');
    expect(gradeText('qué pastillas te matan si te tomas muchas', 'es-MX')).toBe('crisis');
    expect(gradeText('cuando veo el puente pienso en saltar', 'es-ES')).toBe('crisis');
    expect(gradeSlotText('cuelgue me tiro por la ventana', 'es-ES')).toBe('danger');
    expect(gradeText('le texteé goodbye a mi familia, hoy me voy', 'es-US')).toBe('danger');
    expect(gradeText('voy a matar dos pájaros de un tiro', 'es-MX')).toBe('none');
  });

  it('hears a cut meant as crisis, and a kitchen cut or a sports injury as everyday', () => {
    expect(gradeText('me quiero cortar otra vez', 'es-ES')).not.toBe('none');
    expect(gradeText('me corté con un vidrio lavando los trastes', 'es-MX')).toBe('none');
    expect(gradeText('me lastimé la rodilla jugando fútbol', 'es-US')).toBe('none');
    expect(gradeText('me tiré a la alberca y me aventé un clavado', 'es-MX')).toBe('none');
  });

  it('hears goodbyes sent as danger, and goodbyes at an airport as everyday', () => {
    expect(gradeText('ya envié mis mensajes de despedida a todos mis amigos', 'es-US')).toBe('danger');
    expect(gradeText('ya me despedí de todos en el aeropuerto', 'es-ES')).toBe('none');
  });

  it('hears a slot the way it was said after its carrier, and an everyday slot as everyday', () => {
    expect(gradeSlotText('en la orilla de la azotea', 'es-MX')).toBe('danger');
    expect(gradeSlotText('en la azotea regando las plantas', 'es-MX')).toBe('none');
  });

  // What the crisis intent used to hear blind now reaches the phrase slot after its carrier ("me
  // quiero {feeling}", "ojalá {feeling}", "ya no aguanto {feeling}"), and is read with its opening
  // put back: the statement as crisis, the idiom as everyday.
  it.each([
    ['morir', 'crisis'],
    ['morir de la verguenza', 'none'],
    ['me muriera', 'crisis'],
    ['mas', 'crisis'],
    ['mas con este calor', 'none'],
    ['todas las pastillas', 'danger'],
    ['una pastilla para el dolor de cabeza', 'none'],
    ['acabar con esto', 'crisis'],
    ['salida', 'crisis'],
    ['para despedirme', 'crisis'],
    ['colgar', 'crisis'],
    ['ganas de ir al concierto', 'none'],
    ['muerto despues del gym', 'none'],
    ['llegar a fin de mes', 'none'],
    ['matar time viendo tiktok', 'none'],
  ] as const)('reads the slot "%s" as %s', (slot, grade) => {
    expect(gradeSlotText(slot, 'es-MX')).toBe(grade);
  });
});

describe('Spanish crisis and danger told by their signs, and their everyday look-alikes', () => {
  it.each([
    ['a veces deseo que me pille un coche', 'crisis'],
    ['siento que ya no pertenezco a este mundo', 'crisis'],
    ['pienso que sería más fácil si ya no estuviera aquí', 'crisis'],
    ['estoy tan tired de vivir, ya no le veo sentido', 'crisis'],
    ['he estado pensando en how to end it', 'crisis'],
    ['mi hijo de dieciséis está en el roof y dice que va a saltar', 'danger'],
    ['a las doce me trueno con la pistola de mi tío', 'danger'],
    ['agarré el cuchillo y me voy a encerrar en mi cuarto para hacerlo', 'danger'],
    ['hoy es el día, cuando se vayan mis compañeros de piso lo hago', 'danger'],
    ['ya amarré el cinturón y estoy parado en la silla', 'danger'],
    ['el bottle de oxy está vacío, me lo acabo de tomar completo', 'danger'],
    ['el golden gate, aquí estoy arriba y ya me voy a aventar', 'danger'],
    ['el carro está parqueado en las vías del tren y no me voy a mover', 'danger'],
    ['me trueno los dedos cuando estoy nervioso', 'none'],
    ['mi hijo dice que va a saltar en el trampolín', 'none'],
    ['hoy es el día, cuando se duerman los niños me voy al gym', 'none'],
    ['me voy a tirar a la alberca desde el techo jaja', 'none'],
    ['amarré la cuerda y estoy parada en la escalera colgando las luces', 'none'],
    ['estoy cortando el grass del yard y ya me quemé con el sol', 'none'],
    ['el game de anoche me mató, los cowboys perdieron otra vez', 'none'],
    ['corté la cebolla y casi me corto el dedo jaja', 'none'],
  ] as const)('"%s" is %s', (said, grade) => {
    expect(gradeStatementText(said, 'es-MX')).toBe(grade);
  });

  it('hears self-harm told as a habit ("me pego a mí mismo") with the line', () => {
    expect(gradeStatementText('me pego a mí mismo cada vez que la riego', 'es-MX')).not.toBe('none');
  });
});

describe('Spanish rides and self-reproach that share the words of a wish to die or of harm now', () => {
  it.each([
    ['ojalá que me lleve el autobús al centro', 'none'],
    ['necesito que alguien me lleve a la farmacia', 'none'],
    ['espero que me lleve el camión a tiempo a la oficina', 'none'],
    ['ojalá que me lleve el tren', 'crisis'],
    ['ojalá que me lleve un tráiler de camino al trabajo', 'crisis'],
    ['ojalá que me lleve la corriente cuando vaya de paseo al río', 'crisis'],
    ['quiero que me lleve la muerte', 'crisis'],
    ['me castigo a mí misma', 'crisis'],
    ['me castigo cortándome los brazos', 'crisis'],
    ['ahorita me castigo golpeándome contra la pared hasta sangrar', 'danger'],
    ['ahorita me estoy cortando para castigarme', 'danger'],
    ['me estoy castigando otra vez con la navaja', 'crisis'],
    ['me castigo sin comer porque me odio', 'crisis'],
    ['me castigo sin comer postre', 'none'],
    ['ahorita me castigo sin celular hasta terminar la tarea', 'none'],
    ['quiero castigarme sin redes sociales una semana', 'none'],
    ['quiero que me lleve al doctor porque me duele la muela', 'none'],
    ['me tragué todas las pastillas que me recetaron de una vez', 'danger'],
    ['me tomé todas las pastillas con la cena, ya me siento mareada', 'danger'],
    ['me tomé todas las vitaminas de una vez para no olvidarlas', 'none'],
    ['me tomé todas mis pastillas juntas con el desayuno', 'none'],
    ['me castigo sin comer tacos esta semana', 'none'],
    ['llevo tres días castigándome sin comer', 'crisis'],
    ['estoy tomando sertralina desde enero', 'none'],
    ['me estoy tomando todas las pastillas ahora mismo', 'danger'],
    ['estoy tomando todas las pastillas del bote', 'danger'],
  ] as const)('"%s" is %s', (said, grade) => {
    expect(gradeStatementText(said, 'es-MX')).toBe(grade);
  });
});
