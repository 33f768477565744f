import { parseOwner } from '../../../src/core/parse/owners';

describe('parseOwner: one person', () => {
  it.each([
    ['Kevin Dicks', 'Kevin Dicks'],
    ['Hugh Bennett', 'Hugh Bennett'],
    ['K. Dicks', 'K. Dicks'],
    ['K Dicks', 'K Dicks'],
    ['Kevin Dicks (Chief Executive)', 'Kevin Dicks'],
    ['Kevin Dicks, Chief Executive', 'Kevin Dicks'],
    ['Chief Executive - Kevin Dicks', 'Kevin Dicks'],
    ['Cllr Smith', 'Cllr Smith'],
    ['Councillor Margaret Sherrey', 'Councillor Margaret Sherrey'],
    ['Ann de Souza', 'Ann de Souza'],
    // A surname's particles capitalised: one name of four words, not two of two.
    ['A De La Haye', 'A De La Haye'],
    ['J Van Der Berg', 'J Van Der Berg'],
    ['  Hugh   Bennett ', 'Hugh Bennett'],
    ['Claire Felton - Head of Legal, Equalities and Democratic Services', 'Claire Felton'],
    ['Lead Officer: Kevin Dicks', 'Kevin Dicks'],
    ['Hugh Bennett and team', 'Hugh Bennett'],
    // The initials of her post after her name.
    ['Odette Morgan CCNM', 'Odette Morgan'],
    // Who acts, then what they are to do.
    ['Mrs Ainger to speak to Mr Clare, Governors & Mrs Lown', 'Mrs Ainger'],
    ['Clerk to write to the landowner', 'Clerk'],
    ['AR to Act', 'AR'],
    // A contact's card: a name, where they work, a number to call.
    ['Zoe Rutter\nSBC\n01642 526025', 'Zoe Rutter'],
    ['Coun. Farrow', 'Coun. Farrow'],
    ['Coun.Mrs Northwood', 'Coun. Mrs Northwood'],
    ['Clerk to Action', 'Clerk'],
    // A post and a statutory role after a slash, their initials in brackets.
    [
      'Head of Information Governance (IG) / Data Protection Office (DPO)',
      'Head of Information Governance / Data Protection Office',
    ],
  ])('%s → person %s', (text, name) => {
    expect(parseOwner(text)).toEqual({ kind: 'person', name, text: text.trim() });
  });

  it.each([
    'Head of Financial Services',
    'Director of Policy, Performance and Partnerships',
    'Head of Legal, Equalities & Democratic Services',
    'Chief Executive',
    'Monitoring Officer',
    'Section 151 Officer',
    'S151',
    'Head Of Service',
    'Portfolio Holder for Finance',
    'Leader of the Council',
    'Cabinet Member for Resources',
    'Team leader',
    'Head of Policy/Performance',
    'Head of Finance & Democratic Services',
    'Policy and Performance Manager',
    'Head of Financial Services and S151 Officer',
    // One post and the statutory roles its holder has, after a slash.
    'Head of IG / DPO',
    'Head of Finance / S151 Officer',
    'Executive Director of Corporate Services/ S.151 Officer',
    'Director of Resources & Monitoring Officer',
    'Executive Director Finance and Resources',
    'Police and Crime Commissioner',
    'Chief Constable',
    'Headteacher',
    'Tree Warden',
  ])('the post %s is one person', (text) => {
    expect(parseOwner(text)).toEqual({ kind: 'person', name: text, text });
  });

  it.each([
    'Director of Finance',
    'S151 Officer',
    'Section 151 Officer',
    'Head of Audit',
    'Chief Executive',
    'Monitoring Officer',
    'Head of Service',
    'Chief Finance Officer',
    'DoF',
    'HoF',
    'HoA',
    'CFO',
    'CEO',
    'MO',
    'SRO',
    'SIRO',
    'AD Finance',
    'AD Finance & Resources',
    'Strategic Director (Place)',
    'Head of Finance (interim)',
  ])('the post or its abbreviation %s is one person', (text) => {
    expect(parseOwner(text)).toEqual({ kind: 'person', name: text, text });
  });

  it('reads dashes in a post as plain hyphens', () => {
    expect(parseOwner('Assistant Director \u2013 Resources')).toEqual({
      kind: 'person',
      name: 'Assistant Director - Resources',
      text: 'Assistant Director \u2013 Resources',
    });
  });

  it.each(['JP', 'J.P.', 'J. P.', 'KD'])('the initials %s are one person', (text) => {
    expect(parseOwner(text)).toEqual({ kind: 'person', name: text, text });
  });

  it.each([
    ['Jane Smith, Head of Finance', 'Jane Smith'],
    ['Jane Smith - Head of Finance', 'Jane Smith'],
    ['Jane Smith \u2013 Head of Finance', 'Jane Smith'],
    ['Jane Smith (Head of Finance)', 'Jane Smith'],
    ['Head of Finance (Jane Smith)', 'Jane Smith'],
    ['Head of Finance - Jane Smith', 'Jane Smith'],
    ['Head of Finance: Jane Smith', 'Jane Smith'],
    ['J. Smith, Head of Finance', 'J. Smith'],
    ['SRO - Jane Smith', 'Jane Smith'],
    ['Jane Smith (SRO)', 'Jane Smith'],
    // A designation in brackets is the same person, not a second one.
    ['Head of Finance (S151 Officer)', 'Head of Finance'],
    // A department with who leads for it in brackets is that person.
    ['DCCS (Strategy Officer, Health and Children)', 'Strategy Officer, Health and Children'],
    ['Cabinet (Cllr Smith)', 'Cllr Smith'],
    // A post and the services it heads, after a comma or a dash, is the one post.
    ['Director, Corporate and Customer Services', 'Director, Corporate and Customer Services'],
    ['Director - Corporate and Customer Services', 'Director - Corporate and Customer Services'],
    // The same person named twice is one.
    ['Clerk; Clerk', 'Clerk'],
  ])('%s is one person, %s', (text, name) => {
    expect(parseOwner(text)).toEqual({ kind: 'person', name, text });
  });

  it('names a post without a leading "The"', () => {
    expect(parseOwner('The Director of Policy, Performance and Partnerships')).toEqual({
      kind: 'person',
      name: 'Director of Policy, Performance and Partnerships',
      text: 'The Director of Policy, Performance and Partnerships',
    });
  });
});

