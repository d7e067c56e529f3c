/**
 * Danger said in the shapes the grader first missed: a count in digits, someone else found or
 * caught in the act, pills told by what is gone, a cord tied to what holds, fumes gathering, a gun
 * out, a climb past the barrier; in Spanish a wall hit on purpose, pills named in the plural,
 * someone else cutting themselves behind a door, walking into water not to come out. Each shape
 * beside the everyday sentences a review found sharing its words, which must stay everyday.
 */
import { gradeSlotText, gradeText } from '../../../lambda/safety/grade';
import { normaliseFeelingText } from '../../../lambda/understanding/normalise';

describe('a count said in digits weighs as the same count in words', () => {
  it.each([
    ['50 aspirin', 'fifty aspirin'],
    ['at 3 am', 'at three am'],
    ["2 o'clock tonight", 'two o clock tonight'],
    ['125 pills', 'one hundred and twenty five pills'],
  ])('"%s" reads "%s"', (said, read) => {
    expect(normaliseFeelingText(said, 'en')).toBe(read);
  });

  it('hears "swallowed 50 aspirin" as danger now, and two for a headache as nothing', () => {
    expect(gradeText('swallowed 50 aspirin', 'en-US')).toBe('danger');
    expect(gradeText('i took 2 paracetamol for my headache', 'en-US')).toBe('none');
    expect(gradeText('i ate 20 chicken nuggets', 'en-US')).toBe('none');
  });
});

describe('read as a slot, with the openings its carrier may have taken put back', () => {
  it.each([['my meds are all gone i need a refill'], ['every time i take my pills now i feel better']])('"%s" stays everyday', (said) => {
    expect(gradeSlotText(said, 'en-US')).toBe('none');
  });
});

describe('English danger in other shapes', () => {
  it.each([
    ["my mum's passed out next to an empty pill bottle"],
    ['my partner is cutting her throat with broken glass'],
    ['fifty paracetamol gone'],
    ["two packets of panadol gone mate and i'm not calling anyone"],
    ["rope's around the banister"],
    ['just wrapped the cord around the banister'],
    ["the room's filling up with carbon monoxide"],
    ["i'm holding my dad's shotgun"],
    ["it's in my hand and the safety is off"],
    ["i've got my dad's gun"],
    ['my flatmate is hanging in the hallway help'],
    ['my son is cutting his arms in the bathroom right now'],
    ["i'm going to do it tonight after work"],
    ["at the dam wall and i'm about to climb over"],
    ['at the lake with rocks in my coat pockets'],
  ])('"%s" is danger now', (said) => {
    expect(gradeSlotText(said, 'en-US')).toBe('danger');
  });

  it.each([
    ['my son is hanging in there'],
    ['my dad is on the edge of the roof fixing the gutter'],
    ['my meds are all gone and i need a refill from the pharmacy'],
    ['the carbon monoxide alarm is beeping in the hall'],
    ['my dad passed out on the sofa after the match'],
    ['my son is hanging from the monkey bars'],
    ["my daughter has swallowed a whole grape and she's fine"],
    ['my tablet is gone someone stole my whole bag'],
    ["i'm on 40mg of prozac now"],
    ['my brother passed out when he gave blood'],
    ['the ethernet cable runs around the door frame'],
    ['we sat by the gas fire in the front room'],
    ['my husband was holding a nail gun on the ladder'],
    ["i'm waiting for the next train to come through it's late again"],
    ['is the lake deep enough to swim in'],
    ['holding the rifle at the range for my licence'],
    ['one more step and we reach the summit of the cliff trail'],
    ["at 6 am i'm going to do my homework, i'm going to do it before school"],
    ['tied the rope to the tree for the kids swing'],
    ['my son is hanging in his room playing games'],
    ["i've got my dad's gun for the hunting trip"],
  ])('"%s" stays everyday', (said) => {
    expect(gradeText(said, 'en-US')).toBe('none');
  });
});

describe('Spanish danger and crisis in other shapes', () => {
  it.each([
    ['es-US', 'mi hermano se está cortando en el bathroom ahorita y no abre la puerta'],
    ['es-MX', 'mi carnal se está colgando en la azotea ayúdame'],
    ['es-MX', 'acabo de tomarme como treinta paracetamoles'],
    ['es-ES', 'me he tomado veinte ibuprofenos hace un rato'],
    ['es-US', 'después de este mensaje me voy a disparar'],
    ['es-MX', 'aquí en la cocina con todas las perillas de la estufa abiertas'],
    ['es-US', 'estoy en la orilla del lake y voy a meterme hasta que no pueda salir'],
    ['es-ES', 'esta noche me meto en el pantano con piedras en los bolsillos'],
    ['es-US', 'sangre por todo el bathroom floor y no puedo pararla'],
    ['es-ES', 'mi hermana se colgó y no respira'],
    ['es-MX', 'mi mamá está inconsciente y hay pastillas en el suelo'],
  ])('in %s, "%s" is danger now', (locale, said) => {
    expect(gradeText(said, locale)).toBe('danger');
  });

  it.each([
    ['es-ES', 'me doy golpes contra la pared cuando me agobio'],
    ['es-US', 'he estado viendo dónde comprar una gun para usarla conmigo'],
    ['es-ES', 'ya sé cómo me mataría'],
  ])('in %s, "%s" is crisis at least', (locale, said) => {
    expect(gradeText(said, locale)).not.toBe('none');
  });

  it.each([
    ['es-MX', 'mi hermano se está cortando el pelo'],
    ['es-ES', 'me voy a meter al mar a nadar un rato'],
    ['es-US', 'mi mamá me mataría si llego tarde'],
    ['es-ES', 'este es mi último mes en la empresa'],
    ['es-MX', 'me tomé dos ibuprofenos para el dolor de cabeza'],
    ['es-ES', 'estoy sentado en el borde de la cama'],
    ['es-MX', 'mi hijo se está colgando del columpio'],
    ['es-MX', 'mi papá se está cortando al afeitarse'],
    ['es-US', 'mi hermano se está desangrando de risa'],
    ['es-ES', 'me voy a meter al mar hasta que no pueda más a nadar'],
    ['es-MX', 'hoy me disparo las chelas yo invito'],
    ['es-ES', 'este es mi último año aquí'],
    ['es-MX', 'no sabes cómo me mataría mi jefe si llego tarde'],
    ['es-ES', 'compré un cuchillo nuevo para usarlo conmigo en la cocina'],
    ['es-MX', 'mi hijo se colgó del columpio'],
    ['es-US', 'mi abuela no responde los mensajes ayúdame'],
  ])('in %s, "%s" stays everyday', (locale, said) => {
    expect(gradeText(said, locale)).toBe('none');
  });
});
