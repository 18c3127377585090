/** Builds the DelegateRequest from the form, sending optional fields only when they hold something. */
import type { DelegateRequest } from '../src/core/rpc';
import type { FormValues } from './validation';

export function toRequest(values: FormValues, requestId: string): DelegateRequest {
  const request: DelegateRequest = {
    requestId,
    pupilIds: [...values.pupilIds],
    assigneeEmails: [...values.assigneeEmails],
    title: values.title.trim(),
    dueDate: values.dueDate,
  };
  const instructions = values.instructions.trim();
  if (instructions) request.instructions = instructions;
  if (values.minutes.trim() !== '') request.estimatedMinutes = Number(values.minutes);
  if (values.taskType) request.taskType = values.taskType;
  return request;
}

/** The request's content without its id: equal fingerprints mean "the same request again". */
export function fingerprint(request: DelegateRequest): string {
  const { requestId: _ignored, ...content } = request;
  return JSON.stringify(content);
}

/** "3 pupils × 2 people = 6 tasks", or what is still missing. */
export function describePlan(pupils: number, people: number): string {
  if (pupils === 0 && people === 0) return 'Choose pupils and who to assign to.';
  if (pupils === 0) return 'Choose at least one pupil.';
  if (people === 0) return `${pupils} ${pupils === 1 ? 'pupil' : 'pupils'}: choose who to assign to.`;
  const tasks = pupils * people;
  return `${pupils} ${pupils === 1 ? 'pupil' : 'pupils'} × ${people} ${people === 1 ? 'person' : 'people'} = ${tasks} ${tasks === 1 ? 'task' : 'tasks'}`;
}