describe('parseOwner: cells typed in capitals', () => {
  it.each([
    ['HEAD OF FINANCE', { kind: 'person', name: 'Head of Finance' }],
    ['CLERK', { kind: 'person', name: 'Clerk' }],
    ['JOHN SMITH', { kind: 'person', name: 'John Smith' }],
    ['CMT', { kind: 'body' }],
    ['CLERK / CHAIR', { kind: 'several', names: ['Clerk', 'Chair'] }],
    ['CLLR JONES', { kind: 'person', name: 'Cllr Jones' }],
    ['MR PATEL', { kind: 'person', name: 'Mr Patel' }],
    // Three capitals are an officer's initials or a post's ("Director of Innovation"); four a team's.
    ['DOI', { kind: 'person', name: 'DOI' }],
    ['JPS', { kind: 'person', name: 'JPS' }],
    // …but a borough or district council's ("WBC", "SDC") is the council itself.
    ['WBC', { kind: 'body' }],
    ['SDC', { kind: 'body' }],
    ['JBS', { kind: 'person', name: 'JBS' }],
    ['LGSS', { kind: 'body' }],
    ['SS/LSW', { kind: 'several', names: ['SS', 'LSW'] }],
    ['Action SH', { kind: 'person', name: 'SH' }],
    ['Actioned by JP', { kind: 'person', name: 'JP' }],
    ['Action Team', { kind: 'body' }],
    // Everyone at the school, not a person named Whole.
    ['Whole School', { kind: 'body' }],
    ['WHOLE STAFF', { kind: 'body' }],
  ])('%s', (text, expected) => {
    expect(parseOwner(text)).toMatchObject(expected);
  });
});

