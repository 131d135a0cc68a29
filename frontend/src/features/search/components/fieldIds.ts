/** Input ids of the search form by API parameter name, so an invalid parameter links to its field. */
export const FIELD_IDS = {
  productGroup: 'zoek-zorg',
  productCode: 'zoek-zorg',
  municipality: 'zoek-gemeente',
  age: 'zoek-leeftijd',
  q: 'zoek-tekst',
} as const;
