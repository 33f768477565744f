/** What a check needs to read tables, built once per profile: the header vocabulary and the partners' names. */
import type { Profile } from '../profile';
import { Vocabulary } from './columns';
import type { PartnerNames } from './partners';
import { knownPartners } from './partners';

export class TableReader {
  readonly vocabulary: Vocabulary;
  readonly partners: PartnerNames;
  readonly partnerWords: string[];

  constructor(readonly profile: Profile) {
    this.vocabulary = new Vocabulary(profile.headers);
    this.partners = knownPartners(profile);
    this.partnerWords = [...this.partners.byAlias.keys()].sort((a, b) => b.length - a.length);
  }
}
