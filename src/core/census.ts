/**
 * DfE school census SEN codes (DOMAIN.md). Registers use codes and words interchangeably, so each
 * code has the words schools write for it. Matching ignores case and punctuation.
 */
import type { Provision } from './types';

export type NeedArea =
  | 'Cognition and learning'
  | 'Social, emotional and mental health'
  | 'Communication and interaction'
  | 'Sensory and/or physical'
  | '';

interface NeedCode {
  code: string;
  area: NeedArea;
  words: string[];
}

/**
 * 'DS' (Down syndrome) joined the census list in January 2025. The DfE announcement and local
 * authority census guidance we could consult name the category but not the code string; 'DS' is
 * what MIS exports use in the examples we saw. Check against the CBDS code set when it changes.
 */
export const NEED_CODES: readonly NeedCode[] = [
  {
    code: 'SPLD',
    area: 'Cognition and learning',
    words: ['specific learning difficulty', 'dyslexia', 'dyscalculia', 'dyspraxia'],
  },
  { code: 'MLD', area: 'Cognition and learning', words: ['moderate learning difficulty'] },
  { code: 'SLD', area: 'Cognition and learning', words: ['severe learning difficulty'] },
  { code: 'PMLD', area: 'Cognition and learning', words: ['profound and multiple learning difficulty'] },
  {
    code: 'SEMH',
    area: 'Social, emotional and mental health',
    words: ['social emotional and mental health', 'semh needs', 'semh need'],
  },
  {
    code: 'SLCN',
    area: 'Communication and interaction',
    words: [
      'speech language and communication needs',
      'speech language and communication',
      'speech and language',
    ],
  },
  {
    code: 'ASD',
    area: 'Communication and interaction',
    words: ['autistic spectrum disorder', 'autism', 'autistic', 'asc', 'autism spectrum condition'],
  },
  { code: 'HI', area: 'Sensory and/or physical', words: ['hearing impairment', 'deaf'] },
  { code: 'VI', area: 'Sensory and/or physical', words: ['vision impairment', 'visual impairment'] },
  {
    code: 'MSI',
    area: 'Sensory and/or physical',
    words: ['multi sensory impairment', 'multisensory impairment'],
  },
  { code: 'PD', area: 'Sensory and/or physical', words: ['physical disability'] },
  { code: 'DS', area: '', words: ['down syndrome', 'downs syndrome'] },
  { code: 'OTH', area: '', words: ['other difficulty disability', 'other'] },
  { code: 'NSA', area: '', words: ['sen support but no specialist assessment', 'no specialist assessment'] },
];

const PROVISION_WORDS: Record<Exclude<Provision, ''>, string[]> = {
  E: ['ehcp', 'ehc plan', 'education health and care plan', 'ehc'],
  K: ['sen support', 'support', 'school support', 'k sen support'],
  N: ['no sen', 'none', 'monitoring', 'cause for concern', 'monitor'],
  S: ['statement', 'statemented'],
};

/** Lower case, punctuation to spaces, single spaces: "SEMH-needs!" → "semh needs". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Reads a provision cell written as a code (K) or words ("SEN Support"); '' when unreadable. */
export function readProvision(cell: string): { code: Provision; recognised: boolean } {
  const text = normalise(cell);
  if (text === '') return { code: '', recognised: true };
  for (const code of ['E', 'K', 'N', 'S'] as const) {
    if (text === code.toLowerCase() || PROVISION_WORDS[code].includes(text))
      return { code, recognised: true };
  }
  return { code: '', recognised: false };
}

/** Reads a need cell written as a code (SEMH) or words ("Autism"); null when blank or unknown. */
export function readNeed(cell: string): { code: string; recognised: boolean } | null {
  const text = normalise(cell);
  if (text === '') return null;
  const byCode = NEED_CODES.find((need) => need.code.toLowerCase() === text.replace(/ /g, ''));
  if (byCode) return { code: byCode.code, recognised: true };
  const byWords = NEED_CODES.find((need) => need.words.includes(text));
  if (byWords) return { code: byWords.code, recognised: true };
  return { code: cell.trim(), recognised: false };
}

export function needArea(code: string): NeedArea {
  return NEED_CODES.find((need) => need.code === code)?.area ?? '';
}

export interface CensusInput {
  label: string; // how a warning names the pupil, e.g. "row 14 (P-014)"
  provision: Provision;
  provisionRecognised: boolean;
  provisionText: string;
  needs: { code: string; recognised: boolean }[];
}

/** Census validation as warnings (never thrown): the SENCO fixes the register, not us. */
export function censusWarnings(input: CensusInput): string[] {
  const warnings: string[] = [];
  const { label, provision, needs } = input;
  if (!input.provisionRecognised) {
    warnings.push(`${label}: SEN status "${input.provisionText}" is not a census code (E, K or N).`);
  }
  if (provision === 'S') {
    warnings.push(`${label}: SEN status S (statement) has not been valid since 2018; use E for an EHC plan.`);
  }
  if ((provision === 'K' || provision === 'E') && needs.length === 0) {
    warnings.push(
      `${label}: a pupil with SEN status ${provision} needs a primary type of need for the census.`,
    );
  }
  if (needs.some((need) => need.code === 'NSA') && provision !== 'K') {
    warnings.push(`${label}: need NSA is only valid with SEN status K (SEN support).`);
  }
  for (const need of needs) {
    if (!need.recognised) warnings.push(`${label}: type of need "${need.code}" is not a census code.`);
  }
  return warnings;
}
