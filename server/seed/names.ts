import type { PartnerType } from '../../shared/schema';
import type { NameLanguage } from './places';
import type { Random } from './random';

/** Name parts that read as real companies and people, in English, Spanish and Portuguese. */

function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
}

/** `{}` stands for the stem: "Soluciones {}" becomes "Soluciones Andina". */
type NamePattern = readonly string[];

const partnerStems: Record<NameLanguage, readonly string[]> = {
  en: list(`
    Northwind, Bluepeak, Cascade, Ironbridge, Summit, Redwood, Harbor, Keystone, Silverline,
    Brightpath, Granite, Lumen, Pinnacle, Meridian, Evergreen, Atlas, Vertex, Cobalt, Horizon,
    Solaris, Aspen, Bayview, Beacon, Canyon, Cedar, Clearwater, Coastal, Copperleaf, Crescent,
    Driftwood, Eagle Ridge, Fairway, Falcon, Foothill, Frontier, Glacier, Greenfield, Highland,
    Ironwood, Lakeshore, Landmark, Lighthouse, Maple Leaf, Mesa, Monarch, Nimbus, Oakridge,
    Orchard, Pacific Rim, Palisade, Pathfinder, Pioneer, Quarry, Rainier, Ridgeline, Riverbend,
    Rockpoint, Sagebrush, Sequoia, Shoreline, Silver Creek, Skyline, Snowcap, Stonegate, Sunrise,
    Tahoe, Tidewater, Timberline, Trailhead, Trillium, Vista, Westgate, Whistler, Willow, Zephyr
  `),
  es: list(`
    Andina, Cóndor, Pampa, Austral, Quetzal, Altamira, Olivo, Cumbre, Rioverde, Mistral, Pacífico,
    Cordillera, Meridiano, Faro, Volcán, Alborada, Ceiba, Jacarandá, Nogal, Aurora, Horizonte,
    Brújula, Vértice, Orión, Cénit, Ámbar, Zafiro, Lince, Halcón, Tucán, Colibrí, Jaguar, Puma,
    Caribe, Azteca, Araucaria, Alerce, Guayacán, Nevado, Atacama, Patagonia, Guadalquivir, Ebro,
    Tajo, Mediterránea, Cantábrica, Levante, Ibérica, Alhambra, Giralda, Montserrat, Tramontana,
    Magallanes, Orinoco, Magdalena, Tequendama, Sabana, Chapultepec, Cenote, Ceibo, Quebracho,
    Aconcagua, Osorno, Chiloé, Elqui, Maipo, Tierra Firme, Costa Brava, Sierra Madre, Iguazú
  `),
  pt: list(`
    Ipê, Jatobá, Araucária, Tijuca, Cerrado, Atlântica, Sabiá, Boreal, Vitória, Farol, Âncora,
    Guanabara, Itaipu, Paraty, Buriti, Carnaúba, Pantanal, Caravela, Lusitânia, Tejo, Douro,
    Minho, Alfama, Sintra, Algarve, Estrela, Sertão, Pitanga, Mandacaru, Cajueiro, Ouro Preto,
    Serra Azul, Rio Claro, Vale Verde, Costa Verde, Mar Azul
  `),
};

const partnerPatterns: Record<NameLanguage, Record<PartnerType, NamePattern>> = {
  en: {
    reseller: list('{} Systems, {} Technologies, {} IT Solutions, {} Computing, {} Digital'),
    distributor: list('{} Distribution, {} Supply, {} Trade Group, {} Wholesale'),
    msp: list('{} Managed Services, {} Cloud Partners, {} Networks, {} IT Services'),
    referral: list('{} Advisors, {} Consulting, {} Partners'),
  },
  es: {
    reseller: list(
      'Soluciones {}, {} Sistemas, Tecnologías {}, Informática {}, {} Integración, Grupo {}',
    ),
    distributor: list('Distribuidora {}, {} Distribución, Mayorista {}, Grupo {} Distribución'),
    msp: list('{} Servicios Gestionados, {} Cloud, Redes {}, {} Networks'),
    referral: list('{} Consultores, Asesores {}, {} Consultoría'),
  },
  pt: {
    reseller: list('{} Soluções, {} Tecnologia, {} Sistemas, Grupo {}, {} Informática'),
    distributor: list('Distribuidora {}, {} Distribuição'),
    msp: list('{} Serviços Gerenciados, {} Cloud, {} Redes'),
    referral: list('{} Consultoria, {} Assessoria'),
  },
};

