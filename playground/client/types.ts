/**
 * What the playground server sends the page, as the server declares it. Types only: they vanish
 * from the browser bundle, so the client imports nothing of the server's code.
 */
export type { MenuEntry, RecordedMenu as Menu } from '../../emulator';
export type { GridView, MailDetail, MailSummary, PageState, TabSummary, UiNotice } from '../views';
