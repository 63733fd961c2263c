import type { Deal } from '../../shared/schema';
import { customerBrandName, customerQualifier, slug } from './names';
import { countryOf } from './places';
import type { Random } from './random';

export type EndCustomer = Deal['endCustomer'];

/**
 * End customers with domains unique across the data set, so that two registrations share a
 * customer only where the generator means a channel conflict.
 */
export function customerFactory(random: Random) {
  const takenDomains = new Set<string>();
  /** The next number to try after a name, so crowded names cost one lookup, not a search. */
  const nextNumber = new Map<string, number>();
  const slugs = new Map<string, string>();
  const slugOf = (name: string) => {
    let found = slugs.get(name);
    if (found === undefined) {
      found = slug(name);
      slugs.set(name, found);
    }
    return found;
  };

  return function newCustomer(countryCode: string): EndCustomer {
    const country = countryOf(countryCode);
    const domainOf = (name: string, number = 0) =>
      `${slugOf(name)}${number > 0 ? String(number) : ''}.${country.tld}`;
    let brand = customerBrandName(random, country.language);
    let domain = domainOf(brand);
    if (takenDomains.has(domain)) {
      brand = customerBrandName(random, country.language);
      domain = domainOf(brand);
    }
    // Names repeat in a big territory; a qualifier or a city tells them apart, as in real life.
    if (takenDomains.has(domain)) {
      const qualified = `${brand} ${customerQualifier(random, country.language)}`;
      brand = takenDomains.has(domainOf(qualified))
        ? `${brand} ${random.pick(country.cities)}`
        : qualified;
      domain = domainOf(brand);
    }
    let name = brand;
    if (takenDomains.has(domain)) {
      let number = nextNumber.get(domain) ?? 2;
      while (takenDomains.has(domainOf(brand, number))) number += 1;
      nextNumber.set(domain, number + 1);
      name = `${brand} ${number}`;
      domain = domainOf(brand, number);
    }
    takenDomains.add(domain);
    return { name: `${name} ${random.pick(country.legalForms)}`, domain, country: country.code };
  };
}
