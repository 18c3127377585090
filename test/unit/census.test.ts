import { censusWarnings, needArea, normalise, readNeed, readProvision } from '../../src/core/census';

describe('normalise', () => {
  it('lower-cases, turns punctuation into spaces and squeezes spaces', () => {
    const text = normalise('  SEMH-needs!!  (Primary) ');

    expect(text).toBe('semh needs primary');
  });

  it('drops apostrophes rather than splitting words on them', () => {
    const text = normalise("Down's syndrome");

    expect(text).toBe('downs syndrome');
  });
});

describe('readProvision', () => {
  it('reads the census codes whatever their case', () => {
    const codes = ['E', 'k', 'N', 's'].map((cell) => readProvision(cell).code);

    expect(codes).toEqual(['E', 'K', 'N', 'S']);
  });

  it('reads "SEN Support" as K', () => {
    const provision = readProvision('SEN Support');

    expect(provision).toEqual({ code: 'K', recognised: true });
  });

  it('reads "EHCP" as E', () => {
    const provision = readProvision('EHCP');

    expect(provision).toEqual({ code: 'E', recognised: true });
  });

  it('reads "Education, Health and Care Plan" as E', () => {
    const provision = readProvision('Education, Health and Care Plan');

    expect(provision.code).toBe('E');
  });

  it('reads a monitoring list as N', () => {
    const provision = readProvision('Monitoring');

    expect(provision.code).toBe('N');
  });

  it('reads "Statement" as the legacy code S', () => {
    const provision = readProvision('Statement');

    expect(provision.code).toBe('S');
  });

  it('reads a blank cell as no code, without complaint', () => {
    const provision = readProvision('  ');

    expect(provision).toEqual({ code: '', recognised: true });
  });

  it('reports words it does not know', () => {
    const provision = readProvision('Wave 3');

    expect(provision).toEqual({ code: '', recognised: false });
  });
});

describe('readNeed', () => {
  it('reads "Autism" as ASD', () => {
    const need = readNeed('Autism');

    expect(need).toEqual({ code: 'ASD', recognised: true });
  });

  it('reads "SEMH needs" as SEMH', () => {
    const need = readNeed('SEMH needs');

    expect(need).toEqual({ code: 'SEMH', recognised: true });
  });

  it('reads codes whatever their case or punctuation', () => {
    const codes = ['spld', 'S.L.C.N.', 'Pmld'].map((cell) => readNeed(cell)?.code);

    expect(codes).toEqual(['SPLD', 'SLCN', 'PMLD']);
  });

  it('reads "Dyslexia" as SPLD', () => {
    const need = readNeed('Dyslexia');

    expect(need?.code).toBe('SPLD');
  });

  it('reads a blank cell as no need', () => {
    const need = readNeed('');

    expect(need).toBeNull();
  });

  it('keeps unknown text as written and marks it unrecognised', () => {
    const need = readNeed(' Glue ear ');

    expect(need).toEqual({ code: 'Glue ear', recognised: false });
  });
});

describe('needArea', () => {
  it('gives the broad area of a need code', () => {
    const areas = ['ASD', 'SEMH', 'MLD', 'HI'].map(needArea);

    expect(areas).toEqual([
      'Communication and interaction',
      'Social, emotional and mental health',
      'Cognition and learning',
      'Sensory and/or physical',
    ]);
  });

  it('gives no area for OTH, NSA or an unknown code', () => {
    const areas = ['OTH', 'NSA', 'XYZ'].map(needArea);

    expect(areas).toEqual(['', '', '']);
  });
});

describe('censusWarnings', () => {
  const valid = {
    label: 'Row 4 (P-0003)',
    provision: 'K' as const,
    provisionRecognised: true,
    provisionText: 'K',
    needs: [{ code: 'SEMH', recognised: true }],
  };

  it('has nothing to say about a pupil on K with a need', () => {
    const warnings = censusWarnings(valid);

    expect(warnings).toEqual([]);
  });

  it('warns when a pupil on K has no type of need', () => {
    const warnings = censusWarnings({ ...valid, needs: [] });

    expect(warnings).toEqual([
      'Row 4 (P-0003): a pupil with SEN status K needs a primary type of need for the census.',
    ]);
  });

  it('warns when a pupil with an EHCP has no type of need', () => {
    const warnings = censusWarnings({ ...valid, provision: 'E', needs: [] });

    expect(warnings).toEqual([
      'Row 4 (P-0003): a pupil with SEN status E needs a primary type of need for the census.',
    ]);
  });

  it('does not ask for a need when the pupil has no SEN', () => {
    const warnings = censusWarnings({ ...valid, provision: 'N', needs: [] });

    expect(warnings).toEqual([]);
  });

  it('warns when NSA is used without K', () => {
    const warnings = censusWarnings({ ...valid, provision: 'E', needs: [{ code: 'NSA', recognised: true }] });

    expect(warnings).toEqual(['Row 4 (P-0003): need NSA is only valid with SEN status K (SEN support).']);
  });

  it('accepts NSA with K', () => {
    const warnings = censusWarnings({ ...valid, needs: [{ code: 'NSA', recognised: true }] });

    expect(warnings).toEqual([]);
  });

  it('warns that S has not been valid since 2018', () => {
    const warnings = censusWarnings({ ...valid, provision: 'S', needs: [{ code: 'MLD', recognised: true }] });

    expect(warnings).toEqual([
      'Row 4 (P-0003): SEN status S (statement) has not been valid since 2018; use E for an EHC plan.',
    ]);
  });

  it('warns about a status that is not a census code, quoting it', () => {
    const warnings = censusWarnings({
      ...valid,
      provision: '',
      provisionRecognised: false,
      provisionText: 'Wave 3',
    });

    expect(warnings).toEqual(['Row 4 (P-0003): SEN status "Wave 3" is not a census code (E, K or N).']);
  });

  it('warns about a need that is not a census code, quoting it', () => {
    const warnings = censusWarnings({ ...valid, needs: [{ code: 'Glue ear', recognised: false }] });

    expect(warnings).toEqual(['Row 4 (P-0003): type of need "Glue ear" is not a census code.']);
  });

  it('returns warnings rather than throwing for a row with several problems', () => {
    const input = { ...valid, provision: 'S' as const, needs: [{ code: 'NSA', recognised: true }] };

    const warnings = censusWarnings(input);

    expect(warnings).toHaveLength(2);
  });
});