describe('parseOwner: posts that look like bodies', () => {
  it.each(['HR Business Partner', 'Finance Business Partner'])('%s is a post', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'person', name: text });
  });
});

describe("parseOwner: a parish's clerk who is its responsible financial officer too", () => {
  it.each(['Clerk/RFO', 'CLERK / RFO', 'RFO & Clerk', 'Clerk and Responsible Financial Officer'])(
    '%j is one officer in two posts',
    (text) => {
      expect(parseOwner(text)).toMatchObject({ kind: 'person', name: text });
    },
  );

  it.each([
    ['Clerk/Chair', ['Clerk', 'Chair']],
    ['Clerk/RFO/Chair', ['Clerk', 'RFO', 'Chair']],
    // (A parish's webmaster is someone else: every labeller of Reed's minutes took it so.)
    ['Clerk/Webmaster', ['Clerk', 'Webmaster']],
  ])('%j names a second officer: several', (text, names) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'several', names });
  });
});

describe('parseOwner: a person with a group', () => {
  it('"HoD / HoS" names two posts', () => {
    expect(parseOwner('HoD / HoS')).toMatchObject({ kind: 'several', names: ['HoD', 'HoS'] });
  });

  it('"ZW and Directors" names no single lead', () => {
    expect(parseOwner('ZW and Directors')).toMatchObject({ kind: 'several', names: ['ZW', 'Directors'] });
  });
});

describe('parseOwner: a line that repeats the one above', () => {
  it.each(['Paul Wenham\nditto\nditto', 'PAUL WENHAM\nDITTO', 'Paul Wenham\nas above', 'Paul Wenham\n"'])(
    '%j names one person',
    (text) => {
      expect(parseOwner(text)).toMatchObject({ kind: 'person', name: 'Paul Wenham' });
    },
  );

  it('a ditto on its own names nobody in particular', () => {
    expect(parseOwner('ditto').kind).not.toBe('several');
  });
});

