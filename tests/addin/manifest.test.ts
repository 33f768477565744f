/** The add-in manifest: schema order, resources that resolve, icons that exist at the sizes named. */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { child, childrenNamed, descendants, parseXml, XmlElement } from './support/xml-reader';
import { pngSize } from './support/png';

const root = path.resolve(__dirname, '../..');
const manifest = parseXml(readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
const DEV_PREFIX = 'https://localhost:3000/';

/** OfficeApp's children in the order the schema (TaskPaneApp) requires them. */
const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts'];

function expectInOrder(element: XmlElement, order: string[]): void {
  const positions = element.children.map((c) => order.indexOf(c.name));
  expect(positions).not.toContain(-1);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

function resources(kind: string): Map<string, string> {
  const section = child(child(child(manifest, 'VersionOverrides'), 'Resources'), kind);
  return new Map(section.children.map((r) => [r.attributes.id, r.attributes.DefaultValue]));
}

function controls(): XmlElement[] {
  return descendants(manifest).filter((e) => e.name === 'Control');
}

function actionOf(control: XmlElement): XmlElement {
  return child(control, 'Action');
}

function assetFor(url: string): string {
  expect(url.startsWith(DEV_PREFIX)).toBe(true);
  return path.join(root, url.slice(DEV_PREFIX.length));
}

describe('manifest.xml', () => {
  test('is a task-pane add-in for Excel with the required elements in schema order', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expectInOrder(manifest, OFFICE_APP_ORDER);
    for (const name of REQUIRED) expect(childrenNamed(manifest, name)).toHaveLength(1);
    expect(child(manifest, 'Version').text).toBe('1.0.0.0');
    expect(child(manifest, 'ProviderName').text).toBe('Concordat');
    expect(child(manifest, 'DisplayName').attributes.DefaultValue).toBe('Concordat');
    const hosts = childrenNamed(child(manifest, 'Hosts'), 'Host').map((h) => h.attributes.Name);
    expect(hosts).toEqual(['Workbook']);
    expect(child(child(manifest, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue).toBe(
      `${DEV_PREFIX}taskpane.html`,
    );
  });

  test('has a GUID id, ReadWriteDocument permission and an ExcelApi 1.7 floor', () => {
    expect(child(manifest, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(manifest, 'Permissions').text).toBe('ReadWriteDocument');
    const sets = childrenNamed(child(child(manifest, 'Requirements'), 'Sets'), 'Set');
    expect(sets.map((s) => s.attributes)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.7' }]);
  });

  test('uses https for every URL', () => {
    const urls = descendants(manifest).flatMap((e) => [
      ...Object.entries(e.attributes)
        .filter(([key, value]) => key === 'DefaultValue' && /^[a-z]+:\/\//i.test(value))
        .map(([, value]) => value),
      ...(/^[a-z]+:\/\//i.test(e.text.trim()) ? [e.text.trim()] : []),
    ]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  test('resolves every resid to a resource of the right kind', () => {
    const known = new Set(
      ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap((kind) => [...resources(kind).keys()]),
    );
    const used = descendants(manifest)
      .map((e) => e.attributes.resid)
      .filter((id): id is string => id !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(known).toContain(id);
    for (const label of descendants(manifest).filter((e) => e.name === 'Label')) {
      expect(resources('bt:ShortStrings').has(label.attributes.resid)).toBe(true);
    }
  });

  test('keeps the version overrides in schema order', () => {
    const overrides = child(manifest, 'VersionOverrides');
    expect(overrides.attributes.xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expect(overrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
    expectInOrder(overrides, ['Description', 'Requirements', 'Hosts', 'Resources']);
    const desktop = child(child(child(overrides, 'Hosts'), 'Host'), 'DesktopFormFactor');
    expectInOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expectInOrder(child(overrides, 'Resources'), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    for (const control of controls()) expectInOrder(control, ['Label', 'Supertip', 'Icon', 'Action']);
    const tab = descendants(desktop).find((e) => e.name === 'OfficeTab');
    expect(tab?.attributes.id).toBe('TabHome');
  });

  test('puts a Check workbook command and an Open Concordat pane button on the ribbon', () => {
    const strings = resources('bt:ShortStrings');
    const byAction = new Map(controls().map((c) => [actionOf(c).attributes['xsi:type'], c]));
    const check = byAction.get('ExecuteFunction');
    const pane = byAction.get('ShowTaskpane');
    expect(check && strings.get(child(check, 'Label').attributes.resid)).toBe('Check workbook');
    expect(check && child(actionOf(check), 'FunctionName').text).toBe('checkWorkbookCommand');
    expect(pane && strings.get(child(pane, 'Label').attributes.resid)).toBe('Open Concordat');
    const paneUrl = pane && child(actionOf(pane), 'SourceLocation').attributes.resid;
    expect(paneUrl && resources('bt:Urls').get(paneUrl)).toBe(`${DEV_PREFIX}taskpane.html`);
    const functionFile = descendants(manifest).find((e) => e.name === 'FunctionFile');
    expect(functionFile && resources('bt:Urls').get(functionFile.attributes.resid)).toBe(`${DEV_PREFIX}commands.html`);
  });

  test('points at icon files that exist in assets/ at the sizes declared', () => {
    const images = resources('bt:Images');
    const uses = descendants(manifest).filter((e) => e.name === 'bt:Image' && e.attributes.size);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const file = assetFor(images.get(use.attributes.resid) ?? '');
      expect(existsSync(file)).toBe(true);
      const size = Number(use.attributes.size);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    const appIcons: [string, number][] = [
      ['IconUrl', 32],
      ['HighResolutionIconUrl', 64],
    ];
    for (const [name, size] of appIcons) {
      const file = assetFor(child(manifest, name).attributes.DefaultValue);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
