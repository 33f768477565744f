/**
 * The fake Office namespace: Office.onReady, the requirement sets the host reports, document
 * settings, the dialog API, Office.actions and the Office theme. The browser host puts it on
 * `window`; a Jest test puts it on the global object with installOffice, so that code reading
 * `Office.context` (capabilities.ts, preferences.ts) sees this host.
 */
import { ALL_REQUIREMENTS, isSetSupported, Requirements } from './requirement-sets';

export interface FakeOfficeOptions {
  /** The sets the host supports; every set the add-in knows by default. */
  requirements?: Requirements;
  /** What Office.onReady reports as the host: 'Excel' by default, null for a page opened outside Office. */
  host?: string | null;
  /** Office.context.officeTheme, where the host reports one. */
  theme?: { bodyBackgroundColor: string; bodyForegroundColor: string };
}

export interface FakeDialog {
  url: string;
  options: unknown;
  closed: boolean;
  addEventHandler(type: string, handler: (event: unknown) => void): void;
  close(): void;
  /** The handlers the add-in registered, by event type. */
  handlers: Record<string, (event: unknown) => void>;
}

const EVENT_TYPE = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };

/** Office's dialog error for a dialog the user closed. */
const DIALOG_CLOSED_BY_USER = 12006;

export class FakeOffice {
  /** Office.context.document.settings, as saved. */
  readonly settings: Record<string, unknown> = {};
  settingsSaves = 0;
  readonly dialogs: FakeDialog[] = [];
  /** Functions the add-in associated with ribbon commands. */
  readonly actions: Record<string, (event: { completed(): void }) => unknown> = {};
  readonly namespace: unknown;

  constructor(options: FakeOfficeOptions = {}) {
    const requirements = options.requirements ?? ALL_REQUIREMENTS;
    const info = { host: 'host' in options ? options.host : 'Excel', platform: 'OfficeOnline' };
    const later = (callback: () => void) => void setTimeout(callback, 0);
    this.namespace = {
      HostType: { Excel: 'Excel', Word: 'Word' },
      PlatformType: { OfficeOnline: 'OfficeOnline' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: EVENT_TYPE,
      onReady: (callback?: (ready: typeof info) => void) =>
        new Promise((resolve) =>
          later(() => {
            callback?.(info);
            resolve(info);
          }),
        ),
      context: {
        officeTheme: options.theme,
        requirements: {
          isSetSupported: (name: string, version?: string) => isSetSupported(requirements, name, version),
        },
        document: { settings: this.documentSettings(later) },
        ui: {
          displayDialogAsync: (url: string, dialogOptions: unknown, callback: (result: unknown) => void) => {
            const dialog = this.openDialog(url, dialogOptions);
            later(() => callback({ status: 'succeeded', value: dialog }));
          },
          messageParent: () => undefined,
        },
      },
      actions: {
        associate: (name: string, handler: (event: { completed(): void }) => unknown) => {
          this.actions[name] = handler;
        },
      },
    };
  }

  /** Closes every open dialog as the user would, with Office's "closed by the user" event. */
  closeDialogs(): void {
    for (const dialog of this.dialogs) {
      if (!dialog.closed) dialog.handlers[EVENT_TYPE.DialogEventReceived]?.({ error: DIALOG_CLOSED_BY_USER });
      dialog.closed = true;
    }
  }

  private documentSettings(later: (callback: () => void) => void) {
    const values = this.settings;
    return {
      get: (name: string) => (name in values ? values[name] : null),
      set: (name: string, value: unknown) => {
        values[name] = value;
      },
      remove: (name: string) => {
        delete values[name];
      },
      saveAsync: (callback?: (result: { status: string }) => void) => {
        this.settingsSaves += 1;
        if (callback) later(() => callback({ status: 'succeeded' }));
      },
    };
  }

  private openDialog(url: string, options: unknown): FakeDialog {
    const handlers: FakeDialog['handlers'] = {};
    const dialog: FakeDialog = {
      url,
      options,
      closed: false,
      handlers,
      addEventHandler: (type, handler) => {
        handlers[type] = handler;
      },
      close: () => {
        dialog.closed = true;
      },
    };
    this.dialogs.push(dialog);
    return dialog;
  }
}

/** Puts the fake Office where code in Jest looks for it (the global `Office`); returns how to take it away. */
export function installOffice(office: FakeOffice): () => void {
  const global = globalThis as unknown as { Office?: unknown };
  const before = global.Office;
  global.Office = office.namespace;
  return () => {
    if (before === undefined) delete global.Office;
    else global.Office = before;
  };
}
