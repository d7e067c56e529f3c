import type { RequestEnvelope } from 'ask-sdk-model';
import { readSlot } from '../alexa/slots';
import { pmrTimeline } from '../guidance/pmr/session';
import { DEFAULT_RELAXATION_LENGTH, isRelaxationLength, type RelaxationLength } from '../guidance/pmr/variants';
import { pmrCloseFor } from '../guidance/pmr/wording';
import { Intents, RelaxSlots } from '../intents';
import type { SkillDependencies } from '../skill-dependencies';
import { handsFreeHandler } from './hands-free';

/** The length the user named ("a quick body relaxation", "full muscle relaxation"), else the default. */
export function relaxationLengthFrom(envelope: RequestEnvelope): RelaxationLength {
  const { id } = readSlot(envelope, RelaxSlots.length);
  return isRelaxationLength(id) ? id : DEFAULT_RELAXATION_LENGTH;
}

/** Progressive muscle relaxation. */
export function relaxHandler(deps: SkillDependencies) {
  return handsFreeHandler(deps, [Intents.Relax], (envelope, words) => {
    const length = relaxationLengthFrom(envelope);
    return {
      close: (localDay) => [pmrCloseFor(words, localDay)],
      timeline: (closing, style) => pmrTimeline(words, length, closing, style),
    };
  });
}
