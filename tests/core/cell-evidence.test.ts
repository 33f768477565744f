/** What a glance down a column sees in each cell: the types that confirm or overturn its header. */
import { cellType } from '../../src/core/tables/cell-evidence';

describe('people and bodies among the cells', () => {
  test.each([
    ['Kevin Dicks', 'person'],
    ['Head of Finance and Resources', 'person'],
    ['Ann de Souza', 'person'],
    ['JC/Clerk', 'person'],
    ['Cabinet', 'body'],
  ])('%s is %s', (text, type) => {
    expect(cellType(text, null)).toBe(type);
  });

  test.each(['Review the policy', 'Train the staff', 'Publish the plan', 'Head of finance'])(
    '"%s" is words, not a name: a word after the first is in lower case',
    (text) => {
      expect(cellType(text, null)).toBe('text');
    },
  );
});

describe('who acts, then what they are to do', () => {
  test.each([
    ['Thames Valley Police to provide', 'body'],
    ['Lorna Hunt and Alex Walters to report back', 'person'],
    ['Lorna Hunt to provide', 'person'],
  ])('"%s": the words before "to" name who acts (%s)', (text, type) => {
    expect(cellType(text, null)).toBe(type);
  });

  test('"Improvements to the hall" names nobody', () => {
    expect(cellType('Improvements to the hall', null)).toBe('text');
  });

  test('three words of the task at most: four set a task, read as words', () => {
    expect(cellType('Lorna Hunt to report back', null)).toBe('person');
    expect(cellType('Lorna Hunt to report back soon', null)).toBe('text');
  });
});

test.each(['the Board', 'All services', 'CMT', 'Corporate Management Team'])('"%s" is a body', (text) => {
  expect(cellType(text, null)).toBe('body');
});

test.each(['Low', 'HIGH', 'None', 'Very high', 'Medium'])('the rating "%s" is words, not a name or a body', (text) => {
  expect(cellType(text, null)).toBe('text');
});

test.each(['almost 77%', 'roughly 11%', 'c. 40%'])('"%s" is a percentage', (text) => {
  expect(cellType(text, null)).toBe('percent');
});

describe('references to other lines', () => {
  test.each(['A3, R2, R4, PA1', 'NC4, PA2', 'HC1; HC2', 'R1 & R2'])('"%s" is a list of references', (text) => {
    expect(cellType(text, null)).toBe('id');
  });

  test.each(['1a', '12b', '3.2(c)'])('"%s", a number and a letter for its part, is a reference', (text) => {
    expect(cellType(text, null)).toBe('id');
  });

  test.each(['46 (b)', '22 (c)', '4 (iv)', 'Item 4 (i)'])(
    '"%s", its part bracketed a space apart, is a reference',
    (text) => {
      expect(cellType(text, null)).toBe('id');
    },
  );

  test.each(['46 (bc)', '46  (b)', '46 (b) and more'])('"%s" is not', (text) => {
    expect(cellType(text, null)).not.toBe('id');
  });

  test.each(['A3, R2 and the harbour', 'Cowes, Newport'])('"%s" is not', (text) => {
    expect(cellType(text, null)).not.toBe('id');
  });
});

describe('times in words typed in capitals', () => {
  test.each(['AUTUMN 2018', 'Autumn 2018', 'early 2018', 'Late 2021'])(
    '"%s" is a time in words, not a code',
    (text) => {
      expect(cellType(text, null)).toBe('vagueDate');
    },
  );

  test.each(['CS 2018', 'IA 2301', 'LOG 04#09'])('"%s" of capitals and digits is a code', (text) => {
    expect(cellType(text, null)).toBe('id');
  });
});

test.each([
  'APOLOGIES FOR ABSENCE',
  'DECLARATIONS OF INTEREST',
  'MINUTES OF THE LAST MEETING',
  'INTRODUCTIONS AND WELCOME',
])('an agenda\'s heading in capitals, "%s", is words, not a name', (text) => {
  expect(cellType(text, null)).toBe('text');
});

test.each(['JOHN GRAHAM', 'HEAD OF FINANCE'])('"%s" in capitals is still a name or a post', (text) => {
  expect(cellType(text, null)).toBe('person');
});
