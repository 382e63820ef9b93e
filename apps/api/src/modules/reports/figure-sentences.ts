// The sentences that carry the figures into section I, written as the ward's report writes them,
// with {{tokens}} where the numbers go. Each group belongs to the plan area whose title names its
// subject (matched on folded words, most specific first); a group no area names goes under
// "Số liệu khác".
import type { ReportFigureKey } from '@phoihop/shared/reports';

export interface SentenceContext {
  year: number;
  /** "phường" */
  kindWord: string;
  value: (key: ReportFigureKey) => number | null;
}

export interface FigureGroup {
  /** Folded words of the area titles it belongs under, most specific first. */
  keywords: readonly string[];
  /** Its sentences, or none when the records hold nothing of the kind. */
  sentences: (ctx: SentenceContext) => string[];
}

const LETTERS = ['tiep cong dan', 'khieu nai', 'to cao', 'don thu'];
const some = (ctx: SentenceContext, ...keys: ReportFigureKey[]) => keys.some((k) => (ctx.value(k) ?? 0) > 0);

/** In the order they are written when several share an area. */
export const figureGroups: readonly FigureGroup[] = [
  {
    keywords: LETTERS,
    sentences: (ctx) =>
      some(ctx, 'reception.sessions')
        ? [`Trong năm ${ctx.year}, đã tổ chức {{reception.sessions}} buổi tiếp công dân, tiếp {{reception.visits}} lượt công dân.`]
        : [],
  },
  {
    keywords: LETTERS,
    // The letters are the report's core figure: written even when there were none.
    sentences: (ctx) => [
      `Trong năm ${ctx.year} UBND ${ctx.kindWord} đã tiếp nhận {{cases.received}} đơn thư, đã xử lý {{cases.handled}} đơn, còn {{cases.pending}} đơn đang giải quyết.`,
      // The rate's figure writes its base: "đạt 100% (43/43 đơn đã xử lý)".
      ...(some(ctx, 'cases.handled') ? ['Tỷ lệ đơn được xử lý đúng thời hạn đạt {{cases.onTimeRate}}.'] : []),
      ...(some(ctx, 'cases.duplicates')
        ? ['Ngoài ra có {{cases.duplicates}} đơn trùng nội dung đơn đã nhận, được lưu và không tính vào số đơn tiếp nhận.']
        : []),
    ],
  },
  {
    keywords: ['hoa giai', ...LETTERS],
    sentences: (ctx) =>
      some(ctx, 'mediation.teams', 'mediation.cases')
        ? [
            // The rate writes its base (successful / concluded); the cases still in mediation are named.
            `Đến nay trên địa bàn có {{mediation.teams}} tổ hòa giải với {{mediation.mediators}} hòa giải viên; trong năm các tổ hòa giải đã tiếp nhận {{mediation.cases}} vụ việc, tỷ lệ hòa giải thành đạt {{mediation.successRate}}${
              some(ctx, 'mediation.inProgress') ? '; {{mediation.inProgress}} vụ đang hòa giải' : ''
            }.`,
          ]
        : [],
  },
  {
    keywords: ['giam sat', 'phan bien'],
    sentences: (ctx) => [
      ...(some(ctx, 'supervision.supervisions')
        ? [
            `Trong năm ${ctx.year}, Ủy ban MTTQ ${ctx.kindWord} đã tổ chức {{supervision.supervisions}} cuộc giám sát, trong đó {{supervision.thematic}} cuộc giám sát chuyên đề; phối hợp với HĐND giám sát {{supervision.joint}} chuyên đề.`,
            ...(some(ctx, 'supervision.topics') ? ['Các chuyên đề giám sát: {{supervision.topics}}.'] : []),
          ]
        : []),
      ...(some(ctx, 'supervision.recommendations')
        ? [
            'Qua giám sát đã kiến nghị {{supervision.recommendations}} nội dung; đến nay {{supervision.recommendationsAnswered}} kiến nghị đã được trả lời, {{supervision.recommendationsOverdue}} kiến nghị quá hạn chưa được trả lời.',
          ]
        : []),
    ],
  },
  {
    keywords: ['phan bien', 'giam sat'],
    sentences: (ctx) =>
      some(ctx, 'criticism.drafts')
        ? [
            `Ủy ban MTTQ và các tổ chức chính trị - xã hội ${ctx.kindWord} đã góp ý, phản biện {{criticism.drafts}} dự thảo văn bản với {{criticism.comments}} ý kiến.`,
          ]
        : [],
  },
  {
    keywords: ['tiep xuc cu tri', 'cu tri'],
    sentences: (ctx) =>
      some(ctx, 'voter.meetings')
        ? [
            'Trong năm đã phối hợp tổ chức {{voter.meetings}} buổi tiếp xúc cử tri, tổng hợp {{voter.petitions}} ý kiến, kiến nghị của cử tri gửi cơ quan có thẩm quyền; đến nay {{voter.petitionsAnswered}} kiến nghị đã được trả lời.',
          ]
        : [],
  },
  {
    keywords: ['hom thu', 'gop y', 'xay dung chinh quyen'],
    sentences: (ctx) =>
      some(ctx, 'suggestions.received')
        ? ['Hòm thư góp ý xây dựng Đảng, xây dựng chính quyền đã nhận được {{suggestions.received}} ý kiến góp ý của Nhân dân.']
        : [],
  },
];
