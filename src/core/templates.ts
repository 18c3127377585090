import type { TaskTemplate } from './types';

/** Built-in delegable tasks (DOMAIN.md: typical tasks around reviews and ongoing support). */
export const TASK_TEMPLATES: readonly TaskTemplate[] = [
  {
    id: 'pupil-voice',
    title: 'Collect pupil voice',
    instructions:
      'Talk with the pupil about what is going well, what is hard and what helps. Record their words in the Notes column or the pupil voice form.',
    estimatedMinutes: 30,
    suggestedDueInDays: 10,
  },
  {
    id: 'parent-views',
    title: 'Collect parent views',
    instructions:
      'Contact the parents or carers to ask for their views on progress and what they would like to change. Note the date of contact and a summary.',
    estimatedMinutes: 30,
    suggestedDueInDays: 10,
  },
  {
    id: 'work-samples',
    title: 'Gather work samples and evidence',
    instructions:
      'Collect recent work samples and assessment results that show progress towards the outcomes in the support plan. File them in the pupil folder.',
    estimatedMinutes: 45,
    suggestedDueInDays: 10,
  },
  {
    id: 'run-intervention',
    title: 'Run intervention and log sessions',
    instructions:
      'Run the agreed intervention (20–50 minute sessions, 3–5 times a week). Log each session: date, length, what was covered, how the pupil responded.',
    estimatedMinutes: 300,
    suggestedDueInDays: 30,
  },
  {
    id: 'screener',
    title: 'Run screener or assessment',
    instructions: 'Run the named screener or assessment and record the scores and any observations.',
    estimatedMinutes: 45,
    suggestedDueInDays: 10,
  },
  {
    id: 'observation',
    title: 'Classroom observation',
    instructions:
      'Observe the pupil in a lesson for at least 20 minutes. Note engagement, independence, strategies that help and barriers.',
    estimatedMinutes: 40,
    suggestedDueInDays: 10,
  },
  {
    id: 'one-page-profile',
    title: 'Update one-page profile',
    instructions:
      'Review the one-page profile / pupil passport with the pupil and update what people like and admire, what is important to them and how best to support them.',
    estimatedMinutes: 30,
    suggestedDueInDays: 10,
  },
  {
    id: 'annual-review-contribution',
    title: 'Contribute to annual review',
    instructions:
      'Write your contribution for the EHCP annual review: progress towards each outcome, what has worked and what you recommend next. It must be ready to circulate 2 weeks before the meeting.',
    estimatedMinutes: 60,
    suggestedDueInDays: 10,
  },
  {
    id: 'book-review-meeting',
    title: 'Book review meeting and send invitations',
    instructions:
      'Book the review meeting and send invitations at least 2 weeks before it to the parents/carers, the pupil, the local authority, health and social care as listed.',
    estimatedMinutes: 30,
    suggestedDueInDays: 5,
  },
];

export function findTemplate(id: string): TaskTemplate | undefined {
  return TASK_TEMPLATES.find((template) => template.id === id);
}