describe('parseOwner: several people', () => {
  it.each([
    ['Jayne Pickering / Clare Felton', ['Jayne Pickering', 'Clare Felton']],
    ['Clerk and governors', ['Clerk', 'governors']],
    // Minutes put "Action" before the initials of who acts.
    ['Action CB, NT, JH', ['CB', 'NT', 'JH']],
    ['ACTION CB / JH', ['CB', 'JH']],
    ['Clerk/Chair/last new governor', ['Clerk', 'Chair', 'last new governor']],
    ['Jayne Pickering and Clare Felton', ['Jayne Pickering', 'Clare Felton']],
    ['Jayne Pickering & Clare Felton', ['Jayne Pickering', 'Clare Felton']],
    ['Jayne Pickering, Clare Felton', ['Jayne Pickering', 'Clare Felton']],
    ['Jayne Pickering; Clare Felton', ['Jayne Pickering', 'Clare Felton']],
    ['Jayne Pickering\nClare Felton', ['Jayne Pickering', 'Clare Felton']],
    ['Jayne Pickering Clare Felton', ['Jayne Pickering', 'Clare Felton']],
    ['A De La Haye, C Barron and J Stern', ['A De La Haye', 'C Barron', 'J Stern']],
    // Posts listed, each with its area or holder after a dash, as a council's minutes name who acts.
    [
      'Committee Administrator - Wigtown, Governance Officer - Claire',
      ['Committee Administrator - Wigtown', 'Governance Officer - Claire'],
    ],
    ['Kevin Dicks Hugh Bennett Clare Felton', ['Kevin Dicks', 'Hugh Bennett', 'Clare Felton']],
    ['Jayne Pickering, Clare Felton and Kevin Dicks', ['Jayne Pickering', 'Clare Felton', 'Kevin Dicks']],
    ['Head of Finance & Head of Legal', ['Head of Finance', 'Head of Legal']],
    ['Cllr Smith and Cllr Jones', ['Cllr Smith', 'Cllr Jones']],
    ['Kevin / Hugh', ['Kevin', 'Hugh']],
    ['KD/JP', ['KD', 'JP']],
    // Initials side by side, as minutes name who acts.
    ['AC BL RM', ['AC', 'BL', 'RM']],
    ['PD RM', ['PD', 'RM']],
    ['JP/KS', ['JP', 'KS']],
    ['JP, KS', ['JP', 'KS']],
    ['JP and KS', ['JP', 'KS']],
    ['J.P./K.S.', ['J.P.', 'K.S.']],
    ['DoF/HoF', ['DoF', 'HoF']],
    ['CEO/CFO', ['CEO', 'CFO']],
    ['AD Finance/AD Legal', ['AD Finance', 'AD Legal']],
    ['Head of Finance (Jane Smith) / Head of Legal (John Brown)', ['Head of Finance', 'Head of Legal']],
    ['David and Stephanie', ['David', 'Stephanie']],
    ['Margaret, Peter', ['Margaret', 'Peter']],
    ['Sue & Steve', ['Sue', 'Steve']],
    ['Chair/Vice', ['Chair', 'Vice']],
    ['Odette Morgan CCNM\nKaren Buffham DCCNM', ['Odette Morgan', 'Karen Buffham']],
    ['Keir & Elizabeth to draw up a budget sheet for Governors', ['Keir', 'Elizabeth']],
    ['Mrs Ainger, Mrs Ward & Mrs Churnin to meet to organise this', ['Mrs Ainger', 'Mrs Ward', 'Mrs Churnin']],
    // "to Act" with its capital, as a community council's minutes mark who acts.
    ['AR / TM to Act', ['AR', 'TM']],
    // Two names over one number are two people, whoever answers the phone.
    ['Zoe Rutter\nKelly Brown\n01642 526025', ['Zoe Rutter', 'Kelly Brown']],
    // "Coun." for councillor, run on to the name.
    ['Coun.Farrow and Coun.Palethorpe', ['Coun. Farrow', 'Coun. Palethorpe']],
  ])('%s → %j', (text, names) => {
    expect(parseOwner(text)).toEqual({ kind: 'several', names, text });
  });

  it.each(['TB', 'JPS', 'CEO DOF', 'HOS SH'])(
    'one set of initials, or a post beside them, is not several: %s',
    (text) => {
      expect(parseOwner(text).kind).not.toBe('several');
    },
  );

  it.each([
    ['Kevin Dicks / CMT', ['Kevin Dicks', 'CMT']],
    ['DoF / Cabinet', ['DoF', 'Cabinet']],
    ['Keith Orton, Pavilion committee & Cllr Sardeson', ['Keith Orton', 'Pavilion committee', 'Cllr Sardeson']],
    // Everyone else beside her: a person and all the others share the task.
    ['Angela Rigby & All', ['Angela Rigby', 'All']],
    ['John Smith and everyone', ['John Smith', 'everyone']],
  ])('counts a body beside a person as no single lead: %s', (text, names) => {
    expect(parseOwner(text)).toEqual({ kind: 'several', names, text });
  });

  it.each([
    ['Ward Cllrs Hopkins and Elliott', ['Ward Cllr Hopkins', 'Cllr Elliott']],
    ['Councillors Smith, Jones and Brown', ['Councillor Smith', 'Councillor Jones', 'Councillor Brown']],
    ['Messrs Smith & Jones', ['Mr Smith', 'Mr Jones']],
    ['Trustees Alexander and Howden', ['Trustee Alexander', 'Trustee Howden']],
  ])('reads a title in the plural over several surnames as each of them: %s', (text, names) => {
    expect(parseOwner(text)).toEqual({ kind: 'several', names, text });
  });

  it('a post beside a body that governs, or another post, is not one post of an area', () => {
    expect(parseOwner('Clerk, Council').kind).not.toBe('person');
    expect(parseOwner('Chief Executive, Director of Finance').kind).toBe('several');
  });

  it('two who share the work "in liaison with" each other are several; "in consultation with" keeps one lead', () => {
    expect(parseOwner('Scrutiny Support Officer in liaison with the Director of Education and Leisure')).toMatchObject({
      kind: 'several',
      names: ['Scrutiny Support Officer', 'Director of Education and Leisure'],
    });
    expect(parseOwner('Clerk in conjunction with Highways')).toMatchObject({
      kind: 'several',
      names: ['Clerk', 'Highways'],
    });
    expect(parseOwner('Head of Finance in consultation with the Leader').kind).toBe('person');
    // (However many are consulted, and however they are named, the first still leads.)
    expect(parseOwner('Clerk in consultation with Cllrs Vine-Hall and Glew')).toMatchObject({
      kind: 'person',
      name: 'Clerk',
    });
    expect(parseOwner('Clerk following consultation with the Chair and Vice Chair').kind).toBe('person');
    expect(parseOwner('Clerk and Cllrs Vine-Hall and Glew').kind).toBe('several');
  });

  it('a team named for what it supports is a body; its officer is a person', () => {
    expect(parseOwner('Scrutiny Support').kind).toBe('body');
    expect(parseOwner('Scrutiny Support Officer').kind).toBe('person');
  });

  it('a body with a department, or everyone, in brackets is still a body', () => {
    expect(parseOwner('Council (Finance)').kind).toBe('body');
    expect(parseOwner('CMT (All)').kind).toBe('body');
  });

  it('a title in the plural over one surname, or over none, is no list of people', () => {
    expect(parseOwner('Cllrs Hopkins').kind).not.toBe('several');
    expect(parseOwner('All Cllrs').kind).toBe('body');
  });

  it.each([
    ['Social Services\nCroydon PCT', ['Social Services', 'Croydon PCT']],
    ['Housing S&C\nHousing Advice', ['Housing S&C', 'Housing Advice']],
    ['CYC CCG', ['CYC', 'CCG']],
    ['Planning Policy / Environment Agency', ['Planning Policy', 'Environment Agency']],
  ])('counts two bodies sharing the work as no single lead: %s', (text, names) => {
    expect(parseOwner(text)).toEqual({ kind: 'several', names, text });
  });
});

