/**
 * SpreadsheetApp. getActive* and openById are Spreadsheet calls (counted); getUi, flush and
 * newDataValidation are not round trips to the spreadsheet and are not counted.
 */
import type { EmuContext } from '../context';
import {
  BorderStyle,
  DataValidationCriteria,
  Dimension,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from '../enums';
import {
  asGas,
  type GasDataValidationBuilder,
  type GasSheet,
  type GasSpreadsheet,
  type GasSpreadsheetApp,
  type GasUi,
} from '../gas';
import { instrument } from '../meter';
import { uiFacade } from '../ui';
import { EmuDataValidationBuilder } from './dataValidation';
import { sheetFacade, unwrapSheet } from './sheet';
import { spreadsheetFacade } from './spreadsheet';

type AppMethods =
  | 'flush'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newDataValidation'
  | 'openById'
  | 'openByUrl'
  | 'setActiveSheet';

type AppEnums =
  | 'BorderStyle'
  | 'DataValidationCriteria'
  | 'Dimension'
  | 'ProtectionType'
  | 'SheetType'
  | 'WrapStrategy';

const isRoundTrip = (method: string): boolean =>
  method.startsWith('getActive') || method.startsWith('open') || method === 'setActiveSheet';

export class EmuSpreadsheetApp implements Pick<GasSpreadsheetApp, AppMethods | AppEnums> {
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly Dimension = Dimension;
  readonly ProtectionType = ProtectionType;
  readonly SheetType = SheetType;
  readonly WrapStrategy = WrapStrategy;

  constructor(
    readonly ctx: EmuContext,
    private readonly addonName: string,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  flush(): void {}

  getActive(): GasSpreadsheet {
    return spreadsheetFacade(this.ctx);
  }

  getActiveSheet(): GasSheet {
    return sheetFacade(this.ctx, this.ctx.book.active());
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    return spreadsheetFacade(this.ctx);
  }

  getUi(): GasUi {
    return uiFacade(this.ctx, this.addonName);
  }

  newDataValidation(): GasDataValidationBuilder {
    return asGas<GasDataValidationBuilder>(new EmuDataValidationBuilder(this.ctx));
  }

  /** Only the emulated spreadsheet exists. */
  openById(id: string): GasSpreadsheet {
    if (id !== this.ctx.book.id)
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return spreadsheetFacade(this.ctx);
  }

  openByUrl(url: string): GasSpreadsheet {
    if (!String(url).includes(this.ctx.book.id))
      throw new Error(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return spreadsheetFacade(this.ctx);
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    const model = unwrapSheet(sheet, 'SpreadsheetApp.setActiveSheet');
    this.ctx.book.activeSheetId = model.id;
    return sheetFacade(this.ctx, model);
  }
}

instrument(EmuSpreadsheetApp.prototype, 'SpreadsheetApp', { counted: isRoundTrip, needsAuth: isRoundTrip });
