// Cells shared by the two follow-up lists (recommendations after supervision, voter petitions):
// the answer with its document number, and whether it came in time.
import type { Answer } from '@phoihop/shared/follow-ups';

export const answerText = (answer: Answer | null) =>
  answer ? `${answer.documentNumber ? `Văn bản số ${answer.documentNumber}: ` : ''}${answer.text}` : '';

export function timelinessText(item: { overdue: boolean; answeredLate: boolean | null }): string {
  if (item.overdue) return 'Quá hạn trả lời';
  if (item.answeredLate === null) return '';
  return item.answeredLate ? 'Trả lời trễ hạn' : 'Trả lời đúng hạn';
}
