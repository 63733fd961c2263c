/**
 * End-customer names as partners type them, with the key customerNameKey must give. Shared by
 * the rule's test and the test that the SQL key (customer_name_key) agrees with it.
 */
export const nameKeyCases: ReadonlyArray<readonly [name: string, key: string]> = [
  // Spanish
  ['Telefónica Móviles, S.A.', 'telefonica moviles'],
  ['TELEFONICA MOVILES SA', 'telefonica moviles'],
  ['Telefónica Móviles S. A.', 'telefonica moviles'],
  ['Compañía Cervecera del Sur S.A. de C.V.', 'compania cervecera del sur'],
  ['Compania Cervecera del Sur, SA de CV', 'compania cervecera del sur'],
  ['Grupo Logístico Peña S. de R.L. de C.V.', 'grupo logistico pena'],
  ['GRUPO LOGISTICO PEÑA S DE RL DE CV', 'grupo logistico pena'],
  ['Bimbo S.A.B. de C.V.', 'bimbo'],
  ['Distribuidora Núñez y Cía. Ltda.', 'distribuidora nunez'],
  ['Distribuidora Nuñez Ltda', 'distribuidora nunez'],
  ['Construcciones Ibáñez, S.L.U.', 'construcciones ibanez'],
  ['Inversiones Araucanía SpA', 'inversiones araucania'],
  ['Agrícola Los Andes S.A.S.', 'agricola los andes'],
  ['Café de Colombia S.R.L.', 'cafe de colombia'],
  ['Sade Telecom', 'sade telecom'],
  ['Sade Telecom S.A.', 'sade telecom'],
  ['Banco Sa', 'banco'],
  ['¡Hola! Servicios, S.A.', 'hola servicios'],
  // Portuguese
  ['Indústria Têxtil Açores Lda.', 'industria textil acores'],
  ['INDUSTRIA TEXTIL ACORES, LDA', 'industria textil acores'],
  ['Construtora São João Ltda.', 'construtora sao joao'],
  ['Construtora Sao Joao S/A', 'construtora sao joao'],
  ['Padaria Conceição & Cia. Ltda.', 'padaria conceicao'],
  ['Soluções Digitais Unipessoal, Lda.', 'solucoes digitais'],
  ['Comércio Eletrônico EIRELI', 'comercio eletronico'],
  // Italian
  ['Officine Meccaniche Società per Azioni', 'officine meccaniche societa per azioni'],
  ['Officine Meccaniche S.p.A.', 'officine meccaniche'],
  ['Officine Meccaniche SPA', 'officine meccaniche'],
  ["L'Arte del Caffè S.r.l.", 'larte del caffe'],
  ['Larte del Caffe srl', 'larte del caffe'],
  ['Fratelli Rossi S.n.c.', 'fratelli rossi'],
  // German
  ['Müller Maschinenbau GmbH & Co. KG', 'muller maschinenbau'],
  ['MULLER MASCHINENBAU GMBH', 'muller maschinenbau'],
  ['Straße & Brücke AG', 'strasse brucke'],
  ['Strasse und Brucke', 'strasse und brucke'],
  ['Bäckerei Schröder e.K.', 'backerei schroder'],
  ['Größer Software UG (haftungsbeschränkt)', 'grosser software'],
  // English and elsewhere
  ['Acme, Inc.', 'acme'],
  ['ACME INC', 'acme'],
  ['Acme Incorporated', 'acme'],
  ['Northwind Traders LLC', 'northwind traders'],
  ['Northwind Traders, L.L.C.', 'northwind traders'],
  ['Contoso Ltd', 'contoso'],
  ['Contoso Limited', 'contoso'],
  ['Fabrikam Corp.', 'fabrikam'],
  ['Fabrikam Corporation', 'fabrikam'],
  ['Wattle Mining Pty Ltd', 'wattle mining'],
  ['Shenzhen Bright Star Co., Ltd.', 'shenzhen bright star'],
  ['Johnson & Co.', 'johnson'],
  ['Ørsted A/S', 'orsted a s'],
  ['Œuvre Æsthetics plc', 'oeuvre aesthetics'],
  ['Łódź Logistics Sp', 'lodz logistics sp'],
  // Names that are only a legal form keep it; blanks are no name
  ['Inc.', 'inc'],
  ['S.A. de C.V.', 'sa de cv'],
  ['', ''],
  ['  .,; ', ''],
  // Whitespace of every kind is one space
  ['Acme\u00a0\u2003Widgets\tInc.', 'acme widgets'],
  ['Acme – Widgets', 'acme widgets'],
];

/** Pairs of end-customer names that are different companies: their keys must differ. */
export const distinctNameCases: ReadonlyArray<readonly [string, string]> = [
  ['Sade Telecom', 'Telecom S.A.'],
  ['Sade Telecom S.A.', 'Telecom S.A.'],
  ['Grupo Alfa S.A.', 'Grupo Alfa Beta S.A.'],
  ['Incas Tours Ltda.', 'Tours Ltda.'],
  ['Cosa Nostra Foods', 'Cosa Foods'],
  ['Banco Santander', 'Banco Santander Río'],
  ['Spa Serena', 'Serena'],
  ['Coral Corp', 'Coral Co Rp'],
  ['Alfa Sp A', 'Alfa'],
  ['Acme Widgets', 'Acme Gadgets'],
  ['Limited Editions Ltd', 'Editions'],
  ['Corporación Andina', 'Andina'],
  ['AG Barr plc', 'Barr plc'],
  ['Nordic A', 'Nordic B'],
  ['Moda 2 S.A.', 'Moda 3 S.A.'],
];

/** Domains as written, with the key customerDomainKey must give. */
export const domainKeyCases: ReadonlyArray<readonly [string, string]> = [
  ['acme.com', 'acme.com'],
  ['ACME.com', 'acme.com'],
  ['www.acme.com', 'acme.com'],
  ['WWW.Acme.COM.', 'acme.com'],
  [' acme.com.mx ', 'acme.com.mx'],
  ['www2.acme.com', 'www2.acme.com'],
  ['mail.acme.com', 'mail.acme.com'],
  ['wwwacme.com', 'wwwacme.com'],
  ['', ''],
];