describe('parseOwner: a post beside a subject word stays a person', () => {
  it('reads "Clerk and Recreation" as one person, not bodies: only a body beside a subject makes them bodies', () => {
    expect(parseOwner('Clerk and Recreation').kind).toBe('person');
  });
});

describe('parseOwner: bodies', () => {
  it.each([
    'CMT/Cabinet to consider',
    'Cabinet',
    'CMT',
    'SMT',
    'All authorities',
    'All partners',
    'All councils',
    'the Board',
    'Shared Services Board',
    'Joint Committee',
    'Council',
    'Both Councils',
    'Overview and Scrutiny Committee',
    'Hub Strategic Management Group',
    'Democratic Services',
    'Finance team',
    'WRS',
    'Members',
    'Heads of Service',
    'Finance',
    'The Executive',
    'Cabinet / Council',
    'SLT',
    'ELT',
    'CLT',
    'All services',
    'All Heads of Service',
    'Those attending initial launch meetings',
    'Everyone',
    'Anyone interested',
    'Managers',
    'Service managers',
    'Audit Committee',
    'Economy and Place',
    'Housing and Communities',
    'Planning and Regeneration',
    'Children and Young People',
    'CMT/SLT',
    'Ad hoc working group',
    'Cabinet (March)',
    'Governors',
    'Trustees',
    // Organisations.
    'Environment Agency',
    'Care Quality Commission',
    'DHSC, ONS, other government departments',
    'Senior Users',
    // A post in the plural is several people sharing it.
    'SENCos',
    'Area Librarians',
    'Youth Workers',
    // A body beside a committee named by its subject alone (a parish's "Recreation" committee).
    'Full Council and Recreation',
    // NHS bodies beside a council, and a department's team named by the department first.
    'Croydon PCT',
    'CCG',
    'Housing Advice',
    'Planning Policy',
    // The department's own management team is one team.
    'HR DMT',
    // The same body on each line of the cell, and the bodies a decision goes through, in turn.
    'All staff\nAll staff\nAll staff',
    'Full Council / Planning Committee',
    // A line opening "and" goes on with the one above: one group.
    'Tenant Involvement Team\nand tenants',
    // A body's people, none of them named.
    'CNPA staff',
    'Council staff',
    'Somerset LMC',
    // A school's full governing body, a council's management group, a programme's office.
    'FGB',
    'CMG',
    'SMG',
    'PMO',
  ])('%s is a body', (text) => {
    expect(parseOwner(text)).toEqual({ kind: 'body', text });
  });
});

