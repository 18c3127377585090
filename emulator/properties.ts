/**
 * PropertiesService: document, script and user stores of strings. Values are converted to
 * strings as Apps Script does; a value over 9 KB or a store over 500 KB is refused with the
 * service's error.
 */
import type { EmuContext } from './context';
import { asGas } from './gas';
import { instrument } from './meter';

type GasProperties = GoogleAppsScript.Properties.Properties;
export type StoreName = 'document' | 'script' | 'user';
export type PropertiesState = Record<StoreName, Record<string, string>>;

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

const encoder = new TextEncoder();
const bytes = (text: string): number => encoder.encode(text).length;

type PropertyMethods =
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty';

export class EmuProperties implements Pick<GasProperties, PropertyMethods> {
  constructor(
    readonly ctx: EmuContext,
    private readonly store: Map<string, string>,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  private self(): GasProperties {
    return asGas<GasProperties>(this);
  }

  private checkSize(next: Map<string, string>): void {
    let total = 0;
    for (const [key, value] of next) {
      if (bytes(value) > VALUE_LIMIT) throw new Error('Argument too large: value');
      total += bytes(key) + bytes(value);
    }
    if (total > STORE_LIMIT) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }

  deleteAllProperties(): GasProperties {
    this.store.clear();
    return this.self();
  }

  deleteProperty(key: string): GasProperties {
    this.store.delete(String(key));
    return this.self();
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): GasProperties {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of Object.entries(properties)) next.set(key, String(value));
    this.checkSize(next);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return this.self();
  }

  setProperty(key: string, value: string): GasProperties {
    if (key === null || key === undefined || key === '') throw new Error('Invalid argument: key');
    const next = new Map(this.store);
    next.set(String(key), String(value));
    this.checkSize(next);
    this.store.set(String(key), String(value));
    return this.self();
  }
}

export class PropertyStores {
  readonly stores: Record<StoreName, Map<string, string>> = {
    document: new Map(),
    script: new Map(),
    user: new Map(),
  };

  toJSON(): PropertiesState {
    return {
      document: Object.fromEntries(this.stores.document),
      script: Object.fromEntries(this.stores.script),
      user: Object.fromEntries(this.stores.user),
    };
  }

  restore(state: PropertiesState): void {
    for (const name of ['document', 'script', 'user'] as const) {
      this.stores[name] = new Map(Object.entries(state[name] ?? {}));
    }
  }
}

type ServiceMethods = 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties';

export class EmuPropertiesService
  implements Pick<GoogleAppsScript.Properties.PropertiesService, ServiceMethods>
{
  constructor(
    readonly ctx: EmuContext,
    private readonly stores: PropertyStores,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  getDocumentProperties(): GasProperties {
    return asGas<GasProperties>(new EmuProperties(this.ctx, this.stores.stores.document));
  }

  getScriptProperties(): GasProperties {
    return asGas<GasProperties>(new EmuProperties(this.ctx, this.stores.stores.script));
  }

  getUserProperties(): GasProperties {
    return asGas<GasProperties>(new EmuProperties(this.ctx, this.stores.stores.user));
  }
}

instrument(EmuProperties.prototype, 'Properties', { counted: false, needsAuth: true });
instrument(EmuPropertiesService.prototype, 'PropertiesService', { counted: false, needsAuth: true });
