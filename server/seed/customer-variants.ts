import { customerNameKey } from '../../shared/rules/channel-conflict';
import type { EndCustomer } from './customers';
import { countryOf } from './places';
import type { Random } from './random';

/**
 * The same end customer as a second partner types it: the case, the accents and the legal form
 * differ ("Alimentos del Valle S.A. de C.V." becomes "ALIMENTOS DEL VALLE, SA de CV" or
 * "Alimentos del Valle"), and the domain is the same, the same behind `www.`, or one of the
 * customer's other domains. Channel-conflict detection must see through all of it.
 */
export function customerAsRetyped(random: Random, customer: EndCustomer): EndCustomer {
  const name = retypedName(random, customer);
  // A name the key would not match cannot stand for the same customer by name: keep the original.
  const sameName = customerNameKey(name) === customerNameKey(customer.name) ? name : customer.name;
  const domain = random.weighted([
    [customer.domain, 45],
    [`www.${customer.domain}`, 15],
    [otherDomainOf(customer), 40],
  ] as const);
  return { name: sameName, domain, country: customer.country };
}

function retypedName(random: Random, customer: EndCustomer): string {
  const { legalForms } = countryOf(customer.country);
  const form = legalForms.find((candidate) => customer.name.endsWith(` ${candidate}`));
  const brand = form === undefined ? customer.name : customer.name.slice(0, -form.length - 1);
  const retypedBrand = random.weighted([
    [brand, 40],
    [brand.toUpperCase(), 20],
    [withoutAccents(brand), 25],
    [withoutAccents(brand).toLowerCase(), 15],
  ] as const);
  const written = form ?? random.pick(legalForms);
  const retypedForm = random.weighted([
    [written, 25],
    [written.replaceAll('.', ''), 25],
    [written.toUpperCase(), 15],
    [random.pick(legalForms), 15],
    ['', 20],
  ] as const);
  if (retypedForm === '') return retypedBrand;
  return `${retypedBrand}${random.chance(0.3) ? ', ' : ' '}${retypedForm}`;
}

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Another domain of the same company: "delvalle.com.mx" gives "delvalle-mx.com". A hyphen is
 * never in the generator's own domains (customers.ts), so it is nobody else's.
 */
function otherDomainOf(customer: EndCustomer): string {
  const label = customer.domain.split('.')[0] ?? customer.domain;
  return `${label}-${customer.country.toLowerCase()}.com`;
}
