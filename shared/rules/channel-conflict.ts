import { isClosedDealStage, type Deal } from '../schema';
import { isOpenRequest } from './request-status';
import { legalForms } from './legal-forms';

/*
 * Channel conflict (domain.md, "Rules worth getting exactly right"): a registration conflicts
 * with another partner's registration, or a direct opportunity, for the same end customer, by
 * domain or by a name that matches once case, accents and legal suffixes are removed.
 *
 * customerNameKey and customerDomainKey are also written in SQL (server/migrations/repeatable/
 * customer_keys.sql) so that the store finds candidates through an index; a test checks both
 * give the same key. Every step is therefore one SQL can do the same way on PostgreSQL and
 * PGlite, whatever the database's locale: only ASCII letters are case-folded (accented ones are
 * ASCII once their marks are gone; letters of other scripts keep their case), and the letters
 * NFD does not take apart (ß, æ, ø, ł ...) are spelled out.
 */

/** Combining marks that NFD splits off accented Latin letters (and their extended blocks). */
const combiningMarks =
  /[\u0300-\u036f]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f]/g;

/** Letters without a decomposition, as what a person typing without them would write. */
const spellings: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  Þ: 'th',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  ı: 'i',
};
const spelledOut = /[ßẞæÆœŒþÞøØłŁđĐðÐı]/g;

/** Dots and apostrophes join what they separate: "S.A." is "sa", "L'Oréal" is "loreal". */
const joiners = /[.'\u2019`]/g;

/**
 * ASCII punctuation, symbols and control characters, Latin-1's, general punctuation and odd
 * spaces: one space.
 */
const separators =
  // eslint-disable-next-line no-control-regex -- a control character separates words as a blank does
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u206f\u3000\ufeff]+/g;

/**
 * Runs of one-letter words are one word, so that "S. A." and "S/A" read as "sa" and
 * "S. de R. L." as "s de rl", while "Co Rp" stays two words (it is not "Corp").
 */
function joinInitials(words: readonly string[]): string {
  let joined = '';
  let previousInitial = false;
  for (const word of words) {
    const initial = word.length === 1;
    joined += joined === '' || (initial && previousInitial) ? word : ` ${word}`;
    previousInitial = initial;
  }
  return joined;
}

const legalFormKeys: ReadonlySet<string> = new Set(
  legalForms.map((form) => joinInitials(form.split(' '))),
);
/** The most words a legal form is looked for in ("S. A. de C. V." is five, spelled out seven). */
const LEGAL_FORM_WORDS = 8;

/**
 * The end customer's name as a matching key: "Telefónica Móviles, S.A." and "TELEFONICA MOVILES
 * SA" are both "telefonica moviles". Legal forms come off the end only, one after another
 * ("Müller GmbH & Co. KG" is "muller"), and never the last word left: "Sade Telecom" keeps
 * "sade", and a name that is only a legal form ("Inc.") is its own key.
 */
export function customerNameKey(name: string): string {
  const text = name
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(spelledOut, (letter) => spellings[letter] ?? letter)
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase())
    .replace(joiners, '')
    .replace(separators, ' ')
    .trim();
  if (text === '') return '';
  const words = text.split(' ');
  let end = words.length;
  for (;;) {
    let stripped = 0;
    for (let count = Math.min(LEGAL_FORM_WORDS, end - 1); count >= 1; count -= 1) {
      if (legalFormKeys.has(joinInitials(words.slice(end - count, end)))) {
        stripped = count;
        break;
      }
    }
    if (stripped === 0) break;
    end -= stripped;
  }
  return words.slice(0, end).join(' ');
}

/** The end customer's domain as a matching key: case, surrounding blanks, a trailing dot, `www.`. */
export function customerDomainKey(domain: string): string {
  return domain
    .replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '')
    .replace(/[A-Z]/g, (letter) => letter.toLowerCase())
    .replace(/\.+$/, '')
    .replace(/^www\./, '');
}

export type EndCustomer = Deal['endCustomer'];

/** What a registration can conflict with. */
export type ConflictCandidate =
  | ({ kind: 'registration' } & Pick<
      Deal,
      | 'id'
      | 'partnerId'
      | 'territoryId'
      | 'endCustomer'
      | 'registrationStatus'
      | 'stage'
      | 'protectionExpiresAt'
    >)
  /** The vendor's own sales team working the customer (an opportunity in the CRM). */
  | { kind: 'direct_opportunity'; id: string; endCustomer: EndCustomer };

export type ConflictMatch = 'same_domain' | 'same_name';

export type ChannelConflict = {
  candidate: ConflictCandidate;
  /** Every way the two customers match, domain first. */
  matchedBy: ConflictMatch[];
};

/** The registration being checked. */
export type ConflictSubject = Pick<Deal, 'id' | 'partnerId' | 'endCustomer'>;

/**
 * Whether a candidate still claims its customer at `asOfMs`:
 * - a direct opportunity always does: the vendor's team is engaged;
 * - a registration submitted and not yet decided does (submitted, under review, info requested,
 *   pending approval): whoever decides either one must see the other;
 * - an approved registration does while its protection runs and its deal is open;
 * - a draft (never submitted), a rejected, withdrawn or expired registration, an approved one
 *   whose protection has ended, and a closed deal (won or lost: the opportunity it protected is
 *   over) protect nobody.
 */
export function claimsCustomer(candidate: ConflictCandidate, asOfMs: number): boolean {
  if (candidate.kind === 'direct_opportunity') return true;
  if (isOpenRequest(candidate.registrationStatus)) return true;
  if (candidate.registrationStatus !== 'approved') return false;
  if (isClosedDealStage(candidate.stage)) return false;
  return (
    candidate.protectionExpiresAt === null || Date.parse(candidate.protectionExpiresAt) > asOfMs
  );
}

/**
 * How two end customers match, if they do. A domain is global: the same domain is the same
 * customer wherever it is. A name is not: the same trading name in two countries is usually two
 * companies (and legal forms are national), so a name matches only within one country.
 */
export function customerMatches(a: EndCustomer, b: EndCustomer): ConflictMatch[] {
  const matches: ConflictMatch[] = [];
  const domain = customerDomainKey(a.domain);
  if (domain !== '' && domain === customerDomainKey(b.domain)) matches.push('same_domain');
  const name = customerNameKey(a.name);
  if (name !== '' && a.country === b.country && name === customerNameKey(b.name))
    matches.push('same_name');
  return matches;
}

/**
 * Every candidate the registration conflicts with, and why, in the candidates' order. Never the
 * registration itself nor another registration of the same partner (a partner's repeat business
 * with its own customer is no conflict), and only candidates that still claim the customer.
 */
export function findChannelConflicts(
  registration: ConflictSubject,
  candidates: Iterable<ConflictCandidate>,
  asOf: Date,
): ChannelConflict[] {
  const asOfMs = asOf.getTime();
  if (!Number.isFinite(asOfMs)) throw new Error('findChannelConflicts needs a valid `asOf`');
  const conflicts: ChannelConflict[] = [];
  for (const candidate of candidates) {
    if (candidate.id === registration.id) continue;
    if (candidate.kind === 'registration' && candidate.partnerId === registration.partnerId)
      continue;
    if (!claimsCustomer(candidate, asOfMs)) continue;
    const matchedBy = customerMatches(registration.endCustomer, candidate.endCustomer);
    if (matchedBy.length > 0) conflicts.push({ candidate, matchedBy });
  }
  return conflicts;
}