describe('parseOwner: blanks and hostile cells', () => {
  it.each([
    '',
    '   ',
    '-',
    '\u2013',
    '?',
    'TBC',
    'TBA',
    'N/A',
    'n/a',
    'to be confirmed',
    'Vacant',
    'Various',
    'Various officers',
    'the relevant officer',
    'Appropriate Officer',
    'xxx',
    'XXX',
    'xx',
  ])('%j names nobody', (text) => {
    expect(parseOwner(text)).toEqual({ kind: 'blank' });
  });

  it('"the relevant officer" names nobody, but a relevant post named does', () => {
    expect(parseOwner('the relevant officer').kind).toBe('blank');
    expect(parseOwner('Relevant Head of Service').kind).not.toBe('blank');
  });

  it('reads non-text cells as naming nobody', () => {
    expect(parseOwner(null)).toEqual({ kind: 'blank' });
    expect(parseOwner({ error: '#REF!' })).toEqual({ kind: 'blank' });
    expect(parseOwner(42)).toEqual({ kind: 'blank' });
    expect(parseOwner(true)).toEqual({ kind: 'blank' });
  });

  it('keeps odd text as what it names', () => {
    expect(parseOwner('__proto__')).toEqual({
      kind: 'person',
      name: '__proto__',
      text: '__proto__',
    });
    expect(parseOwner('=1+1')).toEqual({ kind: 'person', name: '=1+1', text: '=1+1' });
  });

  it('returns from 32,767-character hostile cells', () => {
    const names = 'Ann Lee / Bob Ray / '.repeat(1638);
    const many = parseOwner(names);
    expect(many.kind === 'several' && many.names.length).toBe(3276);
    expect(parseOwner('A'.repeat(32767)).kind).toBe('person');
    expect(parseOwner(`a${'.'.repeat(32765)}b`).kind).toBe('person');
    expect(parseOwner('1/2 '.repeat(8192).slice(0, 32767)).kind).toBe('person');
    expect(parseOwner(`Head of ${'and '.repeat(8190)}`).kind).toBe('person');
    expect(parseOwner('('.repeat(32767)).kind).toBe('person');
  });
});

describe('parseOwner: a post that names its remit', () => {
  it('"and" inside a portfolio is one post', () => {
    const r = parseOwner('The Portfolio Holder for Economic Development and UK and EU Regional Issues');
    expect(r.kind).toBe('person');
  });

  it('a second post after the remit is a second person', () => {
    const r = parseOwner('The Portfolio Holder for Tourism and Leisure and the Head of Community Development');
    expect(r.kind).toBe('several');
  });

  it('a first-and-last name after the remit is a second person', () => {
    const r = parseOwner('Head of Finance and Jane Smith');
    expect(r.kind).toBe('several');
  });

  it('two capitalised words ending as a subject does are more of the remit, not a name', () => {
    expect(parseOwner('Director of Finance and Business Improvement').kind).toBe('person');
    expect(parseOwner('Head of Housing and Community Development').kind).toBe('person');
  });

  it('a surname ending in -ing or -ence is still a name', () => {
    expect(parseOwner('Head of Finance and Mark Fleming').kind).toBe('several');
    expect(parseOwner('Director of Place and Tom Lawrence').kind).toBe('several');
  });
});

