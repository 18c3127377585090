/**
 * Protected ranges and sheets. Range.protect() always adds a protection (overlaps allowed);
 * Sheet.protect() returns the sheet's existing protection when it has one. The signed-in user
 * owns the spreadsheet, so they are always an editor and canEdit() is true.
 */
import type { EmuContext } from '../context';
import { ProtectionType } from '../enums';
import { asGas, type GasProtection, type GasRange, type GasUser } from '../gas';
import { instrument } from '../meter';
import { userOf } from '../session';
import type { GridRect } from './a1';
import { rangeFacade, unwrapRange } from './range';
import type { ProtectionModel, SheetModel } from './sheetModel';

type ProtectionMethods =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getRangeName'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setRangeName'
  | 'setUnprotectedRanges'
  | 'setWarningOnly';

function emailOf(user: string | GasUser): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export class EmuProtection implements Pick<GasProtection, ProtectionMethods> {
  constructor(
    readonly ctx: EmuContext,
    readonly model: ProtectionModel,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  private self(): GasProtection {
    return asGas<GasProtection>(this);
  }

  addEditor(user: string | GasUser): GasProtection {
    const email = emailOf(user);
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this.self();
  }

  addEditors(emailAddresses: string[]): GasProtection {
    for (const email of emailAddresses) this.addEditor(email);
    return this.self();
  }

  canDomainEdit(): boolean {
    return this.model.domainEdit;
  }

  canEdit(): boolean {
    return true;
  }

  getDescription(): string {
    return this.model.description;
  }

  getEditors(): GasUser[] {
    return this.model.editors.map(userOf);
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this.model.type];
  }

  getRange(): GasRange {
    const sheet = this.model.sheet;
    const rect = this.model.rect ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxColumns };
    return rangeFacade(this.ctx, sheet, rect);
  }

  getRangeName(): string | null {
    return this.model.rangeName;
  }

  getUnprotectedRanges(): GasRange[] {
    return this.model.unprotected.map((rect) => rangeFacade(this.ctx, this.model.sheet, rect));
  }

  isWarningOnly(): boolean {
    return this.model.warningOnly;
  }

  remove(): void {
    const sheet = this.model.sheet;
    sheet.protections = sheet.protections.filter((p) => p !== this.model);
  }

  /** The owner cannot be removed, as in Sheets. */
  removeEditor(user: string | GasUser): GasProtection {
    const email = emailOf(user);
    if (email !== this.ctx.user.email) this.model.editors = this.model.editors.filter((e) => e !== email);
    return this.self();
  }

  removeEditors(users: Array<string | GasUser>): GasProtection {
    for (const user of users) this.removeEditor(user);
    return this.self();
  }

  setDescription(description: string): GasProtection {
    this.model.description = String(description);
    return this.self();
  }

  setDomainEdit(editable: boolean): GasProtection {
    this.model.domainEdit = editable;
    return this.self();
  }

  setRange(range: GasRange): GasProtection {
    const target = unwrapRange(range, 'Protection.setRange');
    if (this.model.type === 'RANGE') {
      this.moveTo(target.sheet);
      this.model.rect = { ...target.rect };
    }
    return this.self();
  }

  setRangeName(rangeName: string): GasProtection {
    this.model.rangeName = rangeName;
    return this.self();
  }

  /** Only meaningful for a sheet protection; a range protection ignores it. */
  setUnprotectedRanges(ranges: GasRange[]): GasProtection {
    const rects = ranges.map((range) => unwrapRange(range, 'Protection.setUnprotectedRanges'));
    if (this.model.type === 'SHEET') {
      this.model.unprotected = rects.filter((r) => r.sheet === this.model.sheet).map((r) => ({ ...r.rect }));
    }
    return this.self();
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.model.warningOnly = warningOnly;
    return this.self();
  }

  private moveTo(sheet: SheetModel): void {
    if (sheet === this.model.sheet) return;
    this.model.sheet.protections = this.model.sheet.protections.filter((p) => p !== this.model);
    sheet.protections.push(this.model);
    this.model.sheet = sheet;
  }
}

instrument(EmuProtection.prototype, 'Protection', { counted: true, needsAuth: true });

function newProtection(ctx: EmuContext, sheet: SheetModel, rect: GridRect | null): ProtectionModel {
  return {
    type: rect ? 'RANGE' : 'SHEET',
    sheet,
    rect: rect ? { ...rect } : null,
    description: '',
    warningOnly: false,
    editors: [ctx.user.email],
    domainEdit: false,
    unprotected: [],
    rangeName: null,
  };
}

export function protectionFacade(ctx: EmuContext, model: ProtectionModel): GasProtection {
  return asGas<GasProtection>(new EmuProtection(ctx, model));
}

export function createRangeProtection(ctx: EmuContext, sheet: SheetModel, rect: GridRect): GasProtection {
  const model = newProtection(ctx, sheet, rect);
  sheet.protections.push(model);
  return protectionFacade(ctx, model);
}

export function sheetProtection(ctx: EmuContext, sheet: SheetModel): GasProtection {
  let model = sheet.protections.find((p) => p.type === 'SHEET');
  if (!model) {
    model = newProtection(ctx, sheet, null);
    sheet.protections.push(model);
  }
  return protectionFacade(ctx, model);
}

/** A sheet's protections of one type, oldest first. */
export function protectionsOf(
  ctx: EmuContext,
  sheet: SheetModel,
  type: GoogleAppsScript.Spreadsheet.ProtectionType,
): GasProtection[] {
  const name = String(type);
  return sheet.protections.filter((p) => p.type === name).map((p) => protectionFacade(ctx, p));
}
