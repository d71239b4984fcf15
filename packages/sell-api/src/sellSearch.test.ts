import { buildPhoneSearchBody, fallbackNationalNumber, idsFromSearchResponse } from './sellSearch';

describe('fallbackNationalNumber', () => {
  it.each([
    ['020 7946 0123', '2079460123'],
    ['(415) 555-0142', '4155550142'],
    ['0044 20 7946 0123', '442079460123'],
    ['+1 (415) 555-0142', '14155550142'],
  ])('turns %j into %j', (phone, expected) => {
    expect(fallbackNationalNumber(phone)).toBe(expected);
  });
});

describe('buildPhoneSearchBody', () => {
  it('matches leads on the national number and the raw phone and mobile', () => {
    const body = buildPhoneSearchBody('leads', { phone: '+1 (415) 555-0142', nationalNumber: '4155550142' });
    expect(body).toEqual({
      items: [
        {
          data: {
            query: {
              projection: [{ name: 'id' }],
              filter: {
                or: [
                  { filter: { attribute: { name: 'normalized_phone_numbers.national_number' }, parameter: { eq: '4155550142' } } },
                  { filter: { attribute: { name: 'phone_numbers.phone' }, parameter: { eq: '+1 (415) 555-0142' } } },
                  { filter: { attribute: { name: 'phone_numbers.mobile' }, parameter: { eq: '+1 (415) 555-0142' } } },
                ],
              },
            },
            per_page: 100,
          },
        },
      ],
    });
  });

  it('matches contacts on the national number only (Search has no raw phone attribute for them)', () => {
    const body = buildPhoneSearchBody('contacts', { phone: '03-555-0134' }) as { items: { data: { query: { filter: { or: unknown[] } } } }[] };
    expect(body.items[0]!.data.query.filter.or).toHaveLength(1);
    expect(JSON.stringify(body)).toContain('"35550134"');
  });
});

describe('idsFromSearchResponse', () => {
  it.each([
    [{ items: [{ items: [{ data: { id: 1 } }, { data: { id: 2 } }] }, { items: [{ data: { id: 2 } }] }] }, [1, 2]],
    [{ items: [] }, []],
    [{}, []],
    [null, []],
    [{ items: [{ items: [{ data: { id: '3' } }, { nope: true }] }] }, []],
  ])('reads ids from %j', (body, ids) => {
    expect(idsFromSearchResponse(body)).toEqual(ids);
  });
});