describe('parseOwner: initials beside a one-word post', () => {
  it('"JC/Clerk" is two people', () => {
    expect(parseOwner('JC/Clerk').kind).toBe('several');
  });
  it('"Head of Policy/Performance" is still one post', () => {
    expect(parseOwner('Head of Policy/Performance').kind).toBe('person');
  });
});

describe('parseOwner: telephone numbers and e-mail addresses beside the names', () => {
  it.each([
    ['Lesley Williams 823797', 'Lesley Williams'],
    ['Jane Smith, Tel: 01983 821000', 'Jane Smith'],
    ['Jane Smith (ext. 2345)', 'Jane Smith'],
    ['Jane Smith ext 2345', 'Jane Smith'],
    ['John Smith 01983 823 797', 'John Smith'],
    ['Jane Smith jane.smith@iow.gov.uk', 'Jane Smith'],
    // Four digits is the shortest extension read as one.
    ['Head of Finance 2345', 'Head of Finance'],
  ])('%s is one person, %s', (text, name) => {
    expect(parseOwner(text)).toEqual({ kind: 'person', name, text });
  });

  it('reads two officers, each with an extension, as two people', () => {
    expect(parseOwner('Derek Rowell 823146, John Metcalfe 823825')).toMatchObject({
      kind: 'several',
      names: ['Derek Rowell', 'John Metcalfe'],
    });
  });

  it.each([
    // Three digits is not an extension: the number stays in what the cell names.
    ['Team 234', 'Team 234'],
    ['S151 Officer', 'S151 Officer'],
  ])('keeps %s whole', (text, name) => {
    expect(parseOwner(text)).toMatchObject({ name });
  });

  it('keeps a cell that is only a number or an address', () => {
    expect(parseOwner('823797')).toMatchObject({ text: '823797' });
    expect(parseOwner('823797')).not.toEqual({ kind: 'blank' });
    expect(parseOwner('jane.smith@iow.gov.uk')).toMatchObject({ kind: 'person', name: 'jane.smith@iow.gov.uk' });
  });
});

describe('parseOwner: people named in brackets after the post they share', () => {
  it('"Operations Managers (SF), (CD)" names two people', () => {
    expect(parseOwner('Operations Managers (SF), (CD)')).toMatchObject({ kind: 'several', names: ['SF', 'CD'] });
  });

  it.each(['Head of Finance (Jane Smith)', 'Jane Smith (Head of Finance) (S151)', 'Team Leader (SF)'])(
    '%s names one person',
    (text) => {
      expect(parseOwner(text)).toMatchObject({ kind: 'person' });
    },
  );
});

describe('parseOwner: a matter sent to a meeting names nobody', () => {
  it.each(['Agenda item', 'Agenda', 'Next agenda'])('%s is no person', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'body' });
  });
});

describe('parseOwner: posts of libraries, archives and front-line services', () => {
  it.each(['Principal Librarian', 'County Archivist', 'Superintendent Registrar', 'Senior Youth Worker'])(
    '%s is one person',
    (text) => {
      expect(parseOwner(text)).toMatchObject({ kind: 'person' });
    },
  );
});

describe('parseOwner: clinicians and therapists named by their post', () => {
  it.each(['Occupational Health Psychologist', 'Lead Nurse', 'Ward Matron', 'Specialist Physiotherapist'])(
    '%s is one person',
    (text) => {
      expect(parseOwner(text)).toMatchObject({ kind: 'person' });
    },
  );
  it.each(['Therapists', 'Nursing Team'])('%s is a group', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'body' });
  });
});

describe('parseOwner: a post beside a post in the plural', () => {
  it('"Youth Participation Worker/SENCos" is a worker and the co-ordinators: several people', () => {
    expect(parseOwner('Youth Participation Worker/SENCos')).toMatchObject({ kind: 'several' });
  });
});

