import { fresh } from './setup';

describe('PropertiesService', () => {
  it('reads null for a missing property', () => {
    const { emu } = fresh();

    expect(emu.globals.PropertiesService.getDocumentProperties().getProperty('missing')).toBeNull();
  });

  it('stores values as strings', () => {
    const { emu } = fresh();
    const props = emu.globals.PropertiesService.getDocumentProperties();

    props.setProperty('count', 5 as unknown as string);

    expect(props.getProperty('count')).toBe('5');
  });

  it('shares a store between calls', () => {
    const { emu } = fresh();

    emu.globals.PropertiesService.getScriptProperties().setProperty('k', 'v');

    expect(emu.globals.PropertiesService.getScriptProperties().getProperty('k')).toBe('v');
  });

  it('keeps the document, script and user stores apart', () => {
    const { emu } = fresh();
    const service = emu.globals.PropertiesService;

    service.getDocumentProperties().setProperty('k', 'doc');

    expect([
      service.getScriptProperties().getProperty('k'),
      service.getUserProperties().getProperty('k'),
    ]).toEqual([null, null]);
  });

  it('sets many properties, optionally deleting the others', () => {
    const { emu } = fresh();
    const props = emu.globals.PropertiesService.getUserProperties();
    props.setProperty('old', '1');

    props.setProperties({ a: '1', b: '2' });
    const merged = props.getKeys().sort();
    props.setProperties({ c: '3' }, true);

    expect(merged).toEqual(['a', 'b', 'old']);
    expect(props.getProperties()).toEqual({ c: '3' });
  });

  it('deletes one property or all of them', () => {
    const { emu } = fresh();
    const props = emu.globals.PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });

    props.deleteProperty('a');
    const afterOne = props.getKeys();
    props.deleteAllProperties();

    expect(afterOne).toEqual(['b']);
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB', () => {
    const { emu } = fresh();

    expect(() =>
      emu.globals.PropertiesService.getDocumentProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1)),
    ).toThrow('Argument too large: value');
  });
});
