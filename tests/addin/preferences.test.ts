/** Preferences kept with the document (src/excel/preferences.ts). */
import { loadAsOf, loadReadBytes, saveAsOf, saveReadBytes } from '../../src/excel/preferences';
import { FakeOffice, installOffice } from '../../testkit/office/fake-office';

/** Office.context.document.settings as the fake Office host keeps them: values in memory, persisted by saveAsync. */
function fakeSettings(initial: Record<string, unknown> = {}) {
  const office = new FakeOffice();
  Object.assign(office.settings, initial);
  uninstall();
  uninstall = installOffice(office);
  return { values: office.settings, saves: () => office.settingsSaves };
}

let uninstall = () => {};
afterEach(() => {
  uninstall();
  uninstall = () => {};
});

describe('the last read size', () => {
  test('is kept with the document, and saved only when it changes', async () => {
    const store = fakeSettings();
    expect(loadReadBytes()).toBeUndefined();
    await saveReadBytes(21_400_000);
    expect(loadReadBytes()).toBe(21_400_000);
    await saveReadBytes(21_400_000);
    expect(store.saves()).toBe(1);
    await saveReadBytes(0);
    expect(loadReadBytes()).toBe(21_400_000);
  });

  test('is ignored when the document holds something else under its name', () => {
    for (const stored of ['21400000', -5, Number.NaN, Number.POSITIVE_INFINITY, { bytes: 1 }]) {
      fakeSettings({ 'concordat.readBytes': stored });
      expect(loadReadBytes()).toBeUndefined();
    }
  });

  test('without a host (the command line) there is nothing to load or save', async () => {
    expect(loadReadBytes()).toBeUndefined();
    await expect(saveReadBytes(5)).resolves.toBeUndefined();
  });
});

describe('the as-of date', () => {
  test('is kept as written, and clearing the field removes it', async () => {
    const store = fakeSettings();
    await saveAsOf('2010-06-14');
    expect(loadAsOf()).toBe('2010-06-14');
    await saveAsOf(undefined);
    expect(store.values).toEqual({});
    fakeSettings({ 'concordat.asOf': '14/06/2010' });
    expect(loadAsOf()).toBeUndefined();
  });

  test("a stored date outside Excel's calendar is not used (the ribbon command would check against it)", () => {
    for (const stored of ['0211-03-31', '1899-12-31', '2011-02-29']) {
      fakeSettings({ 'concordat.asOf': stored });
      expect(loadAsOf()).toBeUndefined();
    }
    fakeSettings({ 'concordat.asOf': '1900-01-01' });
    expect(loadAsOf()).toBe('1900-01-01');
  });

  test('a date the checks would refuse is not saved over the one kept', async () => {
    const store = fakeSettings({ 'concordat.asOf': '2010-06-14' });
    await saveAsOf('0211-03-31');
    expect(store.values).toEqual({ 'concordat.asOf': '2010-06-14' });
  });
});