describe('parseOwner: owners named beside words that name nobody', () => {
  it('names on lines of their own, and a line of who else helps, are several people', () => {
    const text = 'Stuart Mallender\nConrad Volker\nNick Coates\n\nAdditional support from Sharon Langton - Bursar';
    expect(parseOwner(text)).toMatchObject({
      kind: 'several',
      names: ['Stuart Mallender', 'Conrad Volker', 'Nick Coates'],
    });
  });

  it('one name beside such a line is still one person', () => {
    expect(parseOwner('Stuart Mallender\nAdditional support from Sharon Langton - Bursar')).toMatchObject({
      kind: 'person',
    });
  });

  it('a list of bodies and initials, most of its parts owners, names them all', () => {
    expect(parseOwner('WCAVA, EQUIP, Faiths Forums, WCC, District & Borough teams – to promote.')).toMatchObject({
      kind: 'several',
    });
  });

  it('a list whose owners are not most of its parts is not read as one', () => {
    expect(parseOwner('WCC, to promote, to publish, to review')).not.toMatchObject({ kind: 'several' });
  });
});

describe('parseOwner: owners one after another, each ended by a full stop', () => {
  it.each(['Arts Development Officer. Theatre Managers', 'Head of Finance. Head of Legal'])('%s names two', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'several' });
  });

  it.each(['Prof. Smith', 'Dr. Jane Smith', 'J. Smith'])(
    '%s is one person, the stop shortening a title or name',
    (text) => {
      expect(parseOwner(text)).toMatchObject({ kind: 'person' });
    },
  );
});

describe('parseOwner: a person and the council they work for', () => {
  it.each(['Ken Llewellyn, PCC', 'Jane Smith, NCC', 'Jane Smith, SDC'])('%s is one person', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'person' });
  });

  it.each(['Ken Llewellyn, PCC & Dave Gardner', 'JS, NCC', 'Jane Smith, Tom Jones'])('%s is still several', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'several' });
  });
});

describe('parseOwner: a post and, after a dash, the one word of its area', () => {
  it.each(['AD – SLAC', 'AD - SLAC', 'SM - Workforce', 'Director - Finance'])('%s is one person', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'person' });
  });

  it.each(['John Smith – Jane Doe', 'Clerk - Treasurer', 'AD - Jane Doe / SM'])('%s is still several', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'several' });
  });

  test('two service managers are two people', () => {
    expect(parseOwner('SM Fieldwork and SM Business Support')).toMatchObject({ kind: 'several' });
  });
});

describe("parseOwner: a students' union officer named by post", () => {
  it.each(['VP Education', 'VP Wellbeing'])('%s is one person', (text) => {
    expect(parseOwner(text)).toMatchObject({ kind: 'person' });
  });

  test('two vice-presidents are two people; the education department is a body', () => {
    expect(parseOwner('VP Education / VP Activities')).toMatchObject({ kind: 'several' });
    expect(parseOwner('Education')).toMatchObject({ kind: 'body' });
  });
});

describe('parseOwner: who acts, then what they are to do', () => {
  test('a sentence whose first words name no one is no one named', () => {
    const improvements = parseOwner('Improvements to the hall are needed');
    expect(improvements.kind === 'person' && improvements.name).not.toBe('Improvements');
  });

  test('a cell of several lines names someone on each, not only on the first', () => {
    const lines = 'Technical Services to lead on the strategy\nWHHP project team, in partnership with GoWarm';
    expect(parseOwner(lines).kind).not.toBe('body');
  });
});

describe('parseOwner: a council by its place and the initials of its kind', () => {
  it.each(['North Norfolk DC', 'Eastbourne BC', 'Purton PC', 'Hilton CC', 'Weston-super-Mare TC'])(
    '%s is a body',
    (text) => {
      expect(parseOwner(text).kind).toBe('body');
    },
  );

  it('a person and a council beside them are two leads', () => {
    expect(parseOwner('SH/Purton PC')).toMatchObject({ kind: 'several', names: ['SH', 'Purton PC'] });
  });

  it('initials alone, or after words that name no place, are no council', () => {
    expect(parseOwner('CC').kind).toBe('person');
    expect(parseOwner('north Norfolk DC').kind).not.toBe('body');
  });

  it('a subgroup is a body', () => {
    expect(parseOwner('Learning and Improvement Subgroup').kind).toBe('body');
  });
});
