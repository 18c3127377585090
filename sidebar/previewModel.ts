/** What the first assignee's email will say, built by the same builder the server uses. */
import { buildNotice, type Notice } from '../src/core/notice';
import type { SidebarPupil, SidebarStaff, SidebarState } from '../src/core/rpc';
import { pupilLabel } from './pupils';

export interface PreviewInput {
  pupils: readonly SidebarPupil[];
  assignee: SidebarStaff;
  title: string;
  instructions: string;
  dueDate: string;
}

/** Who the notice says the task is from, as the server's notices do. */
export function senderName(state: SidebarState): string {
  return state.senderName || 'Your SENCO';
}

export function buildPreview(state: SidebarState, input: PreviewInput): Notice {
  return buildNotice({
    schoolName: state.schoolName,
    assigneeName: input.assignee.name,
    senderName: senderName(state),
    tasks: input.pupils.map((pupil) => ({
      pupilLabel: pupilLabel(pupil, state.pupilIdentifier),
      title: input.title.trim() || '(no title yet)',
      instructions: input.instructions.trim(),
      due: input.dueDate,
    })),
    // The real link goes to the assignee's own tab; the preview has nowhere to go.
    tabUrl: '#',
  });
}
