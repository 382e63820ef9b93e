import type { Me } from '@phoihop/shared/auth';
import { listLink } from '@phoihop/shared/links';
import type { Action } from '@phoihop/shared/policies';
import {
  annualReportContentSchema,
  annualReportVersionSchema,
  reportFigureSchema,
  reportSettingsSchema,
  type AnnualReportContent,
  type AnnualReportVersion,
  type ReportFigure,
  type ReportSettings,
} from '@phoihop/shared/reports';
import { makeMe, newId } from '../../../testing/data';

// The demo ward's 2025 report in small: the source's figures, sections and header.

export const committee = {
  id: newId(),
  name: 'Ủy ban nhân dân phường',
  shortName: 'UBND',
  kind: 'PEOPLES_COMMITTEE' as const,
};

/** A People's Committee officer holding exactly these permissions. */
export const meWith = (permissions: Action[]): Me => ({
  ...makeMe(['ORG_OFFICER']),
  organisation: committee,
  permissions,
});

const figure = (
  f: Omit<ReportFigure, 'link' | 'rate'> & Partial<Pick<ReportFigure, 'link' | 'rate'>>,
) => reportFigureSchema.parse({ link: null, rate: null, ...f });

/** The figures at a report date; the letters grow by one a day after 15/12 (to see them change). */
export function figuresAt(asOf: string): ReportFigure[] {
  const extra = asOf > '2025-12-15' ? 1 : 0;
  const period = { from: '2025-01-01', to: asOf };
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return [
    figure({
      key: 'cases.received',
      label: 'Đơn thư tiếp nhận',
      value: 48 + extra,
      text: String(48 + extra),
      source: 'Đơn thư của phường nhận từ 01/01/2025 đến ngày báo cáo, không tính đơn trùng',
      link: listLink('/cases', period),
    }),
    figure({
      key: 'cases.handled',
      label: 'Đơn thư đã xử lý',
      value: 43,
      text: '43',
      source: 'Trong số đơn đã nhận, đơn có ngày giải quyết đến ngày báo cáo',
      link: listLink('/cases', { ...period, state: 'handled' }),
    }),
    figure({
      key: 'cases.pending',
      label: 'Đơn thư đang giải quyết',
      value: 5 + extra,
      text: pad(5 + extra),
      source: 'Đơn đã nhận trừ đơn đã xử lý',
      link: listLink('/cases', { ...period, state: 'open' }),
    }),
    figure({
      key: 'mediation.teams',
      label: 'Tổ hòa giải',
      value: 15,
      text: '15',
      source: 'Tổ hòa giải đang hoạt động tại ngày báo cáo',
      link: listLink('/mediation'),
    }),
    figure({
      key: 'mediation.mediators',
      label: 'Hòa giải viên',
      value: 132,
      text: '132',
      source: 'Hòa giải viên của các tổ đang hoạt động tại ngày báo cáo',
    }),
    figure({
      key: 'mediation.successRate',
      label: 'Tỷ lệ hòa giải thành',
      value: 1,
      text: '100% (12/12 vụ đã kết thúc hòa giải)',
      rate: { value: 100, part: 12, whole: 12, base: 'mediation-concluded' },
      source: 'Vụ hòa giải thành trên số vụ đã kết thúc, nhận trong năm đến ngày báo cáo',
    }),
  ];
}

export const content2025: AnnualReportContent = annualReportContentSchema.parse({
  title: [
    'Kết quả phối hợp hoạt động giữa UBND với Ủy ban MTTQ',
    'và các tổ chức chính trị - xã hội phường năm 2025;',
    'nhiệm vụ trọng tâm năm 2026',
  ],
  intro: 'Năm 2025, công tác phối hợp đã được cụ thể hóa theo từng lĩnh vực.',
  sections: [
    {
      title: 'Kết quả phối hợp thực hiện năm 2025',
      text: '',
      children: [
        {
          title: 'Phối hợp tiếp công dân, giải quyết đơn thư',
          text: '- Tiếp nhận {{cases.received}} đơn thư, đã xử lý {{cases.handled}} đơn, còn {{cases.pending}} đơn đang giải quyết.',
        },
        {
          title: 'Hòa giải ở cơ sở',
          text: 'Toàn phường có {{mediation.teams}} tổ hòa giải với {{mediation.mediators}} hòa giải viên; tỷ lệ hòa giải thành {{mediation.successRate}}.',
        },
      ],
    },
    {
      title: 'Đánh giá chung',
      text: '',
      children: [
        { title: 'Ưu điểm', text: 'Công tác phối hợp đã thành nề nếp.' },
        { title: 'Một số tồn tại, hạn chế', text: '- Một số nội dung phối hợp chưa sâu.' },
        { title: 'Nguyên nhân của những tồn tại, hạn chế', text: '- Khối lượng công việc nhiều.' },
      ],
    },
    {
      title: 'Nội dung chương trình phối hợp năm 2026',
      text: 'Năm 2026, các bên tiếp tục phối hợp với các nội dung trọng tâm sau:',
      children: [{ title: 'Giải pháp thực hiện', text: '- Thực hiện chế độ thông tin hai chiều.' }],
    },
  ],
  closing: 'Trên đây là báo cáo kết quả phối hợp năm 2025./.',
});

export const settings: ReportSettings = reportSettingsSchema.parse({
  issuerParent: [],
  issuerName: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀNH SƠN'],
  symbol: 'BC-UBND',
  place: 'Hoành Sơn',
  signature: {
    authority: [
      { prefix: 'TM.', of: 'ỦY BAN NHÂN DÂN' },
      { prefix: 'KT.', of: 'CHỦ TỊCH' },
    ],
    title: 'PHÓ CHỦ TỊCH',
    name: 'Nguyễn Văn Bình',
  },
  recipients: { to: ['Thường trực Đảng ủy phường', 'Ủy ban MTTQ phường'], archive: ['VP'] },
});

export const author = { id: newId(), fullName: 'Trần Thị Lan' };

export const makeVersion = (
  overrides: Partial<AnnualReportVersion> & { versionNo: number },
): AnnualReportVersion => {
  const asOf = overrides.asOf ?? '2025-12-15';
  return annualReportVersionSchema.parse({
    id: newId(),
    year: 2025,
    asOf,
    note: null,
    createdBy: author,
    createdAt: '2025-12-16T02:00:00.000Z',
    header: { ...settings, number: null, date: asOf },
    content: content2025,
    figures: figuresAt(asOf),
    ...overrides,
  });
};
