import Value from 'typebox/value';
import { SpiffPayeeSchema, type SpiffPayee } from '../schema/request';

const { name: nameSchema, email: emailSchema } = SpiffPayeeSchema.properties;
const controlCharacter = /\p{Cc}/u;

/**
 * Who a claim pays, as claims are compared: the rep's email, trimmed and in lower case, so
 * `Ana.Ruiz@Partner.example ` and `ana.ruiz@partner.example` are one rep.
 */
export function payeeKey(payee: Pick<SpiffPayee, 'email'>): string {
  return payee.email.trim().toLowerCase();
}

/** What is wrong with a rep as submitted, per field, in words for the submitting system. */
export type PayeeProblems = Partial<Record<keyof SpiffPayee, string>>;

/**
 * The rep as a claim keeps them: the name trimmed (runs of spaces, tabs or line breaks become
 * one space), the email as `payeeKey` gives it; or why they cannot be kept: a name that is
 * empty once trimmed, holds a control character or is too long; an email that is not a sane
 * address (the WHATWG form's definition, ASCII only).
 */
export function spiffPayeeOf(
  submitted: SpiffPayee,
): { payee: SpiffPayee; problems?: undefined } | { problems: PayeeProblems; payee?: undefined } {
  const name = submitted.name.trim().replace(/\s+/gu, ' ');
  const email = payeeKey(submitted);
  const problems: PayeeProblems = {};
  if (name === '') problems.name = 'must name the rep: it is empty once trimmed';
  else if (controlCharacter.test(name)) problems.name = 'must not hold control characters';
  else if (!Value.Check(nameSchema, name)) problems.name = 'must be at most 200 characters';
  if (!Value.Check(emailSchema, email)) {
    problems.email = 'must be the rep’s email address, such as ana.ruiz@partner.example';
  }
  return Object.keys(problems).length > 0 ? { problems } : { payee: { name, email } };
}

/** The rep as people read them: `Ana Ruiz <ana.ruiz@partner.example>`. */
export function payeeLabel(payee: SpiffPayee): string {
  return `${payee.name} <${payee.email}>`;
}