const firstNames: Record<NameLanguage, readonly string[]> = {
  en: list(`
    Olivia, Liam, Emma, Noah, Ava, James, Sophia, William, Isabella, Benjamin, Mia, Lucas,
    Charlotte, Henry, Amelia, Alexander, Harper, Daniel, Evelyn, Michael, Abigail, Ethan, Emily,
    Matthew, Ella, David, Grace, Joseph, Chloe, Samuel, Zoe, Ryan, Hannah, Nathan, Lily, Aaron,
    Nora, Kevin, Rachel, Priya, Raj, Wei, Mei, Hiro, Aiko, Omar, Leila, Jamal, Aisha, Tyler
  `),
  es: list(`
    Ana, María, Lucía, Sofía, Valentina, Camila, Isabella, Martina, Daniela, Gabriela, Carmen,
    Laura, Paula, Elena, Marta, Julia, Fernanda, Andrea, Victoria, Mariana, Carlos, José, Juan,
    Luis, Javier, Diego, Alejandro, Miguel, Pablo, Andrés, Sergio, Fernando, Jorge, Ricardo,
    Santiago, Mateo, Sebastián, Nicolás, Tomás, Gonzalo, Raúl, Álvaro, Rodrigo, Emilio, Felipe,
    Joaquín, Ignacio, Manuel, Francisco, Antonio
  `),
  pt: list(`
    João, Pedro, Lucas, Gabriel, Rafael, Gustavo, Felipe, Bruno, Thiago, Rodrigo, Tiago, Diogo,
    Rui, Nuno, Miguel, André, Beatriz, Mariana, Ana, Júlia, Larissa, Camila, Fernanda, Letícia,
    Inês, Carolina, Rita, Joana, Leonor, Sara
  `),
};

const lastNames: Record<NameLanguage, readonly string[]> = {
  en: list(`
    Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas,
    Moore, Martin, Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen,
    King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner,
    Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Cook, Rogers,
    Reed, Bailey, Bell, Cooper, Chen, Nguyen, Patel, Kim, Singh, Tanaka, MacDonald, Tremblay,
    Gagnon, Leblanc
  `),
  es: list(`
    García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín,
    Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro,
    Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez,
    Ortega, Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Iglesias, Medina, Castillo, Cortés,
    Garrido, Vargas, Rojas, Herrera, Aguilar, Mendoza, Flores, Silva, Reyes, Cruz, Guerrero, Ríos,
    Contreras, Figueroa, Sepúlveda, Araya, Quintero, Cárdenas, Londoño
  `),
  pt: list(`
    Silva, Santos, Oliveira, Souza, Pereira, Costa, Rodrigues, Almeida, Nascimento, Lima, Araújo,
    Fernandes, Carvalho, Gomes, Martins, Rocha, Ribeiro, Alves, Monteiro, Mendes, Barros, Freitas,
    Barbosa, Pinto, Moura, Cavalcanti, Teixeira, Correia, Sousa, Ferreira
  `),
};

const customerStems: Record<NameLanguage, readonly string[]> = {
  en: list(`
    Allied, Apex, Boulder, Brookfield, Capstone, Centennial, Cornerstone, Crestview, Delta,
    Emerald, Empire, Gateway, Heritage, Liberty, Magnolia, Midland, Northgate, Orion, Paramount,
    Patriot, Premier, Prospect, Regal, Sentinel, Sterling, Titan, Trinity, Valley, Victory,
    Western, Windsor, Bluewater, Redstone, Silverado, Ironside, Goldfield, Riverside, Lakeview
  `),
  es: list(`
    del Norte, del Sur, Central, de Occidente, de Oriente, Nacional, Continental, Hispana, Latina,
    Real, Imperial, La Unión, El Progreso, La Esperanza, Victoria, Libertad, La Estrella, Corona,
    Diamante, La Plata, El Roble, La Encina, El Pino, La Palma, El Laurel, El Cedro, El Mirador,
    del Puerto, La Bahía, del Valle, Los Llanos, del Monte, del Río, del Lago, de la Costa,
    Santa Fe, San Martín, Santa Clara, San Rafael, Los Andes
  `),
  pt: list(`
    Horizonte, Atlântico, Central, Nacional, Brasileira, Lusitana, Paulista, Carioca, Mineira,
    Gaúcha, Nordeste, Estrela, Cruzeiro, Aliança, Progresso, Vitória, Esperança, Primavera, Serra,
    Vale, Boa Vista, Palmeira, Aroeira, Tropical, Santa Luzia, São Bento
  `),
};

