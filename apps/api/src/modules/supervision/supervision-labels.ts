// Vietnamese names of the supervision codes, for exports and notifications (the SPA has its own i18n).
import type { RecommendationStatus } from '@phoihop/shared/supervision';

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  UNANSWERED: 'Chưa trả lời',
  ANSWERED: 'Đã trả lời',
  IMPLEMENTING: 'Đang thực hiện',
  IMPLEMENTED: 'Đã thực hiện',
  REJECTED: 'Không tiếp thu',
};