const customerIndustries: Record<NameLanguage, NamePattern> = {
  en: list(`
    {} Logistics, {} Foods, {} Health, {} Credit Union, {} Insurance, {} Retail, {} Energy,
    {} Manufacturing, {} Pharmaceuticals, {} Media, {} Motors, {} Hotels, {} Telecom,
    {} Construction, {} Medical Center, {} Freight, {} Dental Group, {} Law Group, {} Bank,
    {} Farms, {} Brewing, {} Biotech, {} Aerospace, {} Realty, {} Utilities, {} School District
  `),
  es: list(`
    Alimentos {}, Transportes {}, Logística {}, Seguros {}, Constructora {}, Farmacéutica {},
    Textil {}, Minera {}, Agroindustrial {}, Bodegas {}, Hoteles {}, Clínica {}, Laboratorios {},
    Editorial {}, Inmobiliaria {}, Energía {}, Cooperativa {}, Financiera {}, Universidad {},
    Colegio {}, Hospital {}, Cervecería {}, Automotriz {}, Supermercados {}, Banco {}
  `),
  pt: list(`
    Alimentos {}, Transportes {}, Logística {}, Seguros {}, Construtora {}, Farmacêutica {},
    Têxtil {}, Mineração {}, Agroindústria {}, Hotéis {}, Clínica {}, Laboratórios {}, Editora {},
    Imobiliária {}, Energia {}, Cooperativa {}, Financeira {}, Universidade {}, Hospital {},
    Cervejaria {}, Supermercados {}
  `),
};

const customerQualifiers: Record<NameLanguage, readonly string[]> = {
  en: list('Group, Holdings, & Sons, International, Partners, Enterprises'),
  es: list('Hermanos, y Asociados, Internacional, Grupo, e Hijos, Global'),
  pt: list('Irmãos, & Filhos, Internacional, Grupo, Associados, Global'),
};

/** What tells two companies of the same name apart: "Transportes Herrera Hermanos". */
export function customerQualifier(random: Random, language: NameLanguage): string {
  return random.pick(customerQualifiers[language]);
}

function fill(pattern: string, stem: string): string {
  return pattern.replace('{}', stem);
}

/**
 * A partner's trading name without its legal form: "Soluciones Andina", "Cascade Networks".
 * Stems already in use are avoided while fresh ones are easy to find, so a small data set does
 * not read like three "Silverline" companies.
 */
export function partnerBrandName(
  random: Random,
  language: NameLanguage,
  type: PartnerType,
  usedStems: Set<string>,
) {
  let stem = random.pick(partnerStems[language]);
  for (let attempt = 0; attempt < 4 && usedStems.has(stem); attempt += 1) {
    stem = random.pick(partnerStems[language]);
  }
  usedStems.add(stem);
  return fill(random.pick(partnerPatterns[language][type]), stem);
}

/** An end customer's name without its legal form: "Alimentos del Valle", "Apex Logistics". */
export function customerBrandName(random: Random, language: NameLanguage) {
  // Many companies carry a family name: "Transportes Herrera", "Parker Foods".
  const stems = random.chance(0.5) ? customerStems[language] : lastNames[language];
  return fill(random.pick(customerIndustries[language]), random.pick(stems));
}

export function personName(random: Random, language: NameLanguage) {
  return { first: random.pick(firstNames[language]), last: random.pick(lastNames[language]) };
}

/** Lower-case ASCII letters and digits only: "Ñandú Logística" becomes "nandulogistica". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
